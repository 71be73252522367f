import { expect, test } from '@playwright/test';
import { PROFILES } from '../src/testing/profiles';
import { answer, fillProfile, openApp, pdfText, startNew, WORDS } from './support/app';
import vi from '../locales/vi/report.json' with { type: 'json' };

/**
 * The report step on a 360×740 phone: the main button is in view without
 * scrolling, the page-1 summary of the PDF is shown below it, and the narrow
 * page format can be chosen and downloaded.
 */
test('report step: button in view at 360×740, page-1 summary below it, phone format downloads', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.foodCoopCrop);
  await answer(page, 'rmz-local-origin', 'not_met');
  await page.getByRole('navigation', { name: WORDS.vi.progress.stepsLabel }).getByRole('button').last().click();
  await page.getByRole('button', { name: WORDS.vi.review.toReport }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.report.title })).toBeVisible();

  const generate = page.getByRole('button', { name: WORDS.vi.report.generate });
  await expect(generate).toBeInViewport({ ratio: 1 });
  const summary = page.getByRole('region', { name: vi.summary.heading });
  await expect(summary.getByRole('heading', { name: vi.summary.doFirst })).toBeVisible();
  await expect(summary).toContainText(vi.summary.completeness.replace('{{answered}}', '1').split('/')[0]);
  const buttonBox = await generate.boundingBox();
  const summaryBox = await summary.boundingBox();
  expect(summaryBox?.y ?? 0).toBeGreaterThan(buttonBox?.y ?? Infinity);
  await page.screenshot({ path: testInfo.outputPath('report-step-360.png'), fullPage: true });

  await page.getByLabel(WORDS.vi.report.formats.phone).check();
  const [download] = await Promise.all([page.waitForEvent('download'), generate.click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-ocop-che-tan-cuong-\d{4}-\d{2}-\d{2}-dien-thoai\.pdf$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  expect(await pdfText(path)).toContain(vi.summary.doFirst);
});
