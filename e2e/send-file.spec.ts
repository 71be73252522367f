import { expect, test, type Page } from '@playwright/test';
import { PROFILES } from '../src/testing/profiles';
import { fillProfile, openApp, startNew, WORDS } from './support/app';

/**
 * Getting the report off the phone: with the Web Share API (stubbed here, as
 * Chromium on Linux has none) the PDF goes to the share sheet as a typed, named
 * File; without it the download stays and the screen says where the file went.
 */

const w = WORDS.vi;

async function toReportStep(page: Page) {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  await page
    .getByRole('navigation', { name: w.progress.stepsLabel })
    .getByRole('button', { name: w.review.title })
    .click();
  await page.getByRole('button', { name: w.review.toReport }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: w.report.title })).toBeVisible();
}

test('where the phone can share files, the PDF goes to the share sheet as a named application/pdf File', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const shared: { name: string; type: string; size: number; isFile: boolean }[] = [];
    Object.assign(window, { __shared: shared });
    Object.defineProperty(Navigator.prototype, 'canShare', {
      configurable: true,
      value: (data?: ShareData) => Boolean(data?.files?.length),
    });
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: (data?: ShareData) => {
        for (const f of data?.files ?? [])
          shared.push({ name: f.name, type: f.type, size: f.size, isFile: f instanceof File });
        return Promise.resolve();
      },
    });
  });
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await toReportStep(page);

  // The main button is in view on a phone without scrolling.
  const generate = page.getByRole('button', { name: w.report.generate });
  const box = await generate.boundingBox();
  expect((box?.y ?? 1e9) + (box?.height ?? 0)).toBeLessThanOrEqual(page.viewportSize()?.height ?? 0);

  await generate.click();
  const send = page.getByRole('button', { name: w.file.send });
  await expect(send).toBeVisible();
  expect(downloads).toBe(0);
  await send.click();
  await expect(page.getByText(w.file.sent.split('{{file}}')[0])).toBeVisible();
  const shared = await page.evaluate(
    () => (window as unknown as { __shared: { name: string; type: string; size: number; isFile: boolean }[] }).__shared,
  );
  expect(shared).toHaveLength(1);
  expect(shared[0].isFile).toBe(true);
  expect(shared[0].type).toBe('application/pdf');
  // On a phone's screen the report step offers the narrow page, so that is what goes to Zalo.
  expect(shared[0].name).toMatch(/^bao-cao-ocop-tra-giao-co-lam-\d{4}-\d{2}-\d{2}-dien-thoai\.pdf$/);
  expect(shared[0].size).toBeGreaterThan(10_000);

  // "Save on this phone" still downloads the same file.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w.file.save }).click();
  expect((await download).suggestedFilename()).toBe(shared[0].name);
  await expect(page.getByText(w.file.savedInDownloads.split('{{file}}')[0]).first()).toBeVisible();

  // The backup goes the same way.
  await page.getByRole('button', { name: w.report.export }).click();
  await expect(page.getByRole('button', { name: w.file.send })).toHaveCount(1);
  await page.getByRole('button', { name: w.file.send }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as unknown as { __shared: { type: string; name: string }[] }).__shared.length),
    )
    .toBe(2);
  const backup = await page.evaluate(
    () => (window as unknown as { __shared: { type: string; name: string }[] }).__shared[1],
  );
  expect(backup.type).toBe('application/json');
  expect(backup.name).toMatch(/^ocop-assessment-tra-giao-co-lam-.*\.json$/);
});

test('without file sharing the report downloads, the screen names the Downloads folder and opens the file', async ({
  page,
}) => {
  await toReportStep(page);
  expect(
    await page.evaluate(
      () =>
        typeof navigator.canShare === 'function' &&
        navigator.canShare({ files: [new File(['x'], 'x.pdf', { type: 'application/pdf' })] }),
    ),
  ).toBe(false);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w.report.generate }).click();
  const name = (await download).suggestedFilename();
  expect(name).toMatch(/\.pdf$/);
  const message = w.file.savedInDownloads.replace('{{file}}', name).split(' ({{size}})')[0];
  await expect(page.getByRole('status').filter({ hasText: message })).toBeVisible();
  await expect(page.getByRole('button', { name: w.file.send })).toHaveCount(0);
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: `${w.file.open} ${name}` }).click();
  expect((await popup).url()).toMatch(/^blob:/);
});
