/**
 * `--readme`: the bench writes its figures into README.md ("Measured budgets"), between the markers
 * below, so the README shows what a run measured, on which machine and with which Chromium, and
 * never a number typed by hand.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUDGETS, ROOT } from './config.mjs';
import { kib, ms } from './util.mjs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

const spread = (stat, fmt) => `${fmt(stat.median)} (${fmt(stat.min)}–${fmt(stat.max)})`;

export function readmeTable(results) {
  const env = results.environment;
  const day = results.startedAt.slice(0, 10);
  const lh = results.lighthouse && !results.lighthouse.skipped ? results.lighthouse : null;
  const loads = lh ? [...lh.app.runs, ...lh.static.runs].map((r) => r.loadAvg1) : [];
  const verdict = Object.fromEntries(results.budgets.map((b) => [b.name, b.ok ? 'ok' : '**missed**']));
  const row = (what, measured, budget, name) => `| ${what} | ${measured} | ${budget} | ${verdict[name] ?? '–'} |`;
  const lines = [
    `Run of ${day}: ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB, Node ${env.node.slice(1)}, Chromium ${env.chromium ?? '?'}` +
      (lh ? `, Lighthouse ${lh.lighthouseVersion}` : '') +
      `; load average ${env.loadAvg1Start} at the start` +
      (loads.length ? `, ${Math.min(...loads)}–${Math.max(...loads)} during the Lighthouse runs` : '') +
      '. Lighthouse: median of 3 (spread min–max), the app and the static copy of its first screen in alternation.',
    '',
    '| What | Measured | Budget | |',
    '|---|---|---|---|',
  ];
  if (results.firstScreen) {
    const floor = results.stackFloor ? `; the stack's floor is ${kib(results.stackFloor.gzipBytes)}` : '';
    lines.push(
      row(
        'JavaScript the first screen loads, gzipped',
        `${kib(results.firstScreen.gzipBytes)}${floor}`,
        '≤ 130 KB',
        'First-screen JS (gzip)',
      ),
    );
  }
  if (results.firstTap)
    lines.push(
      row(
        '“Start” → next screen, phone at 4 × CPU after 3 s of reading: as the first touch / page touched on arrival',
        `${ms(results.firstTap.firstTouch)} / ${ms(results.firstTap.appRunning)}`,
        '–',
      ),
    );
  if (lh) {
    const a = lh.app;
    const s = lh.static;
    lines.push(
      row(
        'Lighthouse mobile performance, app / static page',
        `${spread(a.scores.performance, String)} / ${spread(s.scores.performance, String)}`,
        '≥ 98',
        'Lighthouse performance',
      ),
      row(
        'LCP, app / static page',
        `${spread(a.metrics.LCP, ms)} / ${spread(s.metrics.LCP, ms)}`,
        'app ≤ 1.2 × static',
        'LCP, app ÷ static page',
      ),
      row('FCP, app / static page', `${spread(a.metrics.FCP, ms)} / ${spread(s.metrics.FCP, ms)}`, '–'),
      row('TBT, app / static page', `${spread(a.metrics.TBT, ms)} / ${spread(s.metrics.TBT, ms)}`, '≤ 50 ms', 'TBT'),
      row(
        'CLS, app',
        spread(a.metrics.CLS, (v) => v.toFixed(3)),
        '0',
        'CLS',
      ),
      row(
        'Lighthouse accessibility / best practices',
        `${spread(a.scores.accessibility, String)} / ${spread(a.scores['best-practices'], String)}`,
        '100 / ≥ 95',
        'Lighthouse accessibility',
      ),
    );
  }
  if (results.report) {
    const r = results.report;
    lines.push(
      row(
        'Full report, warm median of 5 (bench fixture)',
        `${ms(r.warmMedianMs)} (cold first run, loading jsPDF and fonts: ${ms(r.coldMs)})`,
        `≤ ${BUDGETS.reportWarmMedianMs} ms`,
        'Report generation, warm median',
      ),
      row('Full report size', kib(r.sizeBytes), `≤ ${BUDGETS.reportSizeBytes / 1024} KB`, 'Report PDF size'),
    );
  }
  if (results.precache)
    lines.push(
      row(
        'Precache (everything for offline use, fonts included)',
        `${results.precache.count} files, ${kib(results.precache.bytes)}`,
        '–',
      ),
    );
  return lines.join('\n');
}

export async function writeReadme(results) {
  const file = path.join(ROOT, 'README.md');
  const text = await readFile(file, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} block`);
  await writeFile(file, `${text.slice(0, start + START.length)}\n${readmeTable(results)}\n${text.slice(end)}`);
}
