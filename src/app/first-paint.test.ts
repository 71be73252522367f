// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../i18n/i18n';
import { prerenderIsStale, type StorageView } from './first-paint';
import { FIRST_PAINT_FACTS } from './first-paint-facts';
import { renderFirstScreen } from './prerender';

/** A Storage-like view over plain entries (insertion order is the key order). */
function storageOf(entries: Record<string, string>): StorageView {
  const keys = Object.keys(entries);
  return { length: keys.length, key: (i) => keys[i] ?? null, getItem: (k) => entries[k] ?? null };
}

const tags = fc.constantFrom('vi', 'vi-VN', 'VI', 'en', 'en-GB', 'EN-us', 'fr-FR', 'de', 'zh-Hans-CN', '');
const storedLanguage = fc.option(fc.constantFrom('vi', 'en', 'fr', ''), { nil: undefined });
const otherKeys = fc.subarray([
  'ocop:assessment:1',
  'ocop:open',
  'ocop:trash:2',
  'ocop:quarantine:3',
  'theme',
  'other:ocop',
]);

describe('the first-paint check', () => {
  it('keeps the pre-rendered screen exactly when the app would start in its language with nothing saved', () => {
    fc.assert(
      fc.property(storedLanguage, fc.array(tags, { maxLength: 4 }), otherKeys, (stored, browser, keys) => {
        const entries: Record<string, string> = Object.fromEntries(keys.map((k) => [k, '{}']));
        if (stored !== undefined) entries[FIRST_PAINT_FACTS.languageKey] = stored;
        const saved = keys.some((k) => k.startsWith('ocop:'));
        const language = detectLanguage(stored ?? null, browser);
        expect(prerenderIsStale(storageOf(entries), browser, FIRST_PAINT_FACTS)).toBe(
          saved || language !== FIRST_PAINT_FACTS.prerendered,
        );
      }),
    );
  });

  it('is inlined into index.html as a script that works on its own, and the screen is the welcome screen', async () => {
    const { html, gateScript } = await renderFirstScreen();
    expect(html).toMatch(/<h1[^>]*>Tự đánh giá sản phẩm OCOP<\/h1>/);

    const run = (stored: Record<string, string>, languages: string[]) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, v);
      Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
      document.documentElement.removeAttribute('data-prerender');
      // Exactly what the browser runs from index.html's <head>.
      new Function(gateScript)();
      return document.documentElement.getAttribute('data-prerender');
    };
    expect(run({}, ['vi-VN'])).toBeNull();
    expect(run({ 'ocop:language': 'vi' }, ['en-US'])).toBeNull();
    expect(run({ 'ocop:language': 'en' }, ['vi-VN'])).toBe('stale');
    expect(run({}, ['en-US', 'vi'])).toBe('stale');
    expect(run({ 'ocop:open': 'x' }, ['vi-VN'])).toBe('stale');
  });
});
