/**
 * Shared settings of `npm run bench`: where things go, the budgets of
 * docs/product-rules.md, and the Chromium used by every part.
 */
import chromium from '../chromium.json' with { type: 'json' };
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vi from '../../locales/vi/common.json' with { type: 'json' };

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The bench builds into its own directory (not dist/), so it never collides
 * with `npm test` / `npm run build`, which other people run at the same time.
 * Relative to ROOT because Vite resolves `build.outDir` against the root.
 */
export const OUT_DIR = 'node_modules/.bench/dist';
/** Vite's cache for the module-loading dev server (kept apart from node_modules/.vite used by `npm run dev`). */
export const CACHE_DIR = 'node_modules/.bench/vite-cache';
export const RESULTS_DIR = path.join(ROOT, 'bench-results');

/** First port tried for `vite preview` (4173 is the e2e tests' port, so stay clear of it). */
export const FIRST_PORT = 4180;

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? chromium.executablePath;

/** The same Chromium switches as playwright.config.ts (scripts/chromium.json). */
export const CHROMIUM_ARGS = chromium.args;

const KB = 1024;

/** Budgets of docs/product-rules.md, and of issue 15 for the first screen. */
export const BUDGETS = {
  // No growth over what the first screen loaded before it was pre-rendered (130 KB).
  firstScreenJsGzipBytes: 130 * KB, // at most
  reportWarmMedianMs: 150, // at most
  reportSizeBytes: 92 * KB, // at most, for the bench fixture and the all-gaps report alike
  allGapsA4Pages: 12, // at most
  lighthouse: {
    performance: 98, // at least
    accessibility: 100, // exactly
    'best-practices': 95, // at least
  },
  // The first screen against the static copy of itself (scripts/bench/static-page.mjs), Lighthouse medians.
  lcpToStaticRatio: 1.2, // at most
  tbtMs: 50, // at most
  cls: 0, // exactly (as Lighthouse shows it, three decimals)
};

/** Runs per measurement (docs/product-rules.md: median of 5 after one warm-up; Lighthouse median of 3). */
export const REPORT_WARM_RUNS = 5;
export const LIGHTHOUSE_RUNS = 3;

/** Labels on the screens the bench drives (locales/vi/common.json: welcome.import, report.generate). */
export const LABELS = {
  importFile: 'Chọn tệp .json',
  generateReport: 'Tạo báo cáo PDF',
  start: vi.welcome.start,
  profileTitle: vi.profile.title,
};

/** The app's user-timing measure around each report generation (REPORT_MEASURE in src/app/provided-machine.ts). */
export const REPORT_MEASURE = 'ocop:report-generation';
