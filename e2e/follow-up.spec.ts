import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import checklistEn from '../locales/en/checklist.json' with { type: 'json' };
import reportEn from '../locales/en/report.json' with { type: 'json' };
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import reportVi from '../locales/vi/report.json' with { type: 'json' };
import { PROFILES } from '../src/testing/profiles';
import { LANGUAGE_INFO } from '../src/domain/languages';
import { downloadReport, item, openApp, WORDS } from './support/app';
import { finishedAssessment, openSeeded } from './support/seed';

/**
 * Issue 17's journey: an assessment exported on one phone, imported on another, assessed again there;
 * three gaps are closed, and the report in both languages names them under "since last time".
 * The first assessment is seeded (its clicking is the journeys' job): on page rmz-1 it answers the
 * three questions after the first "partly", "not met" and "don't know", all gaps.
 */
const w = WORDS.vi;
const CLOSED = ['rmz-origin-papers', 'rmz-zone', 'rmz-growing-code'];
const LOCALES = { vi: { checklist: checklistVi, report: reportVi }, en: { checklist: checklistEn, report: reportEn } };
const question = (lng: 'vi' | 'en', id: string) =>
  (LOCALES[lng].checklist.items as unknown as Record<string, { question: string }>)[id].question;
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

/** The new parts (carried marks, plan status, since last time) pass the same WCAG checks as every step. */
async function axe(page: Page, label: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    label,
  ).toEqual([]);
}

async function exportFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: w.review.toReport }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: w.report.title })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w.report.export }).click();
  await (await download).saveAs(path);
}

test('assess again on a second device, close three gaps, and find them named in both reports @desktop', async ({
  browser,
  page,
}, testInfo) => {
  // Two PDFs on one busy core.
  test.slow();
  const first = finishedAssessment(PROFILES.foodCoopCrop);
  await openSeeded(page, [first]);
  const path = testInfo.outputPath('first.json');
  await exportFile(page, path);

  const device = await browser.newContext({
    locale: 'vi-VN',
    acceptDownloads: true,
    serviceWorkers: 'block',
    viewport: page.viewportSize(),
  });
  const other = await device.newPage();
  await openApp(other);
  await other.getByLabel(w.welcome.import).setInputFiles(path);
  await expect(other.getByRole('heading', { level: 1, name: w.report.title })).toBeVisible();
  await other.getByRole('button', { name: w.nav.homeLabel }).click();

  // Assess again: the follow-up opens on the profile (carried over), the imported one stays in the list.
  await other.getByRole('button', { name: w.welcome.assessAgain, exact: false }).first().click();
  await expect(other.getByText(w.notices.followUp.started)).toBeVisible();
  await other.getByRole('button', { name: w.profile.submit }).click();
  await expect(item(other, 'rmz-zone')).toBeVisible();

  // Every answer on the page is marked as carried; changing three answers clears their marks, "still true" the last.
  await expect(other.locator('[data-carried]')).toHaveCount(4);
  await axe(other, 'carried marks');
  for (const id of CLOSED) await item(other, id).getByLabel(w.answers.met, { exact: true }).check();
  await expect(other.locator('[data-carried]')).toHaveCount(1);
  await other.locator('[data-carried="rmz-local-origin"]').getByRole('button', { name: w.followUp.confirm }).click();
  await expect(other.locator('[data-carried]')).toHaveCount(0);

  // The review says what changed since last time.
  await other.getByRole('button', { name: w.review.title, exact: true }).click();
  await expect(other.getByRole('heading', { level: 1, name: w.review.title })).toBeVisible();
  const closed = other.locator('[data-since="closed"]');
  await expect(closed.locator('summary')).toHaveText(w.followUp.since.closed_other.replace('{{count}}', '3'));
  for (const id of CLOSED) await expect(closed).toContainText(question('vi', id));
  await axe(other, 'review of a follow-up');

  // Reports in Vietnamese and English name the three closed gaps.
  await other.getByRole('button', { name: w.review.toReport }).first().click();
  await expect(other.getByRole('heading', { level: 1, name: w.report.title })).toBeVisible();
  for (const lng of ['vi', 'en'] as const) {
    await other.getByRole('radio', { name: LANGUAGE_INFO[lng].nativeName, exact: true }).check();
    const { text } = await downloadReport(other, testInfo);
    const report = fold(text);
    expect(report).toContain(fold(LOCALES[lng].report.since.heading));
    for (const id of CLOSED) expect(report).toContain(fold(question(lng, id)));
  }
  await device.close();
});
