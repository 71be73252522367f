import { expect, test, type Page } from '@playwright/test';
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import { applicablePages } from '../src/content/applicability';
import { CONTENT_INDEX } from '../src/content/content';
import type { ItemAnswer } from '../src/domain/answers';
import { PROFILES, type ProfileName } from '../src/testing/profiles';
import {
  answer,
  answerEverything,
  fillProfile,
  goToReportAndDownload,
  item,
  next,
  openApp,
  startNew,
  WORDS,
} from './support/app';
import { everythingAnswered, openSeeded, seededAssessment } from './support/seed';

const w = WORDS.vi;

// Each journey is split in two so that each half passes on one busy core: the first clicks through every page,
// the second makes the report from the assessment the first half produces (checked to be the same one).
for (const name of Object.keys(PROFILES) as ProfileName[]) {
  // The page walk itself is split too: the first half of the pages from the welcome screen, then the rest.
  const profile = PROFILES[name];
  const allPages = applicablePages(CONTENT_INDEX, profile);
  const half = Math.ceil(allPages.length / 2);
  const titles = allPages.map((p) => checklistVi.pages[p.id as keyof typeof checklistVi.pages]);
  const idsOn = (pages: typeof allPages) => {
    const onPages = new Set(pages.flatMap((p) => p.items.map((i) => i.id)));
    return everythingAnswered(profile).ids.filter((id) => onPages.has(id));
  };
  const storedAnswers = (page: Page) =>
    page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('ocop:assessment:')) ?? '';
      return JSON.parse(localStorage.getItem(key) ?? '{}').assessment.answers as Record<string, ItemAnswer>;
    });

  test(`journey: ${name} from the welcome screen through the first half of the pages`, async ({ page }) => {
    await openApp(page);
    await startNew(page);
    await fillProfile(page, profile);
    const { ids, pages } = await answerEverything(page, 'vi', { pages: half });
    // The pages shown are exactly the ones that apply, in order.
    expect(pages).toEqual(titles.slice(0, half));
    expect(ids).toEqual(idsOn(allPages.slice(0, half)));
    const all = everythingAnswered(profile).answers;
    expect(await storedAnswers(page)).toEqual(Object.fromEntries(ids.map((id) => [id, all[id]])));
  });

  test(`journey: ${name} through the second half of the pages to the review`, async ({ page }) => {
    const all = everythingAnswered(profile).answers;
    const before = idsOn(allPages.slice(0, half));
    const start = allPages[half]?.id ?? 'review';
    await openSeeded(page, [
      {
        ...seededAssessment(start, Object.fromEntries(before.map((id) => [id, all[id]]))),
        profile,
        profileDraft: { ...profile },
      },
    ]);
    const { ids, pages } = await answerEverything(page, 'vi', { offset: before.length });
    expect(pages).toEqual(titles.slice(half));
    await expect(page.getByText(w.review.noUnanswered)).toBeVisible();
    // What was answered is what the report half starts from.
    expect([...before, ...ids]).toEqual(everythingAnswered(profile).ids);
    expect(await storedAnswers(page)).toEqual(all);
  });

  test(`journey: ${name} from the review to a downloaded report`, async ({ page }, testInfo) => {
    // Making the PDF (jsPDF and the embedded font) takes most of a minute on one busy core.
    test.slow();
    const { ids, answers } = everythingAnswered(profile);
    await openSeeded(page, [{ ...seededAssessment('review', answers), profile, profileDraft: { ...profile } }]);
    await expect(page.getByText(w.review.noUnanswered)).toBeVisible();

    const { text } = await goToReportAndDownload(page, testInfo);
    expect(text).toContain(profile.producerName);
    expect(text).toContain(profile.productName);
    // A gap from each area present cites its clause.
    const gapIds = ids.filter((_, i) => [1, 2, 3].includes(i % 5));
    expect(gapIds.length).toBeGreaterThan(0);
    for (const id of gapIds.slice(0, 3)) {
      const question = checklistVi.items[id as keyof typeof checklistVi.items] as { question: string };
      expect(text).toContain(question.question.slice(0, 40));
    }
    if (name === 'tourismService') {
      expect(text).not.toContain(checklistVi.sections.rmz.title);
      expect(text).not.toContain('Thông tư số 02/2024/TT-BKHCN');
    } else {
      expect(text).toContain('Thông tư số 02/2024/TT-BKHCN');
    }
  });
}

test('reload in the middle of typing keeps the half-typed note and the step', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.foodCoopCrop);
  await next(page);
  await expect(item(page, 'rmz-organic')).toBeVisible();
  await item(page, 'rmz-organic').getByText(w.item.more).click();
  const note = item(page, 'rmz-organic').getByLabel(w.item.note, { exact: true });
  await note.pressSequentially('Đang chuyển đổi sang hữu cơ');
  await page.reload();
  await expect(page.locator('h1')).toHaveText(checklistVi.pages['rmz-2']);
  await expect(item(page, 'rmz-organic').getByLabel(w.item.note, { exact: true })).toHaveValue(
    'Đang chuyển đổi sang hữu cơ',
  );
});

test('back and forth editing keeps every answer and shows the change in the review', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  await answer(page, 'rmz-zone', 'partly');
  await next(page);
  await answer(page, 'rmz-organic', 'met');
  await page.getByRole('button', { name: w.nav.back, exact: true }).click();
  await expect(item(page, 'rmz-zone').getByLabel(w.answers.partly, { exact: true })).toBeChecked();
  await answer(page, 'rmz-zone', 'met');
  await next(page);
  await expect(item(page, 'rmz-organic').getByLabel(w.answers.met, { exact: true })).toBeChecked();
  // Back to the profile and forward again: nothing is lost.
  await page.getByRole('button', { name: w.nav.back, exact: true }).click();
  await page.getByRole('button', { name: w.nav.back, exact: true }).click();
  await expect(page.getByLabel(w.profile.fields.producerName.label)).toHaveValue(PROFILES.herbHousehold.producerName);
  await page.getByRole('button', { name: w.profile.submit }).click();
  await expect(item(page, 'rmz-zone').getByLabel(w.answers.met, { exact: true })).toBeChecked();
});

test('jump from the review to an unanswered question and back', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.tourismService);
  await page
    .getByRole('navigation', { name: w.progress.stepsLabel })
    .getByRole('button', { name: w.review.title })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: w.review.title })).toBeVisible();
  const target = checklistVi.items['mkt-story'].question;
  // Long lists of unanswered questions are folded per area: open the market area's.
  await page
    .getByRole('region', { name: checklistVi.sections.market.title })
    .getByText(w.review.unansweredIn_other.replace('{{count}}', '8'))
    .click();
  await page
    .getByRole('listitem')
    .filter({ hasText: target })
    .getByRole('button', { name: w.review.answerNow })
    .click();
  await expect(page.locator('h1')).toHaveText(checklistVi.pages['market-1']);
  // The page opens at its top, heading focused, the position and counter in view; the question asked for is marked.
  await expect(page.locator('h1:visible')).toBeFocused();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.getByRole('navigation', { name: w.progress.stepsLabel })).toBeInViewport();
  await expect(item(page, 'mkt-story')).toHaveAttribute('data-target', 'true');
  await answer(page, 'mkt-story', 'met');
  await page.getByRole('button', { name: w.nav.backToReview }).click();
  await expect(page.getByRole('heading', { level: 1, name: w.review.title })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: target })).toHaveCount(0);
});

test('owner and target date given to a gap in the review reach the report', async ({ page }, testInfo) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.tourismService);
  await answer(page, 'cap-organisation', 'not_met');
  await page
    .getByRole('navigation', { name: w.progress.stepsLabel })
    .getByRole('button', { name: w.review.title })
    .click();
  const gap = page.getByRole('listitem').filter({ hasText: checklistVi.items['cap-organisation'].question });
  await gap.getByLabel(w.review.owner).fill('Lường Văn Thắng');
  await gap.getByLabel(w.review.due).fill('2027-06-30');
  await page.reload();
  await expect(gap.getByLabel(w.review.owner)).toHaveValue('Lường Văn Thắng');
  const { text } = await goToReportAndDownload(page, testInfo);
  expect(text).toContain('Lường Văn Thắng');
  expect(text).toContain('30/06/2027');
});

test('an answer given by mistake can be cleared back to "not yet answered"', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.tourismService);
  await answer(page, 'cap-organisation', 'met');
  await item(page, 'cap-organisation').getByRole('button', { name: w.item.clear }).click();
  await expect(item(page, 'cap-organisation').getByLabel(w.answers.met, { exact: true })).not.toBeChecked();
  await page.reload();
  await expect(item(page, 'cap-organisation').getByLabel(w.answers.met, { exact: true })).not.toBeChecked();
  await expect(item(page, 'cap-organisation').getByRole('button', { name: w.item.clear })).toHaveCount(0);
});

test('the browser’s Back button walks back through the steps instead of leaving the app', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.tourismService);
  await expect(page.locator('h1:visible')).toHaveText(checklistVi.pages['capacity-1']);
  await next(page);
  await expect(page.locator('h1:visible')).toHaveText(checklistVi.pages['capacity-2']);
  await page.goBack();
  await expect(page.locator('h1:visible')).toHaveText(checklistVi.pages['capacity-1']);
  await page.goBack();
  await expect(page.locator('h1:visible')).toHaveText(w.profile.title);
  await expect(page.getByLabel(w.profile.fields.producerName.label)).toHaveValue(PROFILES.tourismService.producerName);
  // A side page closes with Back too.
  await page.getByRole('button', { name: w.nav.legal }).click();
  await expect(page.locator('h1:visible')).toHaveText(w.legalPage.title);
  await page.goBack();
  await expect(page.locator('h1:visible')).toHaveText(w.profile.title);
});
