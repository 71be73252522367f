import { expect, test, type Page } from '@playwright/test';
import { PROFILES } from '../src/testing/profiles';
import { answer, fillProfile, openApp, pdfText, startNew, untilAppRuns, WORDS } from './support/app';
import { openSeeded, seededAssessment } from './support/seed';
import vi from '../locales/vi/report.json' with { type: 'json' };

const formats = WORDS.vi.report.formats;

/**
 * The report step on a 360×740 phone: the main button is in view without
 * scrolling, the page-1 summary of the PDF is shown below it, and the narrow
 * page format is the one offered (nothing chosen yet on a phone) and downloads.
 */
test('report step: button in view at 360×740, page-1 summary below it, phone format offered and downloads', async ({
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

  await expect(page.getByLabel(formats.phone)).toBeChecked();
  await expect(page.getByLabel(formats.a4)).not.toBeChecked();
  const [download] = await Promise.all([page.waitForEvent('download'), generate.click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-ocop-che-tan-cuong-\d{4}-\d{2}-\d{2}-dien-thoai\.pdf$/);
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  expect(await pdfText(path)).toContain(vi.summary.doFirst);
});

/** Makes the report with the format checked and waits for the file; returns its name. */
async function makeReport(page: Page): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: WORDS.vi.report.generate }).click(),
  ]);
  return download.suggestedFilename();
}

async function reopenReportStep(page: Page) {
  await page.reload();
  await untilAppRuns(page);
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.report.title })).toBeVisible();
}

test('report step on a computer offers A4; the format a report was made with is offered next time, whatever the screen @desktop', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await openSeeded(page, [seededAssessment('report', { 'rmz-zone': { value: 'not_met' } })]);
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.report.title })).toBeVisible();
  await expect(page.getByLabel(formats.a4)).toBeChecked();
  await expect(page.getByLabel(formats.phone)).not.toBeChecked();
  await page.screenshot({ path: testInfo.outputPath('report-step-1280.png') });

  // Made on the phone page from a computer: that is what this assessment offers from now on, also after a reload.
  await page.getByLabel(formats.phone).check();
  expect(await makeReport(page)).toMatch(/-dien-thoai\.pdf$/);
  await reopenReportStep(page);
  await expect(page.getByLabel(formats.phone)).toBeChecked();

  // And A4 made on a phone's screen is offered there, not the phone page.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.getByLabel(formats.a4).check();
  expect(await makeReport(page)).not.toMatch(/-dien-thoai\.pdf$/);
  await reopenReportStep(page);
  await expect(page.getByLabel(formats.a4)).toBeChecked();
  await expect(page.getByLabel(formats.phone)).not.toBeChecked();
});

test('a phone held sideways is offered the phone page too', async ({ page }) => {
  await page.setViewportSize({ width: 740, height: 360 });
  await openSeeded(page, [seededAssessment('report')]);
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.report.title })).toBeVisible();
  await expect(page.getByLabel(formats.phone)).toBeChecked();
});

test('a computer keeps A4 in a narrow window or at 200 % zoom (640 px): the PDF is not read in that window @desktop', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'a computer: mouse, no touch');
  await page.setViewportSize({ width: 640, height: 450 });
  await openSeeded(page, [seededAssessment('report')]);
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.report.title })).toBeVisible();
  await expect(page.getByLabel(formats.a4)).toBeChecked();
});
