import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { FORMAT_VERSION } from '../src/storage/schema';
import { PROFILES } from '../src/testing/profiles';
import {
  answer,
  answerEverything,
  downloadReport,
  fillProfile,
  goToReportAndDownload,
  item,
  openApp,
  startNew,
  WORDS,
} from './support/app';
import { finishedAssessment, openSeeded } from './support/seed';

const w = WORDS.vi;

test('several assessments: list, rename, duplicate, delete with confirmation and undo', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.foodCoopCrop);
  await page.getByRole('button', { name: w.nav.homeLabel }).click();
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  await page.getByRole('button', { name: w.nav.homeLabel }).click();

  const cards = page.locator('.card');
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: `Đổi tên ${PROFILES.foodCoopCrop.productName}` }).click();
  await page.getByLabel(w.welcome.renameField).fill('Chè Tân Cương – vụ xuân 2027');
  await page.getByRole('button', { name: w.welcome.save }).click();
  await expect(page.getByRole('heading', { name: 'Chè Tân Cương – vụ xuân 2027' })).toBeVisible();

  await page.getByRole('button', { name: `Tạo bản sao của ${PROFILES.herbHousehold.productName}` }).click();
  await expect(cards).toHaveCount(3);

  await page.getByRole('button', { name: `Xóa Chè Tân Cương – vụ xuân 2027` }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Chè Tân Cương – vụ xuân 2027');
  await dialog.getByRole('button', { name: w.welcome.delete }).click();
  await expect(cards).toHaveCount(2);
  await page.getByRole('button', { name: w.welcome.undo }).click();
  await expect(cards).toHaveCount(3);
  await page.reload();
  await expect(cards).toHaveCount(3);
});

test('a broken or foreign file is refused with a message and saved data stays intact', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.tourismService);
  await answer(page, 'cap-organisation', 'partly');
  await page.getByRole('button', { name: w.nav.homeLabel }).click();
  const before = await page.evaluate(() =>
    JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('ocop:assessment:'))),
  );

  const input = page.getByLabel(w.welcome.import);
  const cases = [
    { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "ocop-self-asse') },
    { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"survey": true}') },
    { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1, 2, 3]) },
  ];
  const messages = [w.notices.import['not-json'], w.notices.import['not-ocop'], w.notices.import['not-json']];
  // The reason is said beside the file field, in view and focused, not at the top of the page.
  const section = page.getByRole('region', { name: w.welcome.importTitle });
  for (const [i, file] of cases.entries()) {
    await input.setInputFiles(file);
    await expect(section.getByRole('alert')).toContainText(messages[i]);
    await expect(page.getByRole('alert')).toHaveCount(1);
    await expect(section.locator('.import-problem')).toBeFocused();
    await expect(section.getByRole('alert')).toBeInViewport();
  }
  // Dismissed, the message hands the focus back to the file field.
  await section.getByRole('button', { name: w.notices.dismiss }).click();
  await expect(section.getByRole('alert')).toHaveCount(0);
  await expect(input).toBeFocused();
  const after = await page.evaluate(() =>
    JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('ocop:assessment:'))),
  );
  expect(after).toBe(before);
  await expect(page.locator('.card')).toHaveCount(1);
});

test('export, then import in a fresh browser, gives the same assessment and the same report', async ({
  browser,
  page,
}, testInfo) => {
  // Two PDFs are made: most of a minute each on one busy core. The page walk is the journeys' job (journeys.spec.ts
  // checks that it gives exactly this assessment), so this starts on the review of a finished one.
  test.slow();
  await openSeeded(page, [finishedAssessment(PROFILES.handicraftForest)]);
  await expect(page.getByRole('heading', { level: 1, name: w.review.title })).toBeVisible();
  const gap = page.getByRole('listitem').filter({ hasText: 'lớp nghề' }).first();
  if (await gap.count()) await gap.getByLabel(w.review.owner).fill('Nguyễn Văn Bình');
  const first = await goToReportAndDownload(page, testInfo);

  const exportPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: w.report.export }).click();
  const exported = await exportPromise;
  expect(exported.suggestedFilename()).toMatch(/^ocop-assessment-gio-may-dan-tay-\d{4}-\d{2}-\d{2}\.json$/);
  const exportPath = testInfo.outputPath('exported.json');
  await exported.saveAs(exportPath);
  const file = JSON.parse(await readFile(exportPath, 'utf8'));
  expect(file).toMatchObject({ format: 'ocop-self-assessment', formatVersion: FORMAT_VERSION });

  const fresh = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true, serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await openApp(other);
  await other.getByLabel(w.welcome.import).setInputFiles(exportPath);
  await expect(other.getByRole('status').filter({ hasText: w.notices.import.done })).toBeVisible();
  await expect(other.getByRole('heading', { level: 1, name: w.report.title })).toBeVisible();
  const imported = await other.evaluate(() => {
    const key = Object.keys(localStorage).find((k) => k.startsWith('ocop:assessment:'));
    return key ? JSON.parse(localStorage.getItem(key) ?? '{}').assessment : null;
  });
  expect(imported).toEqual(file.assessment);
  const second = await downloadReport(other, testInfo);
  // Same text apart from the date line, which is the day it was made (the same day here).
  expect(second.text).toBe(first.text);
  await fresh.close();
});

test('two tabs on the same assessment do not silently overwrite each other', async ({ context, page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  await answer(page, 'rmz-zone', 'met');

  const second = await context.newPage();
  await openApp(second);
  await expect(item(second, 'rmz-zone')).toBeVisible();
  await answer(second, 'rmz-zone', 'not_met');

  // The first tab learns of the change and asks what to keep.
  await expect(page.getByRole('alert').filter({ hasText: w.conflict.message })).toBeVisible();
  await page.getByRole('button', { name: w.conflict.reload }).click();
  await expect(item(page, 'rmz-zone').getByLabel(w.answers.not_met, { exact: true })).toBeChecked();

  // Now the first tab changes it; the second is told, keeps its own version on request.
  await answer(page, 'rmz-zone', 'partly');
  await expect(second.getByRole('alert').filter({ hasText: w.conflict.message })).toBeVisible();
  await second.getByRole('button', { name: w.conflict.keepMine }).click();
  await expect(item(second, 'rmz-zone').getByLabel(w.answers.not_met, { exact: true })).toBeChecked();
  await second.reload();
  await expect(item(second, 'rmz-zone').getByLabel(w.answers.not_met, { exact: true })).toBeChecked();
});

test('no request ever leaves the app’s own origin during a full journey', async ({ page }, testInfo) => {
  // A whole journey, every page and the PDF, on purpose: over a minute on one busy core.
  test.slow();
  const foreign: string[] = [];
  const origin = new URL(testInfo.project.use.baseURL ?? 'http://127.0.0.1:4173').origin;
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['blob:', 'data:'].includes(url.protocol) && url.origin !== origin) foreign.push(request.url());
  });
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.foodCoopCrop);
  await item(page, 'rmz-zone').getByText(w.item.details).click();
  await item(page, 'rmz-zone').getByRole('button', { name: w.item.showClause }).click();
  await page.getByRole('dialog').getByRole('button', { name: w.nav.close }).click();
  await answerEverything(page);
  await goToReportAndDownload(page, testInfo);
  await page.getByRole('button', { name: w.nav.legal }).click();
  await page.getByRole('button', { name: w.nav.back, exact: true }).click();
  expect(foreign).toEqual([]);
  // And the Content Security Policy forbids it in any case.
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("connect-src 'self'");
});

test('damaged saved data is set aside with a message, never deleted, and can be downloaded as it was', async ({
  page,
}, testInfo) => {
  await openApp(page);
  const damaged = '{"format":"ocop-self-assessment","formatVersion":2,"assessment":{"id":"3f0c';
  await page.evaluate((text) => localStorage.setItem('ocop:assessment:3f0c0000-damaged', text), damaged);
  await page.reload();
  await expect(
    page.getByRole('alert').filter({ hasText: w.notices.storage.setAside_other.split('{{count}}')[1].slice(0, 20) }),
  ).toBeVisible();
  await page.getByRole('button', { name: w.nav.privacy }).click();
  await expect(page.getByRole('heading', { name: w.privacy.setAsideTitle })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w.privacy.setAsideDownload }).click();
  const path = testInfo.outputPath('set-aside.json');
  await (await download).saveAs(path);
  expect(await readFile(path, 'utf8')).toBe(damaged);
});
