import { expect, test } from '@playwright/test';
import { WORDS } from './support/app';

/** `npm start` (the README's first command) serves a working app, not only the production build. */
test.use({ baseURL: `http://127.0.0.1:${process.env.E2E_DEV_PORT ?? 5175}` });

test('the development server starts the app and a new assessment', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.locator('h1')).toHaveText(WORDS.vi.welcome.title);
  await page.getByRole('button', { name: WORDS.vi.welcome.start }).click();
  await expect(page.locator('h1:visible')).toHaveText(WORDS.vi.profile.title);
  expect(errors).toEqual([]);
});
