import { expect, test } from '@playwright/test';
import { WORDS } from './support/app';

/** `npm start` (the README's first command) serves a working app, not only the production build. */
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_DEV_PORT ?? 5175}` });

test('the development server starts the app and a new assessment', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  // The dev server compiles each module on first request, and the app's modules are requested after
  // the entry has run (src/app/main.tsx): on a busy machine that takes longer than one expect's wait.
  await expect(page.locator('html')).toHaveAttribute('data-app', 'ready', { timeout: 40_000 });
  await expect(page.locator('h1')).toHaveText(WORDS.vi.welcome.title);
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).click();
  await expect(page.locator('h1:visible')).toHaveText(WORDS.vi.profile.title);
  expect(errors).toEqual([]);
});
