/**
 * The two measurements taken in Playwright-driven Chromium: the first screen's
 * JavaScript and the PDF report generation.
 */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { chromium, devices } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH, LABELS, REPORT_MEASURE, REPORT_WARM_RUNS } from './config.mjs';
import { median } from './util.mjs';

/**
 * The welcome screen is in index.html (pre-rendered), so a visible h1 says nothing about the app:
 * move the pointer over the page, as a visitor does (the app starts then, src/app/when-wanted.ts),
 * and wait until it has taken the page over (src/app/app-ready.ts marks <html data-app="ready">).
 */
async function appReady(page) {
  await page.mouse.move(8, 8);
  await page.locator('html[data-app="ready"]').waitFor({ state: 'attached', timeout: 60_000 });
}

export function launchBrowser() {
  // Debian's Chromium, never Playwright's download (no internet here; see playwright.config.ts).
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A phone as in the e2e tests' "phone" project. Service workers are blocked so
 * every file comes from the network: with a worker, a second visit would be
 * served from its cache and the lazy chunks would be precached in the background,
 * which would blur both "what the first screen needs" and the cold report timing.
 */
function phoneContext(browser, extra = {}) {
  return browser.newContext({
    ...devices['Pixel 7'],
    viewport: { width: 360, height: 780 },
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'block',
    ...extra,
  });
}

/**
 * Every same-origin .js file the first screen loads to run, gzipped with Node's
 * default level (about what a static host sends). We gzip the bodies ourselves
 * because `vite preview` serves them uncompressed.
 */
export async function measureFirstScreen(browser, baseUrl) {
  const context = await phoneContext(browser);
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const pending = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || !url.pathname.endsWith('.js') || response.status() !== 200) return;
    // Files kept for the first tap (`<link rel="prefetch">`, src/app/start-up-files.ts) are not run by the first screen.
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      response.body().then(
        (body) => ({ file: url.pathname, rawBytes: body.length, gzipBytes: gzipSync(body).length }),
        // The page was closed first (the measurement failed): the failure is reported, not this.
        () => null,
      ),
    );
  });
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await appReady(page);
    // The h1 may appear before the last lazy locale chunk settles: wait for quiet once more.
    await page.waitForLoadState('networkidle');
    // A file requested twice (a module preloaded, then imported) is counted once.
    const byFile = new Map();
    for (const file of (await Promise.all(pending)).filter(Boolean))
      if (!byFile.has(file.file)) byFile.set(file.file, file);
    const files = [...byFile.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
    return {
      gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
      rawBytes: files.reduce((sum, f) => sum + f.rawBytes, 0),
      h1: (await page.locator('h1').first().textContent())?.trim(),
      files,
    };
  } finally {
    await context.close();
  }
}

/**
 * What the first tap costs. The app starts at the visitor's first touch (src/app/when-wanted.ts),
 * which keeps the phone free while the welcome screen is read; the price is paid by that touch. So:
 * a phone at 4× CPU, the welcome screen read for 3 s (its files fetched meanwhile), then "Start"
 * tapped, until the next screen's heading shows: with "Start" as the first touch, and with the page
 * touched on arrival (the app already running when "Start" comes). Median of `runs` each; no budget.
 */
export async function measureFirstTap(browser, baseUrl, runs = 3) {
  const once = async (touchedFirst) => {
    const context = await phoneContext(browser, { hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    try {
      await page.goto(baseUrl, { waitUntil: 'load' });
      if (touchedFirst) await appReady(page);
      await page.waitForTimeout(3_000);
      const start = page.getByRole('button', { name: LABELS.start, exact: true });
      const t0 = performance.now();
      await start.tap();
      await page.getByRole('heading', { level: 1, name: LABELS.profileTitle }).waitFor({ timeout: 30_000 });
      return performance.now() - t0;
    } finally {
      await context.close();
    }
  };
  const firstTouch = [];
  const appRunning = [];
  for (let i = 0; i < runs; i++) {
    firstTouch.push(await once(false));
    appRunning.push(await once(true));
  }
  return { firstTouch: median(firstTouch), appRunning: median(appRunning), runs: { firstTouch, appRunning } };
}

/**
 * Layout shifts while the first screen loads, as Lighthouse's mobile run sees
 * them, with the elements that moved. Lighthouse 12.2.3's own layout-shifts
 * audit cannot name them on this Chromium (see lighthouse.mjs), and CLS weighs
 * 25 % of the performance score. So: Lighthouse's phone (412×823 at 1.75×, 4×
 * CPU slowdown) and, unlike the other measurements, service workers allowed,
 * as in Lighthouse, since what the app shows once the worker is installed
 * (the offline-ready notice) may move the page too. No budget; a diagnostic.
 */
export async function measureLayoutShifts(browser, baseUrl) {
  const context = await browser.newContext({
    viewport: { width: 412, height: 823 },
    deviceScaleFactor: 1.75,
    isMobile: true,
    hasTouch: true,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    serviceWorkers: 'allow',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Runs in the page (globalThis is its window) before any of the app's scripts.
  await page.addInitScript(() => {
    globalThis.__benchShifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        globalThis.__benchShifts.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          moved: entry.sources.map((source) => {
            const el = source.node?.nodeType === 1 ? source.node : source.node?.parentElement;
            const classes = el?.classList.length ? `.${[...el.classList].join('.')}` : '';
            const name = el ? `${el.localName}${el.id ? `#${el.id}` : ''}${classes}` : '?';
            const text = (el?.textContent ?? '').trim().slice(0, 40);
            return `${name} y ${Math.round(source.previousRect.y)}→${Math.round(source.currentRect.y)} "${text}"`;
          }),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await appReady(page);
    // Give the service worker time to install and the app time to react to it.
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => globalThis.__benchShifts);
    return { total: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
  } finally {
    await context.close();
  }
}

/**
 * Imports the fixture on the first screen, then generates the report 1 (cold) +
 * 1 (warm-up) + REPORT_WARM_RUNS times. The duration is the app's own
 * user-timing measure (start of generation → Blob ready, the jsPDF chunk and
 * fonts' download included in the cold run), not click-to-download, so browser
 * download handling does not count; click-to-download is reported beside it.
 */
export async function measureReport(browser, baseUrl, fixtureFile) {
  const context = await phoneContext(browser, { acceptDownloads: true });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (msg) => msg.type() === 'error' && consoleErrors.push(msg.text()));
  page.on('pageerror', (err) => consoleErrors.push(String(err)));
  try {
    await page.goto(baseUrl, { waitUntil: 'networkidle' });
    await appReady(page);

    await page.getByLabel(LABELS.importFile, { exact: true }).setInputFiles(fixtureFile);
    const generate = page.getByRole('button', { name: LABELS.generateReport, exact: true });
    // The import opens the saved step (Report). If it shows an error instead, say so precisely.
    const alert = page.locator('[role="alert"]').first();
    const outcome = await Promise.race([
      generate.waitFor({ state: 'visible', timeout: 20_000 }).then(() => 'report'),
      alert.waitFor({ state: 'visible', timeout: 20_000 }).then(() => 'alert'),
    ]).catch(() => 'timeout');
    if (outcome !== 'report') {
      const h1 = await page
        .locator('h1')
        .first()
        .textContent()
        .catch(() => null);
      const alertText = await alert.textContent({ timeout: 1000 }).catch(() => null);
      throw new Error(
        `Importing the fixture did not open the Report screen (${outcome}); h1: ${JSON.stringify(h1)}; ` +
          `alert: ${JSON.stringify(alertText)}; console errors: ${JSON.stringify(consoleErrors.slice(0, 5))}`,
      );
    }

    const total = 2 + REPORT_WARM_RUNS;
    const clickToDownload = [];
    let pdfBytesOnDisk = 0;
    let startsWithPdf = true;
    for (let run = 0; run < total; run++) {
      // Wait until the button is back to its idle label (it reads "generating…" while busy).
      await generate.waitFor({ state: 'visible', timeout: 30_000 });
      const t0 = performance.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), generate.click()]);
      const path = await download.path(); // resolves when the file is fully saved
      clickToDownload.push(performance.now() - t0);
      const bytes = await readFile(path);
      pdfBytesOnDisk = bytes.length;
      if (bytes.subarray(0, 4).toString('latin1') !== '%PDF') startsWithPdf = false;
      // The measure is recorded before the download action runs; make sure it is there.
      await page.waitForFunction(
        ([name, n]) => performance.getEntriesByName(name).length >= n,
        [REPORT_MEASURE, run + 1],
        { timeout: 10_000 },
      );
    }

    const entries = await page.evaluate(
      (name) => performance.getEntriesByName(name).map((e) => ({ d: e.duration, size: e.detail?.size })),
      REPORT_MEASURE,
    );
    if (entries.length < total)
      throw new Error(`Expected ${total} '${REPORT_MEASURE}' measures, got ${entries.length}`);
    const [cold, warmUp, ...warm] = entries;
    return {
      coldMs: cold.d,
      warmUpMs: warmUp.d,
      warmMs: warm.map((e) => e.d),
      warmMedianMs: median(warm.map((e) => e.d)),
      sizeBytes: warm.at(-1).size ?? pdfBytesOnDisk,
      sizeOnDiskBytes: pdfBytesOnDisk,
      startsWithPdf,
      clickToDownloadMs: clickToDownload,
      consoleErrors,
    };
  } finally {
    await context.close();
  }
}
