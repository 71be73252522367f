import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import { PROFILES } from '../src/testing/profiles';
import { answer, fillProfile, item, openApp, startNew, switchLanguage, WORDS, type Lng } from './support/app';
import { finishedAssessment, openSeeded } from './support/seed';

/**
 * Accessibility: an axe scan (WCAG 2.1 A and AA) of every step type in both
 * languages at phone size and in Vietnamese at desktop size, plus the checks
 * axe cannot make: no horizontal scroll at 360 px, 44 px touch targets, focus
 * on the new step's heading, and a keyboard-only journey.
 */

async function scan(page: Page, testInfo: TestInfo, label: string) {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  if (result.violations.length) {
    await testInfo.attach(`axe-${label}.json`, {
      body: JSON.stringify(result.violations, null, 2),
      contentType: 'application/json',
    });
  }
  expect(
    result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    `axe violations on ${label}`,
  ).toEqual([]);
}

/** Layout checks axe does not make: no sideways scrolling, and tap targets of at least 44 × 44 px. */
async function checkLayout(page: Page, label: string) {
  const width = await page.evaluate(() => window.innerWidth);
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `horizontal scroll on ${label}`).toBeLessThanOrEqual(width);
  const small = await page.evaluate(() => {
    const targets = [...document.querySelectorAll<HTMLElement>('button, a[href], select, textarea, input, summary')];
    return (
      targets
        // A radio's target is its whole label; a visually hidden file input is tapped through its label.
        .map((el) =>
          el.matches('input[type=radio], input[type=checkbox]')
            ? (el.closest('label') ?? el)
            : el.matches('input.visually-hidden')
              ? ((el as HTMLInputElement).labels?.[0] ?? el)
              : el,
        )
        .filter((el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden')
        .filter((el) => !el.classList.contains('skip-link'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ el, box }) =>
            `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 30)}” ${Math.round(box.width)}×${Math.round(box.height)}`,
        )
    );
  });
  expect(small, `targets under 44 px on ${label}`).toEqual([]);
}

const checker = (page: Page, testInfo: TestInfo, lng: Lng) => async (label: string) => {
  await scan(page, testInfo, `${lng}-${label}`);
  await checkLayout(page, `${lng}-${label}`);
};

/** The form steps: welcome, profile (with errors), a checklist page (with an error) and the clause viewer. */
async function visitFormSteps(page: Page, testInfo: TestInfo, lng: Lng) {
  const w = WORDS[lng];
  const check = checker(page, testInfo, lng);
  await openApp(page);
  if (lng === 'en') await switchLanguage(page, 'en');
  await check('welcome');

  await startNew(page, lng);
  await page.getByRole('button', { name: w.profile.submit }).click();
  await expect(page.getByText(w.errors.required).first()).toBeVisible();
  await check('profile-with-errors');
  await fillProfile(page, PROFILES.foodCoopCrop, lng);

  await answer(page, 'rmz-zone', 'na', lng);
  await page.getByRole('button', { name: w.nav.next, exact: true }).click();
  await expect(page.getByText(w.errors.reasonRequired)).toBeVisible();
  await expect(item(page, 'rmz-zone').getByLabel(w.item.reason)).toBeFocused();
  await check('checklist-with-error');
  await item(page, 'rmz-zone').getByLabel(w.item.reason).fill('Cơ sở mua nguyên liệu đã sơ chế');

  // Why it matters and the legal basis are folded under the answers.
  await item(page, 'rmz-growing-code').getByText(w.item.details).click();
  await item(page, 'rmz-growing-code').getByRole('button', { name: w.item.showClause }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await check('clause-viewer');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(item(page, 'rmz-growing-code').getByRole('button', { name: w.item.showClause })).toBeFocused();
}

/**
 * The steps after the checklist: review, report (before and after a file is made), legal basis, privacy.
 * They start from a finished assessment on the review (the journeys check that clicking gives the same),
 * so that each half stays well inside its time on one busy core.
 */
async function visitLaterSteps(page: Page, testInfo: TestInfo, lng: Lng) {
  const w = WORDS[lng];
  const check = checker(page, testInfo, lng);
  await openSeeded(page, [finishedAssessment(PROFILES.foodCoopCrop)]);
  if (lng === 'en') await switchLanguage(page, 'en');
  await expect(page.locator('h1:visible')).toHaveText(w.review.title);
  await check('review');
  await page.getByRole('button', { name: w.review.toReport }).first().click();
  await expect(page.locator('h1:visible')).toHaveText(w.report.title);
  await check('report');
  // The file made: where it went and the button that opens it.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: w.report.generate }).click();
  await download;
  await expect(page.getByRole('button', { name: w.file.open })).toBeVisible();
  await check('report-file-ready');
  await page.getByRole('button', { name: w.nav.legal }).click();
  await expect(page.locator('h1:visible')).toHaveText(w.legalPage.title);
  await check('legal-basis');
  await page.getByRole('button', { name: w.nav.back, exact: true }).click();
  await page.getByRole('button', { name: w.nav.privacy }).click();
  await expect(page.locator('h1:visible')).toHaveText(w.privacy.title);
  await check('privacy');
}

for (const lng of ['vi', 'en'] as const) {
  test(`the form steps pass axe and the layout checks at phone size (${lng})`, async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone size only');
    test.slow(); // five axe scans of long pages: about 50 s on one busy core
    await visitFormSteps(page, testInfo, lng);
  });
  test(`the review, report, legal and privacy steps pass axe and the layout checks at phone size (${lng})`, async ({
    page,
  }, testInfo) => {
    test.skip(testInfo.project.name !== 'phone', 'phone size only');
    test.slow(); // it makes a PDF
    await visitLaterSteps(page, testInfo, lng);
  });
}

test('every step type passes axe and the layout checks at desktop size @desktop', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop project');
  test.slow(); // both halves, and a PDF
  await visitFormSteps(page, testInfo, 'vi');
  await visitLaterSteps(page, testInfo, 'vi');
});

test.describe('at 200% zoom (a 1280 × 900 window shows 640 × 450 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
  test('the journey stays usable without sideways scrolling @desktop', async ({ page }, testInfo) => {
    test.skip(testInfo.project.name !== 'desktop', 'desktop project');
    await openApp(page);
    await checkLayout(page, 'zoom-welcome');
    await startNew(page);
    await checkLayout(page, 'zoom-profile');
    await fillProfile(page, PROFILES.tourismService);
    await checkLayout(page, 'zoom-checklist');
  });
});

test('keyboard only: from the welcome screen to a downloaded report, focus on each new heading @desktop', async ({
  page,
}, testInfo) => {
  test.skip(testInfo.project.name !== 'desktop', 'desktop project');
  test.slow(); // a whole journey by keyboard and a PDF: about 50 s on one core with two workers
  const w = WORDS.vi;
  const profile = PROFILES.tourismService;
  await openApp(page);
  const focusOn = async (name: string) => {
    // Tab until the named control has focus (no mouse anywhere in this test).
    for (let i = 0; i < 200; i += 1) {
      const label = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        // An answer is named by its label's first line (aria-labelledby); its hint line only describes it.
        const labelledBy = el?.getAttribute('aria-labelledby');
        const byId = labelledBy ? document.getElementById(labelledBy)?.textContent : null;
        return el
          ? (
              el.getAttribute('aria-label') ??
              byId ??
              (el as HTMLInputElement).labels?.[0]?.textContent ??
              el.textContent ??
              ''
            ).trim()
          : '';
      });
      if (label === name) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Could not reach “${name}” with Tab`);
  };
  const expectHeadingFocused = async (text: string) => {
    await expect(page.locator('h1:visible')).toHaveText(text);
    await expect(page.locator('h1:visible')).toBeFocused();
  };

  await focusOn(w.welcome.start);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(w.profile.title);
  await page.keyboard.press('Tab');
  await page.keyboard.type(profile.producerName);
  await page.keyboard.press('Tab');
  await page.keyboard.type(profile.productName);
  await focusOn(w.profile.options.productGroup.food);
  // Arrow keys move through a radio group.
  for (let i = 0; i < 5; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(w.profile.options.productGroup.tourism, { exact: true })).toBeChecked();
  await focusOn(w.profile.options.legalForm.cooperative);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByLabel(w.profile.options.legalForm['coop-group'], { exact: true })).toBeChecked();
  await focusOn(w.profile.options.ocopStatus['not-yet']);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await focusOn(w.profile.fields.province.search);
  await page.keyboard.type('Phú Thọ');
  await focusOn(w.profile.submit);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(checklistVi.pages['capacity-1']);

  // Answer the first question with the keyboard and walk the pages with "Next".
  await focusOn(w.answers.met);
  await page.keyboard.press('Space');
  await expect(item(page, 'cap-organisation').getByLabel(w.answers.met, { exact: true })).toBeChecked();
  for (let guard = 0; guard < 12; guard += 1) {
    if ((await page.locator('h1:visible').textContent()) === w.review.title) break;
    await focusOn(w.nav.next);
    await page.keyboard.press('Enter');
    await expect(page.locator('h1:visible')).toBeFocused();
  }
  await expectHeadingFocused(w.review.title);
  await focusOn(w.review.toReport);
  await page.keyboard.press('Enter');
  await expectHeadingFocused(w.report.title);
  await focusOn(w.report.generate);
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  expect((await download).suggestedFilename()).toMatch(/\.pdf$/);
});
