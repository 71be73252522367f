import { expect, test, type Page } from '@playwright/test';
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import legalEn from '../locales/en/legal.json' with { type: 'json' };
import legalVi from '../locales/vi/legal.json' with { type: 'json' };
import type { Profile } from '../src/content/profile-options';
import { PROFILES } from '../src/testing/profiles';
import { fillProfile, item, next, openApp, startNew, switchLanguage, WORDS } from './support/app';

/** What the content tells a producer: the kind of rule as it applies to them, what each answer means, the status of the law. */

const w = WORDS.vi;

async function toTracePage(page: Page, profile: Profile): Promise<void> {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, profile);
  for (let guard = 0; guard < 5; guard += 1) {
    if ((await page.locator('h1:visible').textContent()) === checklistVi.pages['trace-1']) return;
    await next(page);
  }
  await expect(page.locator('h1:visible')).toHaveText(checklistVi.pages['trace-1']);
}

test('a traceability question is a conditional requirement for a producer who does not trace', async ({ page }) => {
  await toTracePage(page, { ...PROFILES.herbHousehold, traceability: 'neither' });
  const question = item(page, 'tr-one-step');
  // The kind of basis is folded with why it matters, below the answers (the answers come first on a phone).
  await question.getByText(w.item.details).click();
  await expect(question.locator('.tag').filter({ hasText: w.kinds['conditional-requirement'] })).toBeVisible();
  await expect(question.getByText(w.kinds['legal-requirement'], { exact: true })).toHaveCount(0);
  // The five fixed answers keep their names; each carries a plain line saying what it means.
  for (const value of ['met', 'partly', 'not_met', 'unknown', 'na'] as const) {
    const radio = question.getByLabel(w.answers[value], { exact: true });
    await expect(radio).toHaveAccessibleDescription(w.answerHints[value]);
  }
});

test('a traceability question is a plain legal requirement for a producer who traces', async ({ page }) => {
  await toTracePage(page, { ...PROFILES.foodCoopCrop, traceability: 'runs' });
  await expect(item(page, 'tr-one-step').locator('.tag').filter({ hasText: w.kinds['legal-requirement'] })).toHaveText(
    w.kinds['legal-requirement'],
  );
});

test('the profile asks whether the producer traces, for goods only', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, { ...PROFILES.foodCoopCrop }, 'vi', false);
  await expect(page.getByRole('group', { name: w.profile.fields.traceability.label })).toBeVisible();
  await page.getByLabel(w.profile.options.productGroup.tourism, { exact: true }).check();
  await expect(page.getByRole('group', { name: w.profile.fields.traceability.label })).toHaveCount(0);
});

test('the legal basis shows the status of the cited wording beside the instrument, and labels English as unofficial', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: w.nav.legal }).click();
  const circular05 = page.locator('[data-instrument="tt-05-2022"]');
  await expect(circular05).toContainText(w.legalPage.status.replace('{{status}}', legalVi.statuses.verified));
  await expect(circular05).toContainText(
    w.legalPage.wording.replace('{{statuses}}', legalVi.statuses['client-source']),
  );
  await expect(page.getByText(legalVi.unofficial)).toHaveCount(0);

  await switchLanguage(page, 'en');
  const en = WORDS.en;
  await expect(page.locator('h1:visible')).toHaveText(en.legalPage.title);
  await expect(page.getByTestId('legal-period')).toContainText(legalEn.unofficial);
  await expect(page.locator('[data-instrument="tt-05-2022"]')).toContainText(
    `${legalEn.unofficial} ${legalEn.instruments['tt-05-2022'].title}`,
  );
  await expect(page.locator('[data-instrument="tt-05-2022"]')).toContainText(
    en.legalPage.wording.replace('{{statuses}}', legalEn.statuses['client-source']),
  );
  for (const status of ['client-source', 'verified', 'secondary', 'unverified'] as const) {
    await expect(page.getByText(legalEn.statusMeaning[status])).toBeVisible();
  }
});
