import { expect, test, type Page } from '@playwright/test';
import checklistVi from '../locales/vi/checklist.json' with { type: 'json' };
import { PROFILES } from '../src/testing/profiles';
import { fillProfile, item, openApp, startNew, switchLanguage, WORDS, type Lng } from './support/app';

/**
 * The checklist on a 360 × 740 phone: every page opens at its top with focus
 * on its heading, and the heading, the position, the answered counter, the
 * progress bar and the first question's five answers are all on the first
 * screen, clear of the sticky header; the area tabs say how far each area is
 * and keep the current one in view.
 */

test.use({ viewport: { width: 360, height: 740 } });

/** What is on the first screen of the page just opened. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element | null | undefined) => el?.getBoundingClientRect() ?? null;
    const header = box(document.querySelector('.app-header'));
    const nav = document.querySelector('nav.progress');
    const firstItem = document.querySelector('[data-item]');
    const answers = firstItem
      ? [...firstItem.querySelectorAll('input[type=radio]')].map((r) => box(r.closest('label')))
      : [];
    const tabs = nav?.querySelector('.steps');
    const current = box(tabs?.querySelector('[aria-current="step"]'));
    return {
      scrollY: window.scrollY,
      height: window.innerHeight,
      headerBottom: header?.bottom ?? 0,
      headingFocused: document.activeElement === document.querySelector('h1'),
      headingBox: box(document.querySelector('h1')),
      navBox: box(nav),
      position: nav?.querySelector('.progress__line')?.textContent ?? '',
      answerCount: answers.length,
      lastAnswerBottom: answers.at(-1)?.bottom ?? Number.POSITIVE_INFINITY,
      tabsBox: box(tabs),
      currentTab: current,
    };
  });
}

async function walk(page: Page, lng: Lng) {
  const w = WORDS[lng];
  const reviewHeading = page.getByRole('heading', { level: 1, name: w.review.title });
  let pages = 0;
  for (let guard = 0; guard < 20 && !(await reviewHeading.isVisible()); guard += 1) {
    const title = (await page.locator('h1:visible').textContent()) ?? '';
    await expect(page.locator('h1:visible')).toBeFocused();
    const s = await firstScreen(page);
    const where = `${lng} “${title}”`;
    expect(s.scrollY, `${where} opens at the top`).toBe(0);
    expect(s.headingFocused, `${where} heading focused`).toBe(true);
    expect(s.navBox?.top ?? -1, `${where} progress clear of the header`).toBeGreaterThanOrEqual(s.headerBottom);
    expect(s.headingBox?.bottom ?? 1e9, `${where} heading on screen`).toBeLessThanOrEqual(s.height);
    const position = lng === 'vi' ? /Lĩnh vực [1-4]\/4 · trang \d\/\d/ : /Area [1-4] of 4 · page \d of \d/;
    expect(s.position, `${where} position`).toMatch(position);
    expect(s.answerCount).toBe(5);
    expect(s.lastAnswerBottom, `${where}: the first question's five answers on the first screen`).toBeLessThanOrEqual(
      s.height,
    );
    // The current area's tab is wholly inside the tab row's visible part.
    expect(s.currentTab && s.tabsBox).toBeTruthy();
    expect(s.currentTab!.left).toBeGreaterThanOrEqual(s.tabsBox!.left - 1);
    expect(s.currentTab!.right).toBeLessThanOrEqual(s.tabsBox!.right + 1);

    for (const section of await page.locator('[data-item]').all()) {
      await section.getByLabel(w.answers.met, { exact: true }).check();
    }
    await page.getByRole('button', { name: w.nav.next, exact: true }).click();
    await expect(page.locator('h1:visible')).not.toHaveText(title);
    pages += 1;
  }
  await expect(reviewHeading).toBeVisible();
  return pages;
}

for (const lng of ['vi', 'en'] as const) {
  test(`${lng}: every checklist page opens at the top with its position, counter and first answers on one phone screen`, async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await openApp(page);
    if (lng === 'en') await switchLanguage(page, 'en');
    await startNew(page, lng);
    // Scrolled down the long profile form: the first checklist page must still open at its top.
    await fillProfile(page, PROFILES.herbHousehold, lng);
    expect(await walk(page, lng)).toBeGreaterThan(10);
  });
}

test('the area tabs show each area’s state in words and numbers, and a finished area says so', async ({ page }) => {
  const w = WORDS.vi;
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  const tabs = page.getByRole('navigation', { name: w.progress.stepsLabel });
  const rmzTab = tabs.getByRole('button', { name: checklistVi.sections.rmz.title });
  await expect(rmzTab).toContainText(/0\/\d+ câu/);
  const total = Number((await rmzTab.textContent())?.match(/0\/(\d+)/)?.[1]);
  // Answer the whole first area.
  for (let guard = 0; guard < 5; guard += 1) {
    if (!(await tabs.getByRole('button', { name: checklistVi.sections.rmz.title }).getAttribute('aria-current'))) break;
    for (const section of await page.locator('[data-item]').all())
      await section.getByLabel(w.answers.met, { exact: true }).check();
    const title = (await page.locator('h1:visible').textContent()) ?? '';
    await page.getByRole('button', { name: w.nav.next, exact: true }).click();
    await expect(page.locator('h1:visible')).not.toHaveText(title);
  }
  const done = w.progress.areaDone.replace('{{answered}}', String(total)).replace('{{total}}', String(total));
  await expect(tabs.getByRole('button', { name: checklistVi.sections.rmz.title })).toContainText(done);
  await expect(tabs.getByRole('button', { name: checklistVi.sections.trace.title })).toHaveAttribute(
    'aria-current',
    'step',
  );
  await expect(tabs.getByRole('button', { name: checklistVi.sections.trace.title })).not.toContainText(
    w.progress.areaDone.split(' ')[0],
  );
});

test('the header’s home button is named by what it shows (WCAG 2.5.3)', async ({ page }) => {
  for (const lng of ['vi', 'en'] as const) {
    await openApp(page);
    if (lng === 'en') await switchLanguage(page, 'en');
    await startNew(page, lng);
    const home = page.locator('.app-header button.app-header__brand');
    // What a sighted user reads on the button: its text without the visually hidden part.
    const visible = (
      await home.evaluate((el) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.visually-hidden').forEach((h) => h.remove());
        return copy.textContent ?? '';
      })
    ).trim();
    expect(visible).toBe(WORDS[lng].app.name);
    await expect(page.getByRole('button', { name: visible })).toHaveCount(1);
    await expect(home).toHaveAccessibleName(new RegExp(`^${WORDS[lng].app.name}`));
    await home.click();
    await expect(page.getByRole('heading', { level: 1, name: WORDS[lng].welcome.title })).toBeVisible();
    if (lng === 'en') await switchLanguage(page, 'vi');
  }
});

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });
  test('the offline-ready notice is a small line in the footer, over no form field', async ({ page }) => {
    await openApp(page);
    await startNew(page);
    const note = page.getByText(WORDS.vi.update.offlineReady);
    await expect(note).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('footer').getByText(WORDS.vi.update.offlineReady)).toBeVisible();
    const covered = await page.evaluate((text) => {
      const el = [...document.querySelectorAll('p')].find((p) => p.textContent === text);
      if (!el) return ['not found'];
      const r = el.getBoundingClientRect();
      return [...document.querySelectorAll('main input, main select, main textarea, main button, main label')]
        .map((f) => ({ f, b: f.getBoundingClientRect() }))
        .filter(({ b }) => b.width > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top)
        .map(({ f }) => f.outerHTML.slice(0, 60));
    }, WORDS.vi.update.offlineReady);
    expect(covered).toEqual([]);
    expect(await note.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  });
});

test('the phone’s Back closes an open clause text and stays on the page', async ({ page }) => {
  const w = WORDS.vi;
  await openApp(page);
  await startNew(page);
  await fillProfile(page, PROFILES.herbHousehold);
  const heading = (await page.locator('h1:visible').textContent()) ?? '';
  await item(page, 'rmz-zone').getByText(w.item.details).click();
  await item(page, 'rmz-zone').getByRole('button', { name: w.item.showClause }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.locator('h1:visible')).toHaveText(heading);
  // The step's history entry is back: a second Back leaves the page as usual.
  await page.goBack();
  await expect(page.locator('h1:visible')).toHaveText(w.profile.title);
});
