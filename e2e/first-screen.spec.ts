import { expect, test, type Page } from '@playwright/test';
import { untilAppRuns, WORDS, type Lng } from './support/app';

/**
 * The welcome screen is in index.html before any script runs (pre-rendered at build time, in
 * Vietnamese and, put in place before the first paint for an English browser, in English), React
 * takes it over without complaint, and a visitor for whom it does not fit (saved assessments) never
 * sees it: the first painted frame is already right, or says "Loading…".
 */

/** Every console error or warning and uncaught error of the page (a hydration mismatch is one). */
function collectProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    // Playwright's own note that it blocks the service worker (playwright.config.ts) is not the app's.
    if (msg.text().includes('blocked by Playwright')) return;
    if (msg.type() === 'error' || msg.type() === 'warning') problems.push(`${msg.type()}: ${msg.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  return problems;
}

/**
 * Before each frame is painted, what #root shows: its h1 when visible, "hidden" when not (with
 * "Loading…" in its place; "blank" without). Recorded
 * from the first frame on (an init script runs before the page's own scripts).
 */
async function recordFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = frames;
    const look = () => {
      const root = document.getElementById('root');
      if (root) {
        const hidden = getComputedStyle(root).visibility === 'hidden';
        const h1 = root.querySelector('h1')?.textContent ?? '';
        // While the screen is hidden, "Loading…" stands in its place: a hidden screen without it is a blank page.
        const line = document.querySelector('.first-wait');
        const waiting = !!line?.checkVisibility() && line.getBoundingClientRect().bottom < window.innerHeight;
        const text = hidden ? (waiting ? 'hidden' : 'blank') : h1;
        if (frames.at(-1) !== text) frames.push(text);
      }
      if (frames.length < 50) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
}

const frames = (page: Page) => page.evaluate(() => (window as unknown as { __frames: string[] }).__frames);

/**
 * A tap taken before the app runs is answered only after the whole start-up (React DOM, the screens,
 * hydration) and the tap's own work: on a machine loaded by the rest of the suite, that alone can take
 * longer than the usual 10 s. These tests check that the tap is not lost; its speed is the bench's.
 */
const AFTER_A_WHOLE_START = { timeout: 30_000 };

const ready = untilAppRuns;

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('index.html already holds the welcome heading and the start button', async ({ page, request }) => {
    const html = await (await request.get('/')).text();
    expect(html).toContain(`>${WORDS.vi.welcome.title}</h1>`);
    expect(html).toContain(`>${WORDS.vi.welcome.start}</button>`);

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.welcome.title })).toBeVisible();
    await expect(page.getByRole('button', { name: WORDS.vi.welcome.start })).toBeVisible();
  });
});

test('start-up’s files are fetched ahead after the first paint, none runs before a touch, and the app then takes them from the cache', async ({
  page,
}) => {
  const asked: { file: string; at: number }[] = [];
  const failed: string[] = [];
  page.on('request', (req) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith('/assets/') && pathname.endsWith('.js'))
      asked.push({ file: pathname.slice(1), at: Date.now() });
  });
  page.on('requestfailed', (req) => failed.push(req.url()));
  page.on('response', (res) => {
    if (!res.ok()) failed.push(`${res.status()} ${res.url()}`);
  });
  await page.goto('/');
  const listed = (await page.locator('meta[name="ocop-start-up-files"]').getAttribute('content'))?.split(' ') ?? [];
  const entry = await page.locator('script[type="module"][src^="/assets/"]').getAttribute('src');
  // The stages of src/app/boot.tsx, each in a file of its own.
  const stages = ['boot', 'i18n', 'words', 'provided-machine', 'react-dom', 'show-app'].map((stage) =>
    listed.find((file) => file.startsWith(`assets/${stage}-`)),
  );
  expect(stages).not.toContain(undefined);
  expect(listed).not.toContain(entry?.slice(1));
  // The screen is read, not touched: every file arrives (fetched by a worker), and the page runs none of the
  // stages (the service worker's registration, when the phone is idle, may share a small file with them).
  await expect.poll(() => listed.filter((file) => !asked.some((a) => a.file === file))).toEqual([]);
  const runByPage = (files: (string | undefined)[]) =>
    page.evaluate((names) => {
      const used = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return names.filter((file) => used.some((u) => u.name.endsWith(`/${file}`)));
    }, files);
  await page.waitForTimeout(1_000);
  const runBefore = await runByPage(listed);
  expect(stages.filter((file) => runBefore.includes(file))).toEqual([]);
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  // None of them before the first paint.
  const painted = await page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Infinity),
  );
  expect(Math.min(...asked.filter((a) => listed.includes(a.file)).map((a) => a.at))).toBeGreaterThan(painted);
  // The first touch starts the app, which finds every file in the browser's cache: nothing crosses the network again.
  await ready(page);
  const transferred = await page.evaluate(
    (files) =>
      files.map((file) => {
        const uses = performance.getEntriesByName(new URL(`/${file}`, location.href).href, 'resource');
        return [file, (uses.at(-1) as PerformanceResourceTiming | undefined)?.transferSize];
      }),
    listed.filter((file) => !runBefore.includes(file)),
  );
  expect(transferred).toEqual(listed.filter((file) => !runBefore.includes(file)).map((file) => [file, 0]));
  expect(failed).toEqual([]);
});

test('what “Start” needs is fetched ahead of the tap, and the tap then fetches it no more', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (req) => {
    const { pathname } = new URL(req.url());
    if (pathname.startsWith('/assets/')) asked.push(pathname.slice(1));
  });
  await page.goto('/');
  const content = await page.locator('meta[name="ocop-first-tap-files"]').getAttribute('content');
  const listed = JSON.parse(content ?? '{}') as { code: string[]; words: Record<string, string[]> };
  const wanted = [...listed.code, ...listed.words.vi];
  expect(wanted.some((file) => file.startsWith('assets/profile-screen-'))).toBe(true);
  expect(wanted.some((file) => file.startsWith('assets/storage-service-'))).toBe(true);
  // Asked for after start-up's, without a touch; not the other language's words.
  await expect.poll(() => wanted.filter((file) => !asked.includes(file))).toEqual([]);
  expect(asked).not.toContain(listed.words.en[0]);
  // The tap finds them kept: the browser's cache answers (nothing transferred), nothing is fetched again.
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).click();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.profile.title })).toBeVisible();
  const transferred = await page.evaluate(
    (files) =>
      files.map((file) => {
        const uses = performance.getEntriesByName(new URL(`/${file}`, location.href).href, 'resource');
        return { file, uses: uses.length, lastTransfer: (uses.at(-1) as PerformanceResourceTiming).transferSize };
      }),
    listed.code.filter(
      (file) => file.startsWith('assets/profile-screen-') || file.startsWith('assets/storage-service-'),
    ),
  );
  for (const { file, uses, lastTransfer } of transferred) {
    expect(uses, file).toBe(1); // fetched ahead by a worker (not in the page's timeline), then used from the cache
    expect(lastTransfer, file).toBe(0);
  }
});

for (const [lng, locale] of [
  ['vi', 'vi-VN'],
  ['en', 'en-US'],
] as const satisfies [Lng, string][]) {
  test.describe(`a browser set to ${locale}`, () => {
    test.use({ locale });
    test('a first visit hydrates the pre-rendered screen in its language (same nodes) with nothing in the console', async ({
      page,
    }) => {
      const problems = collectProblems(page);
      await recordFrames(page);
      await page.addInitScript(() => {
        document.addEventListener('DOMContentLoaded', () => {
          (window as unknown as { __h1: Element | null }).__h1 = document.querySelector('h1');
        });
      });
      await page.goto('/');
      await ready(page);
      // Hydration keeps the server's nodes; a fresh client render would have replaced them.
      expect(
        await page.evaluate(
          () => (window as unknown as { __h1: Element | null }).__h1 === document.querySelector('h1'),
        ),
      ).toBe(true);
      await expect(page.getByRole('heading', { level: 1, name: WORDS[lng].welcome.title })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lng);
      // From the first frame with anything in it, the welcome screen in the browser's language. The browser may
      // run a frame while it is still reading #root, before the script after it has put another language's
      // screen in: #root is hidden then and nothing else is on the page yet, so nothing is painted.
      const seen = await frames(page);
      expect(seen.slice(seen.findIndex((f) => f !== 'blank'))).toEqual([WORDS[lng].welcome.title]);
      expect(problems).toEqual([]);
    });

    test('“Start” tapped before the app has loaded opens the assessment in this language', async ({ page }) => {
      await slowApp(page);
      await page.goto('/', { waitUntil: 'commit' });
      await page.getByRole('button', { name: WORDS[lng].welcome.start }).click();
      await expect(page.getByRole('heading', { level: 1, name: WORDS[lng].profile.title })).toBeVisible(
        AFTER_A_WHOLE_START,
      );
    });
  });
}

for (const lng of ['en', 'vi'] as const satisfies Lng[]) {
  test(`a returning ${lng === 'en' ? 'English' : 'Vietnamese'} user with an open assessment never sees a pre-rendered screen`, async ({
    page,
  }) => {
    const problems = collectProblems(page);
    await page.goto('/');
    await ready(page);
    // An assessment is open, in the language chosen.
    if (lng === 'en') await page.evaluate(() => localStorage.setItem('ocop:language', 'en'));
    await page.goto('/');
    await ready(page);
    await page.getByRole('button', { name: WORDS[lng].welcome.start }).click();
    await expect(page.locator('h1')).toHaveText(WORDS[lng].profile.title);
    await recordFrames(page);
    await page.reload();
    await ready(page);
    const expected = WORDS[lng].profile.title;
    await expect(page.locator('h1:visible')).toHaveText(expected);
    await expect(page.locator('html')).toHaveAttribute('lang', lng);
    // Every painted frame: "Loading…", or the right screen; never the Vietnamese welcome screen, nor a blank page.
    expect((await frames(page)).filter((f) => f !== 'hidden' && f !== '' && f !== expected)).toEqual([]);
    expect(problems).toEqual([]);
  });
}

/** The app's code held back until the returned function is called: taps made before are surely early. */
async function holdApp(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/boot-.*\.js$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/**
 * A slow connection: the app's code arrives `delay` ms after the page is asked for, well after the
 * pre-rendered screen is on the phone. Every request for it waits until then and no longer: the
 * worker's fetch ahead and the app's import later (Playwright's routing bypasses the browser's cache,
 * which would answer the second) are one arrival, not two delays.
 */
async function slowApp(page: Page, delay = 1_500) {
  const arrived = new Promise((resolve) => setTimeout(resolve, delay));
  await page.route(/\/assets\/boot-.*\.js$/, async (route) => {
    await arrived;
    await route.continue();
  });
}

test('a keyboard user who presses Enter on “Start” before the app has loaded still starts', async ({ page }) => {
  await slowApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.profile.title })).toBeVisible(AFTER_A_WHOLE_START);
});

test('a reader who scrolled before the app loaded keeps the place when it takes over', async ({ page }) => {
  await slowApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.welcome.title })).toBeVisible();
  await page.mouse.move(180, 400);
  await page.mouse.wheel(0, 400);
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
});

test('a file chosen before the app has loaded is read once it has', async ({ page }) => {
  await slowApp(page, 4_000);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByLabel(WORDS.vi.welcome.import).setInputFiles({
    name: 'other.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"survey": true}'),
  });
  await expect(page.locator('html')).not.toHaveAttribute('data-app', 'ready');
  await expect(page.getByRole('alert')).toContainText(WORDS.vi.notices.import['not-ocop'], AFTER_A_WHOLE_START);
});

test('“English” then “Start” tapped before the app has loaded: the page shows the taps were taken, and the assessment opens in English', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).click();
  // Before the app runs, a bar along the top and "Loading…" say the taps were taken (first-paint.css).
  await expect(page.locator('html')).toHaveAttribute('data-waiting', '');
  await expect(page.locator('.first-wait')).toBeInViewport();
  expect(await page.locator('html').getAttribute('data-app')).toBeNull();
  release();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.en.profile.title })).toBeVisible(AFTER_A_WHOLE_START);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).not.toHaveAttribute('data-waiting');
});

test('“English”, then “Tiếng Việt”, then “Start” tapped before the app has loaded: the last language tapped wins', async ({
  page,
}) => {
  const release = await holdApp(page);
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'English', exact: true }).click();
  await page.getByRole('button', { name: 'Tiếng Việt', exact: true }).click();
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).click();
  release();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.profile.title })).toBeVisible(AFTER_A_WHOLE_START);
  // English's words may arrive after the Vietnamese tap was repeated: they must not switch the page.
  await page.waitForLoadState('networkidle');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.profile.title })).toBeVisible();
});

test('“Start” tapped again and again while storage’s code is on its way makes one assessment', async ({ page }) => {
  // On a first visit, storage's code is loaded with the first tap that needs it.
  await page.route(/\/assets\/storage-service-.*\.js$/, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await route.continue();
  });
  await page.goto('/');
  await untilAppRuns(page);
  const start = page.getByRole('button', { name: WORDS.vi.welcome.start });
  const box = await start.boundingBox();
  if (!box) throw new Error('“Start” is not on screen');
  // Taps on the spot where the button is, as a finger does (a locator's click would wait for the button).
  const tap = () => page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await tap();
  await expect(page.locator('html')).toHaveAttribute('data-waiting', '');
  await tap();
  await tap();
  await expect(page.getByRole('heading', { level: 1, name: WORDS.vi.profile.title })).toBeVisible();
  const saved = () => page.evaluate(() => Object.keys(localStorage).filter((k) => /^ocop:assessment:/.test(k)).length);
  expect(await saved()).toBe(1);
  // Back without typing anything: that one assessment is removed too, and the list is empty.
  await page.getByRole('button', { name: WORDS.vi.nav.back }).click();
  await expect(page.getByText(WORDS.vi.welcome.empty)).toBeVisible();
  expect(await saved()).toBe(0);
});
