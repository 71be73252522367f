import { expect, test, type Page } from '@playwright/test';
import checklistEn from '../locales/en/checklist.json' with { type: 'json' };
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import { PROVINCES } from '../src/content/provinces';
import { PROFILES } from '../src/testing/profiles';
import { answer, fillProfile, item, openApp, startNew, switchLanguage, WORDS, type Lng } from './support/app';

/**
 * Switching language changes the words and nothing else: same step, same
 * answers, same half-typed text, and no word left in the other language
 * (instrument numbers, proper names and what the user typed excepted).
 */

const VIETNAMESE_LETTERS = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

/** English strings long enough to be unmistakable and absent from the Vietnamese files. */
const ENGLISH_ONLY = (() => {
  const vi = new Set([...strings(WORDS.vi), ...strings(checklistVi)]);
  return [...strings(WORDS.en), ...strings(checklistEn)]
    .filter((s) => s.length >= 14 && !vi.has(s) && !s.includes('{{'))
    .map((s) => s.split('\n')[0]);
})();

/** Proper names stay as they are in both languages: provinces, with their former names. */
const PROPER_NAMES = PROVINCES.flatMap((p) => [p.vi, ...p.formerly, ...p.aliases]).sort((a, b) => b.length - a.length);

/** Visible text with what the user typed, proper names, instrument numbers and the other language's own name removed. */
async function visibleText(page: Page, typed: string[]): Promise<string> {
  let text = await page.locator('body').innerText();
  for (const t of [...typed, ...PROPER_NAMES]) text = text.split(t).join(' ');
  return text
    .replace(/\b\d+\/(?:\d{4}\/)?[A-ZĐ]+(?:-[A-ZĐ]+)*/g, ' ') // 05/2022/TT-BNNPTNT, 148/QĐ-TTg, 109/2018/NĐ-CP
    .replace(/Tiếng Việt|English/g, ' ');
}

async function expectOnlyLanguage(page: Page, lng: Lng, typed: string[] = []) {
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
  await expect(page).toHaveTitle(WORDS[lng].app.documentTitle);
  const text = await visibleText(page, typed);
  if (lng === 'en') {
    const leftovers = text.split(/\s+/).filter((w) => VIETNAMESE_LETTERS.test(w));
    expect(leftovers, 'Vietnamese words on an English screen').toEqual([]);
  } else {
    const leftovers = ENGLISH_ONLY.filter((s) => text.includes(s));
    expect(leftovers, 'English text on a Vietnamese screen').toEqual([]);
  }
}

test('switching on every step type keeps every answer and half-typed value, and leaves no other-language text', async ({
  page,
}) => {
  const profile = PROFILES.handicraftForest;
  const typed = [profile.producerName, profile.productName];
  await openApp(page);
  await expectOnlyLanguage(page, 'vi');
  await switchLanguage(page, 'en');
  await expectOnlyLanguage(page, 'en');
  // The switch keeps focus where it was.
  await expect(page.getByRole('button', { name: 'English', exact: true })).toBeFocused();
  await switchLanguage(page, 'vi');

  // Profile: half filled, then an attempt to continue shows errors in the current language.
  await startNew(page);
  await page.getByLabel(WORDS.vi.profile.fields.producerName.label).fill(profile.producerName);
  await page.getByLabel(WORDS.vi.profile.options.productGroup.handicraft, { exact: true }).check();
  await page.getByRole('button', { name: WORDS.vi.profile.submit }).click();
  await expect(page.getByText(WORDS.vi.errors.required).first()).toBeVisible();
  await switchLanguage(page, 'en');
  await expect(page.getByLabel(WORDS.en.profile.fields.producerName.label)).toHaveValue(profile.producerName);
  await expect(page.getByLabel(WORDS.en.profile.options.productGroup.handicraft, { exact: true })).toBeChecked();
  await expect(page.getByText(WORDS.en.errors.required).first()).toBeVisible();
  await expect(page.getByText(WORDS.vi.errors.required)).toHaveCount(0);
  await expectOnlyLanguage(page, 'en', typed);
  await fillProfile(page, profile, 'en');

  // A checklist page with an answer and a half-typed note.
  await answer(page, 'rmz-zone', 'partly', 'en');
  await item(page, 'rmz-zone').getByText(WORDS.en.item.more).click();
  const note = 'Bản đồ vùng mây đang vẽ';
  await item(page, 'rmz-zone').getByLabel(WORDS.en.item.note, { exact: true }).pressSequentially(note);
  // Scroll the second question to the top of the screen; after the switch it stays there, although
  // the texts above it change length.
  await page.evaluate(() => {
    const second = document.querySelector('[data-item="rmz-zone"]');
    window.scrollBy(0, (second?.getBoundingClientRect().top ?? 0) - 120);
  });
  const second = item(page, 'rmz-zone').locator('legend');
  const before = (await second.boundingBox())?.y ?? 0;
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(400);
  await switchLanguage(page, 'vi');
  await expect.poll(async () => Math.abs(((await second.boundingBox())?.y ?? 0) - before)).toBeLessThan(40);
  await expect(item(page, 'rmz-zone').getByLabel(WORDS.vi.answers.partly, { exact: true })).toBeChecked();
  await expect(item(page, 'rmz-zone').getByLabel(WORDS.vi.item.note, { exact: true })).toHaveValue(note);
  await expect(page.locator('h1:visible')).toHaveText(checklistVi.pages['rmz-1']);
  await expectOnlyLanguage(page, 'vi', [...typed, note]);
  await switchLanguage(page, 'en');
  await expectOnlyLanguage(page, 'en', [...typed, note]);

  // The clause viewer: English rendering, labelled unofficial.
  await item(page, 'rmz-zone').getByText(WORDS.en.item.details).click();
  await item(page, 'rmz-zone').getByRole('button', { name: WORDS.en.item.showClause }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByText('Unofficial translation').first()).toBeVisible();
  await expectOnlyLanguage(page, 'en', [...typed, note]);
  await dialog.getByRole('button', { name: WORDS.en.nav.close }).click();

  // Review and report.
  await page
    .getByRole('navigation', { name: WORDS.en.progress.stepsLabel })
    .getByRole('button', { name: WORDS.en.review.title })
    .click();
  await expect(page.locator('h1:visible')).toHaveText(WORDS.en.review.title);
  await expectOnlyLanguage(page, 'en', typed);
  await switchLanguage(page, 'vi');
  await expectOnlyLanguage(page, 'vi', typed);
  await page.getByRole('button', { name: WORDS.vi.review.toReport }).first().click();
  await page.getByLabel('English').check();
  await expectOnlyLanguage(page, 'vi', typed);
  await switchLanguage(page, 'en');
  await expectOnlyLanguage(page, 'en', typed);
  // The report language is its own choice: switching the screen did not change it.
  await expect(page.getByLabel('English')).toBeChecked();
});

test.describe('first visit in an English-language browser', () => {
  test.use({ locale: 'en-US' });

  test('starts in English, and the choice persists across reloads', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toHaveText(WORDS.en.welcome.title);
    await switchLanguage(page, 'vi');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('h1')).toHaveText(WORDS.vi.welcome.title);
  });
});

test('the legal basis and privacy pages are fully translated too', async ({ page }) => {
  await openApp(page);
  await switchLanguage(page, 'en');
  await page.getByRole('button', { name: WORDS.en.nav.legal }).click();
  await expect(page.locator('h1:visible')).toHaveText(WORDS.en.legalPage.title);
  await expectOnlyLanguage(page, 'en');
  await page.getByRole('button', { name: WORDS.en.nav.back, exact: true }).click();
  await page.getByRole('button', { name: WORDS.en.nav.privacy }).click();
  await expectOnlyLanguage(page, 'en');
  await switchLanguage(page, 'vi');
  await expectOnlyLanguage(page, 'vi');
});

test('the province search finds a unit by a former province name, in Vietnamese collation order', async ({ page }) => {
  await openApp(page);
  await startNew(page);
  await page.getByLabel(WORDS.vi.profile.fields.province.search).fill('ha giang');
  await expect(page.getByLabel(WORDS.vi.profile.fields.province.label, { exact: true })).toHaveValue('tuyen-quang');
  await page.getByLabel(WORDS.vi.profile.fields.province.search).fill('');
  const options = await page
    .getByLabel(WORDS.vi.profile.fields.province.label, { exact: true })
    .locator('option')
    .allTextContents();
  const names = options.slice(1);
  expect(names).toHaveLength(34);
  expect([...names].sort(new Intl.Collator('vi').compare)).toEqual(names);
  expect(names.indexOf('An Giang')).toBeLessThan(names.indexOf('Bắc Ninh'));
  // Đ is its own letter after D: the Đ provinces sit between C and G.
  expect(names.indexOf('Đà Nẵng')).toBeGreaterThan(names.indexOf('Cần Thơ'));
  expect(names.indexOf('Đồng Tháp')).toBeLessThan(names.indexOf('Gia Lai'));
});
