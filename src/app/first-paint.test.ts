// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../i18n/i18n';
import { firstPaintLanguage, type StorageView } from './first-paint';
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
  it('picks the pre-rendered screen in the language the app would start in, and none when something is saved', () => {
    fc.assert(
      fc.property(storedLanguage, fc.array(tags, { maxLength: 4 }), otherKeys, (stored, browser, keys) => {
        const entries: Record<string, string> = Object.fromEntries(keys.map((k) => [k, '{}']));
        if (stored !== undefined) entries[FIRST_PAINT_FACTS.languageKey] = stored;
        const saved = keys.some((k) => k.startsWith('ocop:'));
        const language = detectLanguage(stored ?? null, browser);
        expect(firstPaintLanguage(storageOf(entries), browser, FIRST_PAINT_FACTS)).toBe(saved ? null : language);
      }),
    );
  });

  it('is inlined into index.html as two scripts that work on their own, and the screen is the welcome screen in the visitor’s language', async () => {
    const { html, others, gateScript, swapScript, body, waitingLine } = await renderFirstScreen();
    expect(html).toMatch(/<h1[^>]*>Tự đánh giá sản phẩm OCOP<\/h1>/);
    expect(others.map((o) => o.lng)).toEqual(['en']);
    expect(others[0]?.html).toMatch(/<h1[^>]*>OCOP product self-assessment<\/h1>/);

    const run = (stored: Record<string, string>, languages: string[]) => {
      localStorage.clear();
      for (const [k, v] of Object.entries(stored)) localStorage.setItem(k, v);
      Object.defineProperty(navigator, 'languages', { value: languages, configurable: true });
      const page = document.documentElement;
      page.removeAttribute('data-prerender');
      page.lang = 'vi';
      document.title = 'Tự đánh giá OCOP';
      // Exactly what the browser runs from index.html: the gate in <head>, the body, the swap at its end.
      new Function(gateScript)();
      document.body.innerHTML = `${body}${waitingLine}`;
      new Function(swapScript)();
      const hidden = page.getAttribute('data-prerender');
      return { hidden, lang: page.lang, h1: document.querySelector('#root h1')?.textContent, title: document.title };
    };
    const vi = { hidden: null, lang: 'vi', h1: 'Tự đánh giá sản phẩm OCOP', title: 'Tự đánh giá OCOP' };
    const en = { hidden: null, lang: 'en', h1: 'OCOP product self-assessment', title: 'OCOP self-assessment' };
    expect(run({}, ['vi-VN'])).toEqual(vi);
    expect(run({ 'ocop:language': 'vi' }, ['en-US'])).toEqual(vi);
    expect(run({ 'ocop:language': 'en' }, ['vi-VN'])).toEqual(en);
    expect(run({}, ['en-US', 'vi'])).toEqual(en);
    expect(run({ 'ocop:open': 'x' }, ['vi-VN'])).toMatchObject({ hidden: 'stale', lang: 'vi' });
    expect(run({ 'ocop:open': 'x', 'ocop:language': 'en' }, ['vi-VN'])).toMatchObject({ hidden: 'stale' });
  });
});
