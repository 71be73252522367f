import { expect, type Download, type Locator, type Page, type TestInfo } from '@playwright/test';
import { extractText, getDocumentProxy } from 'unpdf';
import { readFile } from 'node:fs/promises';
import en from '../../locales/en/common.json' with { type: 'json' };
import vi from '../../locales/vi/common.json' with { type: 'json' };
import type { Profile } from '../../src/content/profile-options';
import { provinceById } from '../../src/content/provinces';
import { LANGUAGE_INFO } from '../../src/domain/languages';

/** Helpers that drive the app as a user does: by labels and roles, in either language. */

export const WORDS = { vi, en } as const;
export type Lng = keyof typeof WORDS;

/**
 * The welcome screen is in index.html before the app runs (pre-rendered), and the app starts when a
 * visitor first touches the page (src/app/when-wanted.ts): move the pointer over it, as a visitor
 * does, and wait until the app has taken over.
 */
export async function untilAppRuns(page: Page): Promise<void> {
  await page.mouse.move(8, 8);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
}

export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('h1')).toBeVisible();
  // The heading is in index.html before the app runs (pre-rendered).
  await untilAppRuns(page);
}

export async function switchLanguage(page: Page, lng: Lng): Promise<void> {
  // Tap where the button is on screen: the header is sticky, and Playwright's click() would first
  // scroll the page to the button's place in the document (the top), unlike a real tap.
  const button = page.getByRole('button', { name: LANGUAGE_INFO[lng].nativeName, exact: true });
  const box = await button.boundingBox();
  if (!box) throw new Error('The language switch is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.locator('html')).toHaveAttribute('lang', lng);
}

export async function startNew(page: Page, lng: Lng = 'vi'): Promise<void> {
  await page.getByRole('button', { name: WORDS[lng].welcome.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lng].profile.title })).toBeVisible();
}

export async function fillProfile(page: Page, profile: Profile, lng: Lng = 'vi', submit = true): Promise<void> {
  const w = WORDS[lng].profile;
  await page.getByLabel(w.fields.producerName.label).fill(profile.producerName);
  await page.getByLabel(w.fields.productName.label).fill(profile.productName);
  await page.getByLabel(w.options.productGroup[profile.productGroup], { exact: true }).check();
  if (profile.productGroup !== 'tourism') {
    await page.getByLabel(w.options.rawMaterial[profile.rawMaterial], { exact: true }).check();
    // Asked of goods producers only; profiles written before the question default to "not sure".
    await page.getByLabel(w.options.traceability[profile.traceability ?? 'not-sure'], { exact: true }).check();
  }
  await page.getByLabel(w.options.legalForm[profile.legalForm], { exact: true }).check();
  await page.getByLabel(w.options.ocopStatus[profile.ocopStatus], { exact: true }).check();
  const province = provinceById(profile.province);
  if (!province) throw new Error(`Unknown province ${profile.province}`);
  await page.getByLabel(w.fields.province.search).fill(lng === 'en' ? province.en : province.vi);
  await expect(page.getByLabel(w.fields.province.label, { exact: true })).toHaveValue(province.id);
  if (submit) {
    await page.getByRole('button', { name: w.submit }).click();
    await expect(page.locator('h1:visible')).not.toHaveText(w.title);
  }
}

export const item = (page: Page, id: string): Locator => page.locator(`[data-item="${id}"]`);

export async function answer(page: Page, id: string, value: keyof typeof vi.answers, lng: Lng = 'vi'): Promise<void> {
  await item(page, id).getByLabel(WORDS[lng].answers[value], { exact: true }).check();
}

export async function next(page: Page, lng: Lng = 'vi'): Promise<void> {
  await page.getByRole('button', { name: WORDS[lng].nav.next, exact: true }).click();
}

/** The visible step heading (while a lazy screen loads, React keeps the old one hidden in the page). */
export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1:visible').textContent()) ?? '';
}

/** Clicks the report button, waits for the file and returns its extracted text (NFC, spaces folded). */
export async function downloadReport(
  page: Page,
  testInfo: TestInfo,
  lng: Lng = 'vi',
): Promise<{ text: string; download: Download; path: string }> {
  const downloadPromise = page.waitForEvent('download');
  await page.getByRole('button', { name: WORDS[lng].report.generate }).click();
  const download = await downloadPromise;
  const path = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return { text: await pdfText(path), download, path };
}

export async function pdfText(path: string): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path)));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.normalize('NFC').replace(/\s+/g, ' ');
}

const CYCLE = ['met', 'partly', 'not_met', 'unknown', 'na'] as const;

/**
 * Answers every question on every checklist page, cycling through the five
 * answers ("not applicable" with a reason), until the review. Returns the ids
 * answered, in order, and the page headings seen. `offset` continues the cycle
 * of an assessment already partly answered; `pages` stops after that many pages
 * (a journey split in halves so that each half passes on one busy core).
 */
export async function answerEverything(
  page: Page,
  lng: Lng = 'vi',
  { offset = 0, pages: limit = 30 }: { offset?: number; pages?: number } = {},
): Promise<{ ids: string[]; pages: string[] }> {
  const ids: string[] = [];
  const pages: string[] = [];
  const reviewHeading = page.getByRole('heading', { level: 1, name: WORDS[lng].review.title });
  for (let guard = 0; guard < limit && !(await reviewHeading.isVisible()); guard += 1) {
    pages.push(await heading(page));
    for (const section of await page.locator('[data-item]').all()) {
      const id = (await section.getAttribute('data-item')) ?? '';
      const value = CYCLE[(offset + ids.length) % CYCLE.length];
      await section.getByLabel(WORDS[lng].answers[value], { exact: true }).check();
      if (value === 'na') await section.getByLabel(WORDS[lng].item.reason).fill(`Không áp dụng cho ${id}`);
      ids.push(id);
    }
    await next(page, lng);
    await expect(page.locator('h1:visible')).not.toHaveText(pages[pages.length - 1]);
  }
  if (limit >= 30) await expect(reviewHeading).toBeVisible();
  return { ids, pages };
}

export async function goToReportAndDownload(page: Page, testInfo: TestInfo, lng: Lng = 'vi') {
  await page.getByRole('button', { name: WORDS[lng].review.toReport }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS[lng].report.title })).toBeVisible();
  return downloadReport(page, testInfo, lng);
}
