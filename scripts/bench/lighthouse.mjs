/**
 * Lighthouse 12 (Node API) against the preview URL: the default config, which
 * is mobile (Moto G Power emulation, simulated slow-4G and 4x CPU throttling).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// Not in a package "exports" map (Lighthouse 12 has none), so the deep import is stable for 12.x.
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './config.mjs';
import { median } from './util.mjs';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** The metrics shown beside the scores (ids of Lighthouse audits). */
const METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];

/**
 * One Lighthouse run in a fresh Chromium (its own profile, so no cache or
 * service worker carries over from an earlier run, as the Lighthouse CLI does).
 */
async function runOnce(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // Lighthouse needs a real headless Chrome; --headless=new renders like headed Chrome.
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: CATEGORIES,
    });
    if (!result?.lhr) throw new Error('Lighthouse returned no result');
    if (result.lhr.runtimeError) throw new Error(`Lighthouse: ${result.lhr.runtimeError.message}`);
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

/** A short hint of where an audit failed: the first few nodes, URLs or messages in its details. */
function detailHints(audit) {
  const items = audit.details?.items ?? [];
  return items
    .slice(0, 3)
    .map((item) => {
      const node = item.node ?? item.subItems?.items?.[0]?.relatedNode;
      return (
        node?.selector ??
        node?.snippet ??
        item.description ??
        (typeof item.source === 'string' ? item.source : item.source?.url) ??
        item.url ??
        null
      );
    })
    .filter(Boolean)
    .map((text) => String(text).slice(0, 160));
}

/**
 * The audits that pull a category down, worst first: every weighted audit below
 * a full score, plus unweighted diagnostics/insights that Lighthouse flags (< 0.9).
 * Audits that Lighthouse itself could not compute are listed apart (erroredAudits).
 */
export function failingAudits(lhr, categoryId) {
  const category = lhr.categories[categoryId];
  return category.auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ ref, audit }) => {
      if (!audit || audit.score === null) return false;
      if (['notApplicable', 'manual', 'informative', 'error'].includes(audit.scoreDisplayMode)) return false;
      return ref.weight > 0 ? audit.score < 1 : audit.score < 0.9;
    })
    .sort((a, b) => b.ref.weight - a.ref.weight || a.audit.score - b.audit.score)
    .map(({ ref, audit }) => ({
      id: audit.id,
      title: audit.title,
      score: audit.score,
      weight: ref.weight,
      displayValue: audit.displayValue ?? '',
      where: detailHints(audit),
    }));
}

/**
 * Audits that errored inside Lighthouse (not a verdict on the page). With
 * Lighthouse 12.2.3 on a much newer Chromium, the bundled trace engine expects
 * trace fields the browser no longer writes, and a few weight-0 diagnostics fail;
 * the category scores do not depend on them, but a developer should know they
 * are missing rather than take them as passes.
 */
export function erroredAudits(lhr) {
  return Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => ({ id: audit.id, message: audit.errorMessage ?? '' }));
}

/** Median of `runs` runs per category, with the failing audits of the run that gave that median. */
export async function measureLighthouse(url, runs, budgets, onRun = () => {}) {
  const lhrs = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const lhr = await runOnce(url);
    lhrs.push(lhr);
    onRun(i + 1, lhr, (performance.now() - started) / 1000);
  }

  const categories = {};
  for (const id of CATEGORIES) {
    const scores = lhrs.map((lhr) => Math.round((lhr.categories[id].score ?? 0) * 100));
    const medianScore = median(scores);
    // With an odd number of runs the median is one run's score; take that run's audits.
    const medianRun = lhrs[scores.indexOf(medianScore)] ?? lhrs[0];
    const worstScore = Math.min(...scores);
    categories[id] = {
      scores,
      median: medianScore,
      budget: budgets[id],
      ok: medianScore >= budgets[id],
      failing: failingAudits(medianRun, id),
      // A single run below budget (even when the median passes), with its reasons.
      worst:
        worstScore < budgets[id]
          ? {
              run: scores.indexOf(worstScore) + 1,
              score: worstScore,
              failing: failingAudits(lhrs[scores.indexOf(worstScore)], id),
            }
          : null,
    };
  }

  const metrics = {};
  for (const [id, label] of METRICS) {
    const values = lhrs.map((lhr) => lhr.audits[id]?.numericValue ?? NaN);
    metrics[label] = { median: median(values), values, unit: lhrs[0].audits[id]?.numericUnit };
  }

  return {
    lighthouseVersion: lhrs[0].lighthouseVersion,
    formFactor: lhrs[0].configSettings.formFactor,
    throttlingMethod: lhrs[0].configSettings.throttlingMethod,
    benchmarkIndex: median(lhrs.map((lhr) => lhr.environment?.benchmarkIndex ?? NaN)),
    warnings: [...new Set(lhrs.flatMap((lhr) => lhr.runWarnings ?? []))],
    // From the median run by FCP/TTI, Lighthouse's own choice of representative run.
    errored: erroredAudits(computeMedianRun(lhrs)),
    categories,
    metrics,
  };
}
