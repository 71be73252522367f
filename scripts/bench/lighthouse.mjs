/**
 * Lighthouse 12 (Node API), default config: mobile (Moto G Power emulation, simulated slow 4G and
 * 4× CPU slowdown). The app and the static copy of its first screen are measured in alternation
 * (app, static, app, static, …) so that whatever else the machine is doing weighs on both alike;
 * each run records the load average at its start.
 */
import os from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config.mjs';
import { median } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** The metrics shown beside the scores (ids of Lighthouse audits). */
export const METRICS = {
  FCP: 'first-contentful-paint',
  LCP: 'largest-contentful-paint',
  TBT: 'total-blocking-time',
  CLS: 'cumulative-layout-shift',
  SI: 'speed-index',
};

/** One run in a fresh Chromium (own profile: no cache or service worker carries over, as with the CLI). */
async function runOnce(url, categories) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // Lighthouse needs a real headless Chrome; --headless=new renders like headed Chrome. A phone set
    // to Vietnamese, as in the other measurements: the app starts in the browser's language, and
    // index.html holds the Vietnamese welcome screen (another language is drawn by the app itself).
    chromeFlags: ['--headless=new', '--lang=vi-VN', '--accept-lang=vi-VN,vi', ...CHROMIUM_ARGS],
    envVars: { ...process.env, LANGUAGE: 'vi_VN:vi' },
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
    });
    if (!result?.lhr) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** What is kept of a run: category scores (0–100), metric values, the load average when it started. */
function summarise(lhr, loadAvg1) {
  const scores = Object.fromEntries(Object.values(lhr.categories).map((c) => [c.id, Math.round((c.score ?? 0) * 100)]));
  const metrics = Object.fromEntries(
    Object.entries(METRICS).map(([label, id]) => [label, lhr.audits[id]?.numericValue ?? NaN]),
  );
  return { scores, metrics, loadAvg1, benchmarkIndex: lhr.environment?.benchmarkIndex ?? null };
}

/** Median and spread (min–max) of every score and metric over the runs. */
function aggregate(runs) {
  const stat = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), values });
  const ids = Object.keys(runs[0].scores);
  return {
    runs,
    scores: Object.fromEntries(ids.map((id) => [id, stat(runs.map((r) => r.scores[id]))])),
    metrics: Object.fromEntries(Object.keys(METRICS).map((label) => [label, stat(runs.map((r) => r.metrics[label]))])),
  };
}

/**
 * Audits pulling the performance score down in one run (weighted audits below a full score), for
 * `--diagnose`: the numbers above say whether a budget is met, this says where to look.
 */
export function failingAudits(lhr, categoryId = 'performance') {
  return lhr.categories[categoryId].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(({ ref, audit }) => ({
      id: audit.id,
      score: audit.score,
      weight: ref.weight,
      displayValue: audit.displayValue ?? '',
    }));
}

/**
 * `runs` alternating runs of the app (every category) and of the static page (performance only).
 * `onRun(label, i, summary, seconds)` reports each run as it ends.
 */
export async function measureLighthouse({ appUrl, staticUrl, runs, onRun = () => {} }) {
  const app = [];
  const staticPage = [];
  const appLhrs = [];
  for (let i = 1; i <= runs; i++) {
    for (const [label, url, categories, into] of [
      ['app', appUrl, CATEGORIES, app],
      ['static', staticUrl, ['performance'], staticPage],
    ]) {
      const load = os.loadavg()[0];
      const started = performance.now();
      const lhr = await runOnce(url, categories);
      if (label === 'app') appLhrs.push(lhr);
      const summary = summarise(lhr, Number(load.toFixed(2)));
      into.push(summary);
      onRun(label, i, summary, (performance.now() - started) / 1000);
    }
  }
  const medianPerf = median(app.map((r) => r.scores.performance));
  const medianRun = appLhrs[app.findIndex((r) => r.scores.performance === medianPerf)] ?? appLhrs[0];
  return {
    lighthouseVersion: medianRun.lighthouseVersion,
    formFactor: medianRun.configSettings.formFactor,
    throttlingMethod: medianRun.configSettings.throttlingMethod,
    app: aggregate(app),
    static: aggregate(staticPage),
    failing: failingAudits(medianRun),
  };
}
