import { expect, test } from '@playwright/test';
import { PROFILES } from '../src/testing/profiles';
import { answerEverything, fillProfile, goToReportAndDownload, openApp, startNew, WORDS } from './support/app';

/**
 * After one visit the whole journey works with no network, the PDF included.
 * `context.setOffline` alone may not cover requests made by a service worker,
 * so every request that would reach the network is also aborted by a route:
 * whatever still works is served from the service worker's precache.
 */
test.use({ serviceWorkers: 'allow' });

test('installable: a web manifest with both names and icons, and an active service worker', async ({
  page,
  request,
}) => {
  await openApp(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = await (await request.get(new URL(href ?? '', page.url()).toString())).json();
  expect(manifest.name).toContain('Tự đánh giá OCOP');
  expect(manifest.name).toContain('OCOP self-assessment');
  expect(manifest.display).toBe('standalone');
  expect(manifest.start_url).toBeTruthy();
  expect(manifest.icons.map((i: { sizes: string }) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((i: { purpose?: string }) => i.purpose === 'maskable')).toBe(true);
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated');
});

test('a visitor who only reads gets the offline copy too, and the app started later takes the screen over cleanly', async ({
  page,
}) => {
  const problems: string[] = [];
  page.on('console', (msg) => ['error', 'warning'].includes(msg.type()) && problems.push(msg.text()));
  page.on('pageerror', (error) => problems.push(String(error)));
  await page.goto('/');
  // No touch: the service worker is registered when the phone is idle, and the app has not started.
  await expect
    .poll(() => page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state))
    .toBe('activated');
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  // The worker's news ("ready offline") came before the app: the screen React takes over is still the
  // pre-rendered one, and "Start", the first touch, starts the assessment.
  await startNew(page);
  expect(problems).toEqual([]);
});

test('load once, go offline, reload, answer pages of every kind and download the report', async ({
  context,
  page,
}, testInfo) => {
  await openApp(page);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The precache is complete once the worker is active; from here on nothing may come from the network.
  await context.setOffline(true);
  const escaped: string[] = [];
  await context.route('**/*', (route) => {
    escaped.push(route.request().url());
    return route.abort('internetdisconnected');
  });

  await page.reload();
  await expect(page.locator('h1')).toHaveText(WORDS.vi.welcome.title);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  // Every screen and chunk a journey needs, offline: checklist pages (the first three, as walking all of
  // them is the journeys' job and takes most of a minute on one busy core), the review, the report.
  await answerEverything(page, 'vi', { pages: 3 });
  await page
    .getByRole('navigation', { name: WORDS.vi.progress.stepsLabel })
    .getByRole('button', { name: WORDS.vi.review.title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.review.title })).toBeVisible();
  const { text } = await goToReportAndDownload(page, testInfo);
  expect(text).toContain(PROFILES.herbHousehold.producerName);
  expect(text).toContain('Thông tư số 02/2024/TT-BKHCN');
  expect(escaped).toEqual([]);
});
