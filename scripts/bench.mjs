#!/usr/bin/env node
/**
 * `npm run bench`: the speed and size budgets of docs/product-rules.md ("Speed and size budgets" →
 * "Speed") measured on the production build, printed as tables and written to
 * bench-results/latest.json. Exit code 1 when a budget is missed, 2 when a
 * measurement could not be made at all.
 *
 *   node scripts/bench.mjs [--no-build] [--no-lighthouse] [--no-report] [--diagnose] [--readme]
 *
 *   --no-build       reuse the last bench build in node_modules/.bench/dist
 *   --no-lighthouse  skip the Lighthouse runs (about 2 min); their budgets are then not checked
 *   --no-report      skip the PDF report measurements (for a quicker look at the first screen); not with --readme
 *   --diagnose       also say where to look: layout shifts on load, the audits below a full score
 *   --readme         write the figures into README.md ("Measured budgets")
 *
 * Steps: build into node_modules/.bench/dist (never dist/, which `npm test`
 * builds into concurrently) → precache size from sw.js → the bench fixture as
 * an import file → `vite preview` on a free port → Chromium: first-screen
 * JavaScript, PDF generation cold/warm, layout shifts → Lighthouse mobile × 3
 * → report. Lighthouse measures the app beside a static copy of its first screen (scripts/bench/static-page.mjs).
 * Measurements are taken by this script, not by timed tests (docs/product-rules.md).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildApp, startPreview } from './bench/build.mjs';
import {
  launchBrowser,
  measureFirstScreen,
  measureFirstTap,
  measureLayoutShifts,
  measureReport,
} from './bench/browser.mjs';
import { BUDGETS, FIRST_PORT, LIGHTHOUSE_RUNS, OUT_DIR, REPORT_WARM_RUNS, RESULTS_DIR, ROOT } from './bench/config.mjs';
import { writeFixtureFile } from './bench/fixture.mjs';
import { measureStackFloor } from './bench/floor.mjs';
import { measureLighthouse } from './bench/lighthouse.mjs';
import { measurePrecache } from './bench/precache.mjs';
import { writeReadme } from './bench/readme.mjs';
import { printReportPages } from './bench/report-pages.mjs';
import { writeStaticPage } from './bench/static-page.mjs';
import { freePort, kib, ms, section, table, timed } from './bench/util.mjs';

const args = new Set(process.argv.slice(2));
const unknown = [...args].filter(
  (a) => !['--no-build', '--no-lighthouse', '--no-report', '--diagnose', '--readme'].includes(a),
);
if (unknown.length || (args.has('--no-report') && args.has('--readme'))) {
  console.error(
    `${unknown.length ? `Unknown option(s): ${unknown.join(' ')}` : 'The README table needs every measurement: --no-report and --readme do not go together.'}\n` +
      'Usage: node scripts/bench.mjs [--no-build] [--no-lighthouse] [--no-report] [--diagnose] [--readme]',
  );
  process.exit(2);
}
const withReport = !args.has('--no-report');

const outDir = path.join(ROOT, OUT_DIR);
const results = {
  startedAt: new Date().toISOString(),
  git: gitInfo(),
  environment: {
    node: process.version,
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Number((os.totalmem() / 2 ** 30).toFixed(1)),
    platform: `${os.platform()} ${os.arch()}`,
  },
  outDir: OUT_DIR,
  build: null,
  firstScreen: null,
  firstTap: null,
  stackFloor: null,
  precache: null,
  report: null,
  layoutShifts: null,
  lighthouse: null,
  budgets: [],
  errors: [],
};

/** Records one budget check: `ok` decides the exit code. */
function budget(name, measured, limit, ok) {
  results.budgets.push({ name, measured, limit, ok });
}

/** Runs one part of the bench; a crash in it is recorded and the other parts still run. */
async function step(name, fn) {
  try {
    return await fn();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`\n✗ ${name} failed: ${message}`);
    results.errors.push({ step: name, message });
    return null;
  }
}

function gitInfo() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return null;
  }
}

/**
 * Timings on 2 cores are only comparable on a quiet machine: another `npm test`
 * (Playwright workers, Vite builds) running beside the bench can double the
 * report times and cost Lighthouse points. Say so next to the numbers.
 */
function loadNote(when) {
  const [load1] = os.loadavg();
  const cpus = os.cpus().length;
  results.environment[`loadAvg1${when}`] = Number(load1.toFixed(2));
  // Only the start is a fair reading: by the end the bench's own Chromium is in the average.
  if (when === 'Start' && load1 > cpus * 0.75) {
    console.log(
      `⚠ Load average ${load1.toFixed(1)} on ${cpus} CPUs at the start: ` +
        'other work is running, so timings are inflated; re-run on a quiet machine before trusting a miss.',
    );
  }
}

const benchStart = performance.now();
loadNote('Start');
let preview = null;
let browser = null;
let fixture = null;

try {
  // 1. Production build in the bench's own directory.
  section('Build');
  if (args.has('--no-build')) {
    if (!existsSync(path.join(outDir, 'index.html'))) {
      throw new Error(`--no-build given but ${OUT_DIR}/index.html does not exist; run without --no-build once`);
    }
    console.log(`Skipped (--no-build); using ${OUT_DIR}`);
    results.build = { skipped: true };
  } else {
    const [, seconds] = await timed(buildApp);
    console.log(`vite build → ${OUT_DIR} in ${seconds.toFixed(1)} s`);
    results.build = { skipped: false, seconds };
  }

  // 3. (Before the server, as it only reads files.) What the service worker precaches.
  section('Service-worker precache');
  results.precache = await step('precache', async () => {
    const precache = await measurePrecache(outDir);
    console.log(`${precache.count} files, ${kib(precache.bytes)} (uncompressed, on disk; no budget)`);
    console.log(
      table([['Largest precached files', 'Size'], ...precache.files.slice(0, 5).map((f) => [f.url, kib(f.bytes)])]),
    );
    return precache;
  });

  // The fixture is made from the TypeScript sources before the browser needs it.
  fixture = withReport ? await step('fixture', writeFixtureFile) : null;

  const port = await freePort(FIRST_PORT);
  preview = await startPreview(port);
  const url = preview.url;
  console.log(`\nServing ${OUT_DIR} at ${url}`);

  browser = await launchBrowser();
  results.environment.chromium = browser.version();

  // 2. First-screen JavaScript.
  section('First screen (phone 360×780, service workers blocked)');
  results.firstScreen = await step('first screen', async () => {
    const first = await measureFirstScreen(browser, url);
    console.log(`h1: ${JSON.stringify(first.h1)}`);
    console.log(
      table([
        ['JavaScript file', 'Raw', 'Gzip'],
        ...first.files.map((f) => [f.file, kib(f.rawBytes), kib(f.gzipBytes)]),
        [`total (${first.files.length} files)`, kib(first.rawBytes), kib(first.gzipBytes)],
      ]),
    );
    const ok = first.gzipBytes <= BUDGETS.firstScreenJsGzipBytes;
    budget('First-screen JS (gzip)', kib(first.gzipBytes), `≤ ${kib(BUDGETS.firstScreenJsGzipBytes)}`, ok);
    return first;
  });
  results.stackFloor = await step('stack floor', async () => {
    const floor = await measureStackFloor();
    const app = results.firstScreen
      ? `; the app's first screen adds ${kib(results.firstScreen.gzipBytes - floor.gzipBytes)}`
      : '';
    console.log(
      `Stack floor (React, react-dom, XState, @xstate/react, i18next, react-i18next, zod/mini; no app code): ${kib(floor.gzipBytes)}${app}`,
    );
    return floor;
  });
  if (!results.firstScreen)
    budget('First-screen JS (gzip)', 'not measured', `≤ ${kib(BUDGETS.firstScreenJsGzipBytes)}`, false);

  // 3. The first tap: the app starts at the first touch, and this is what that touch waits.
  section('First tap: “Start” → next screen (phone, 4× CPU, after 3 s of reading; no budget)');
  results.firstTap = await step('first tap', async () => {
    const tap = await measureFirstTap(browser, url);
    const list = (values) => values.map((v) => ms(v)).join(', ');
    console.log(`“Start” as the first touch:           median ${ms(tap.firstTouch)} (${list(tap.runs.firstTouch)})`);
    console.log(`Page touched on arrival (app running): median ${ms(tap.appRunning)} (${list(tap.runs.appRunning)})`);
    return tap;
  });

  // 4. PDF report generation on the bench fixture.
  if (withReport) section('PDF report (bench fixture: foodCoopCrop, Vietnamese)');
  results.report = fixture
    ? await step('report', async () => {
        console.log(
          `Fixture: ${fixture.answers} answers, ${fixture.planned} gaps with owner and date, longest note ${fixture.longestNote} chars, import file ${kib(fixture.bytes)}`,
        );
        const report = await measureReport(browser, url, fixture.file);
        console.log(
          table([
            ['Run', 'Generation', 'Click → download'],
            ['cold (1st, loads jsPDF + fonts)', ms(report.coldMs), ms(report.clickToDownloadMs[0])],
            ['warm-up', ms(report.warmUpMs), ms(report.clickToDownloadMs[1])],
            ...report.warmMs.map((d, i) => [`warm ${i + 1}`, ms(d), ms(report.clickToDownloadMs[i + 2])]),
            [`warm median of ${REPORT_WARM_RUNS}`, ms(report.warmMedianMs), ''],
          ]),
        );
        console.log(
          `PDF size: ${kib(report.sizeBytes)} (${report.sizeBytes} bytes; downloaded file ${report.sizeOnDiskBytes} bytes, ` +
            `starts with %PDF: ${report.startsWithPdf ? 'yes' : 'NO'})`,
        );
        if (report.consoleErrors.length) console.log(`Console errors on the page: ${report.consoleErrors.join(' | ')}`);
        return report;
      })
    : null;
  if (!withReport) {
    // --no-report: not measured, and not counted as missed.
  } else if (results.report) {
    const r = results.report;
    budget(
      'Report generation, warm median',
      ms(r.warmMedianMs),
      `≤ ${BUDGETS.reportWarmMedianMs} ms`,
      r.warmMedianMs <= BUDGETS.reportWarmMedianMs,
    );
    budget(
      'Report PDF size',
      kib(r.sizeBytes),
      `≤ ${kib(BUDGETS.reportSizeBytes)}`,
      r.sizeBytes <= BUDGETS.reportSizeBytes,
    );
    budget('Report is a PDF (%PDF header)', r.startsWithPdf ? 'yes' : 'no', 'yes', r.startsWithPdf);
  } else {
    budget('Report generation, warm median', 'not measured', `< ${BUDGETS.reportWarmMedianMs} ms`, false);
    budget('Report PDF size', 'not measured', `< ${kib(BUDGETS.reportSizeBytes)}`, false);
  }

  // Report pages, size and time in Node: all-gaps profile, fixture, 10/25/46 gaps, both formats.
  if (withReport) {
    section('PDF report pages, size and time (Node, warm median of 5)');
    results.reportPages = await step('report pages', () => printReportPages(budget));
  }

  // Diagnostic for Lighthouse's CLS: which elements move while the first screen loads.
  if (args.has('--diagnose'))
    section('Layout shifts on load (Lighthouse-like phone, 4× CPU, service worker allowed; no budget)');
  results.layoutShifts = !args.has('--diagnose')
    ? null
    : await step('layout shifts', async () => {
        const cls = await measureLayoutShifts(browser, url);
        console.log(`Sum of shifts: ${cls.total.toFixed(3)}${cls.shifts.length ? '' : ' (nothing moved)'}`);
        for (const shift of cls.shifts) {
          console.log(`  ${shift.value.toFixed(3)} at ${shift.at} ms:${shift.moved.map((m) => `\n    ${m}`).join('')}`);
        }
        return cls;
      });

  // Playwright's Chromium is done; free the CPU before Lighthouse's timing-sensitive runs.
  await browser.close();
  browser = null;

  // 5. Lighthouse, mobile: the app beside a static copy of its first screen, median of 3 each.
  section(`Lighthouse (mobile, simulated throttling): app and static first screen, median of ${LIGHTHOUSE_RUNS} each`);
  if (args.has('--no-lighthouse')) {
    console.log('Skipped (--no-lighthouse): the Lighthouse budgets are NOT checked in this run.');
    results.lighthouse = { skipped: true };
  } else {
    results.lighthouse = await step('lighthouse', async () => {
      const staticUrl = new URL(await writeStaticPage(outDir), url).href;
      const lh = await measureLighthouse({
        appUrl: url,
        staticUrl,
        runs: LIGHTHOUSE_RUNS,
        onRun: (label, i, run, seconds) =>
          console.log(
            `${label} run ${i}: ${Object.entries(run.scores)
              .map(([id, v]) => `${id} ${v}`)
              .join(', ')}; ` +
              `LCP ${ms(run.metrics.LCP)}, TBT ${ms(run.metrics.TBT)}, CLS ${run.metrics.CLS.toFixed(3)} ` +
              `(load average ${run.loadAvg1} at start, ${seconds.toFixed(0)} s)`,
          ),
      });
      const cell = (stat, fmt) => `${fmt(stat.median)} (${fmt(stat.min)}–${fmt(stat.max)})`;
      const num = (v) => String(v);
      const msf = (v) => ms(v);
      const cls = (v) => v.toFixed(3);
      console.log(
        table([
          ['Median (spread)', 'App', 'Static first screen'],
          ...Object.keys(lh.app.scores).map((id) => [
            id,
            cell(lh.app.scores[id], num),
            lh.static.scores[id] ? cell(lh.static.scores[id], num) : '',
          ]),
          ...['FCP', 'LCP', 'TBT', 'SI'].map((m) => [m, cell(lh.app.metrics[m], msf), cell(lh.static.metrics[m], msf)]),
          ['CLS', cell(lh.app.metrics.CLS, cls), cell(lh.static.metrics.CLS, cls)],
        ]),
      );
      console.log(`Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor}, ${lh.throttlingMethod}`);
      if (args.has('--diagnose') && lh.failing.length) {
        console.log(
          table([
            ['Performance audit below 1 (median app run)', 'Score', 'Weight', 'Value'],
            ...lh.failing.map((a) => [a.id, a.score.toFixed(2), String(a.weight), a.displayValue]),
          ]),
        );
      }
      return lh;
    });
  }
  const lh = results.lighthouse;
  if (lh && !lh.skipped) {
    for (const [id, limit] of Object.entries(BUDGETS.lighthouse)) {
      const m = lh.app.scores[id].median;
      budget(
        `Lighthouse ${id}`,
        String(m),
        `${id === 'accessibility' ? '=' : '≥'} ${limit}`,
        id === 'accessibility' ? m === limit : m >= limit,
      );
    }
    const lcp = lh.app.metrics.LCP.median;
    const staticLcp = lh.static.metrics.LCP.median;
    budget(
      'LCP, app ÷ static page',
      `${(lcp / staticLcp).toFixed(2)} (${ms(lcp)} ÷ ${ms(staticLcp)})`,
      `≤ ${BUDGETS.lcpToStaticRatio}`,
      lcp <= staticLcp * BUDGETS.lcpToStaticRatio,
    );
    budget('TBT', ms(lh.app.metrics.TBT.median), `≤ ${BUDGETS.tbtMs} ms`, lh.app.metrics.TBT.median <= BUDGETS.tbtMs);
    const cls = Number(lh.app.metrics.CLS.median.toFixed(3));
    budget('CLS', cls.toFixed(3), `= ${BUDGETS.cls}`, cls === BUDGETS.cls);
  } else if (!lh) {
    for (const name of ['Lighthouse', 'LCP, app ÷ static page', 'TBT', 'CLS']) budget(name, 'not measured', '–', false);
  }
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`\n✗ bench failed: ${message}`);
  results.errors.push({ step: 'bench', message });
} finally {
  await browser?.close().catch(() => {});
  await preview?.server.close().catch(() => {});
  if (fixture) await rm(fixture.dir, { recursive: true, force: true }).catch(() => {});
}

// 6. Summary, JSON, exit code.
results.seconds = (performance.now() - benchStart) / 1000;
loadNote('End');
section('Budgets (docs/product-rules.md)');
if (results.budgets.length) {
  console.log(
    table([
      ['Budget', 'Measured', 'Limit', 'Result'],
      ...results.budgets.map((b) => [b.name, b.measured, b.limit, b.ok ? 'ok' : 'MISSED']),
    ]),
  );
}
const missed = results.budgets.filter((b) => !b.ok);
await mkdir(RESULTS_DIR, { recursive: true });
const jsonPath = path.join(RESULTS_DIR, 'latest.json');
await writeFile(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nResults: ${path.relative(ROOT, jsonPath)} (${results.seconds.toFixed(0)} s in all)`);
if (args.has('--readme')) {
  await writeReadme(results);
  console.log('README.md: "Measured budgets" rewritten from this run.');
}

if (results.errors.length) {
  console.log(
    `\n✗ ${results.errors.length} measurement(s) could not be made: ${results.errors.map((e) => e.step).join(', ')}`,
  );
}
if (missed.length) {
  console.log(`✗ Budget(s) missed: ${missed.map((b) => `${b.name} (${b.measured}, limit ${b.limit})`).join('; ')}`);
} else if (!results.errors.length) {
  console.log('✓ Every budget met.');
}
// Explicit exit: a lingering handle (a socket of the preview server, say) must not keep the bench alive.
process.exit(results.errors.length ? 2 : missed.length ? 1 : 0);
