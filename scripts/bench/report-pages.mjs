/**
 * Report budgets measured in Node, without a browser: pages, size and
 * generation time (model + layout + output) of
 *   - the all-gaps food cooperative (46 gaps), A4 and phone, both languages;
 *   - the bench fixture, A4 and phone;
 *   - 10, 25 and 46 gaps in both formats, to show that size and time grow
 *     linearly with the number of gaps.
 * The report code is loaded through modules.mjs, as the fixture is.
 * Set REPORT_BENCH_OUT=<dir> to keep the PDFs (to look at them as pictures).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BUDGETS } from './config.mjs';
import { moduleServer } from './modules.mjs';
import { kib, median, ms, table } from './util.mjs';

// One set of budgets for the whole bench (config.mjs).
const REPORT_BUDGETS = {
  allGapsA4Pages: BUDGETS.allGapsA4Pages,
  allGapsA4Bytes: BUDGETS.reportSizeBytes,
  fixtureBytes: BUDGETS.reportSizeBytes,
};
const WARM_RUNS = 5;

async function loadModules() {
  const server = await moduleServer();
  const load = (p) => server.ssrLoadModule(p);
  const [assessments, profiles, pdf] = await Promise.all([
    load('/src/testing/assessments.ts'),
    load('/src/testing/profiles.ts'),
    load('/src/testing/pdf.ts'),
  ]);
  return { server, ...assessments, ...profiles, ...pdf };
}

/** One warm-up, then the median of WARM_RUNS timed runs. */
async function measure(m, name, assessment, language, format) {
  const run = () => m.reportPdf(assessment, language, format);
  let buffer = run();
  const times = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    const start = performance.now();
    buffer = run();
    times.push(performance.now() - start);
  }
  const pages = (await m.pdfPages(buffer)).length;
  if (process.env.REPORT_BENCH_OUT) {
    await mkdir(process.env.REPORT_BENCH_OUT, { recursive: true });
    await writeFile(path.join(process.env.REPORT_BENCH_OUT, `${name}-${language}-${format}.pdf`), Buffer.from(buffer));
  }
  return { name, language, format, pages, bytes: buffer.byteLength, medianMs: median(times) };
}

export async function measureReportPages() {
  const m = await loadModules();
  try {
    const coop = m.PROFILES.foodCoopCrop;
    const rows = [];
    for (const format of ['a4', 'phone']) {
      for (const language of ['vi', 'en'])
        rows.push(await measure(m, 'all-gaps', m.allGapsAssessment(coop), language, format));
      rows.push(await measure(m, 'bench-fixture', m.benchAssessment(coop), 'vi', format));
      for (const gaps of [10, 25, 46])
        rows.push(await measure(m, `${gaps}-gaps`, m.allGapsAssessment(coop, gaps), 'vi', format));
    }
    return { loadAverage: os.loadavg(), rows };
  } finally {
    await m.server.close();
  }
}

/** Budget checks: [label, value, limit, ok]. */
export function reportPageBudgets(result) {
  const find = (name, language, format) =>
    result.rows.find((r) => r.name === name && r.language === language && r.format === format);
  const out = [];
  for (const language of ['vi', 'en']) {
    const r = find('all-gaps', language, 'a4');
    out.push([
      `All-gaps report (${language}, A4) pages`,
      r.pages,
      REPORT_BUDGETS.allGapsA4Pages,
      r.pages <= REPORT_BUDGETS.allGapsA4Pages,
    ]);
    out.push([
      `All-gaps report (${language}, A4) bytes`,
      r.bytes,
      REPORT_BUDGETS.allGapsA4Bytes,
      r.bytes <= REPORT_BUDGETS.allGapsA4Bytes,
    ]);
  }
  const fixture = find('bench-fixture', 'vi', 'a4');
  out.push([
    'Bench fixture report (vi, A4) bytes',
    fixture.bytes,
    REPORT_BUDGETS.fixtureBytes,
    fixture.bytes <= REPORT_BUDGETS.fixtureBytes,
  ]);
  return out;
}

/** Measures, prints the table and records each budget through `budget(label, value, limit, ok)`. */
export async function printReportPages(budget) {
  const result = await measureReportPages();
  // Five engineers share two cores: a timing means little without the load it was taken under.
  console.log(`Load average while measuring: ${result.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);
  console.log(
    table([
      ['report', 'language', 'format', 'pages', 'size', 'warm median'],
      ...result.rows.map((r) => [r.name, r.language, r.format, String(r.pages), kib(r.bytes), ms(r.medianMs)]),
    ]),
  );
  for (const [label, value, limit, ok] of reportPageBudgets(result)) budget(label, String(value), `≤ ${limit}`, ok);
  return result;
}

// Run on its own: node scripts/bench/report-pages.mjs
if (import.meta.url === `file://${process.argv[1]}`) {
  await printReportPages((label, value, limit, ok) =>
    console.log(`${ok ? 'ok  ' : 'MISS'} ${label}: ${value} (${limit})`),
  );
}
