import { expect, test } from '@playwright/test';
import { PROFILES } from '../src/testing/profiles';
import { answer, downloadReport, fillProfile, item, openApp, startNew, switchLanguage, WORDS } from './support/app';

test('a producer fills the profile in Vietnamese, answers one item per area, switches to English and downloads the PDF', async ({
  page,
}, testInfo) => {
  const profile = PROFILES.foodCoopCrop;
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await startNew(page);
  await fillProfile(page, profile);

  // One item per area, reached through the progress navigation the machine drives.
  const picks = [
    ['rmz-1', 'rmz-zone', 'partly'],
    ['trace-1', 'tr-one-step', 'not_met'],
    ['capacity-3', 'cap-ip', 'met'],
    ['market-1', 'mkt-ecommerce', 'unknown'],
  ] as const;
  for (const [, id, value] of picks) {
    await page
      .getByRole('navigation', { name: WORDS.vi.progress.stepsLabel })
      .getByRole('button')
      .filter({ hasText: sectionTitle(id) })
      .click();
    if (!(await item(page, id).isVisible())) {
      while (!(await item(page, id).isVisible()))
        await page.getByRole('button', { name: WORDS.vi.nav.next, exact: true }).click();
    }
    await answer(page, id, value);
  }

  await switchLanguage(page, 'en');
  await expect(item(page, 'mkt-ecommerce').getByLabel(WORDS.en.answers.unknown, { exact: true })).toBeChecked();
  await page.getByRole('button', { name: WORDS.en.review.title }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.en.review.title })).toBeVisible();
  await expect(page.getByText(WORDS.en.review.gapsTitle.replace('{{count}}', '3'))).toBeVisible();

  await page.getByRole('button', { name: WORDS.en.review.toReport }).first().click();
  await page.getByLabel('Tiếng Việt').check();
  // A4 chosen by hand: a phone's screen is offered the narrow page (report-step.spec.ts checks that one).
  await page.getByLabel(WORDS.en.report.formats.a4).check();
  const { text, download } = await downloadReport(page, testInfo, 'en');
  expect(download.suggestedFilename()).toMatch(/^bao-cao-ocop-che-tan-cuong-\d{4}-\d{2}-\d{2}\.pdf$/);
  expect(text).toContain(profile.producerName);
  expect(text).toContain('khoản 4 Điều 12 Thông tư số 05/2022/TT-BNNPTNT');
  expect(text).toContain('điểm a khoản 1 Điều 6 Thông tư số 02/2024/TT-BKHCN');
  // The report language did not switch the screen.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

function sectionTitle(itemId: string): string {
  const prefix = itemId.split('-')[0];
  const section = { rmz: 'rmz', tr: 'trace', cap: 'capacity', mkt: 'market' }[prefix] ?? prefix;
  return (
    { rmz: 'Vùng nguyên liệu', trace: 'Truy xuất nguồn gốc', capacity: 'Năng lực', market: 'Phát triển thị trường' }[
      section
    ] ?? ''
  );
}
