/**
 * Whether the welcome screen pre-rendered into index.html fits this visitor.
 *
 * index.html carries the welcome screen as a first visitor sees it: in Vietnamese, with no saved
 * assessment. A visitor who reads English, or who has assessments on this device (one of them
 * possibly open), would see the wrong screen for a moment. The check runs twice:
 * - inlined in index.html's <head>, before the first paint: a stale screen is hidden
 *   (`html[data-prerender="stale"] #root`, see first-paint.css) until the app has drawn the right one;
 * - in boot.tsx, which hydrates the pre-rendered screen only when it fits, and renders afresh otherwise
 *   (also when the inline copy did not run).
 *
 * Self-contained on purpose: the build inlines this function's source text, so it may use nothing
 * but its arguments. Its language choice must equal `detectLanguage` (src/i18n/i18n.ts); a unit
 * test holds the two together.
 */
export interface FirstPaintFacts {
  /** Every key the app writes starts with this. */
  prefix: string;
  /** The stored UI language: the one key that leaves the welcome screen as pre-rendered (when it names that language). */
  languageKey: string;
  languages: readonly string[];
  defaultLanguage: string;
  /** The language the pre-rendered screen is in. */
  prerendered: string;
}

export type StorageView = Pick<Storage, 'length' | 'key' | 'getItem'>;

export function prerenderIsStale(
  storage: StorageView,
  browserLanguages: readonly string[],
  facts: FirstPaintFacts,
): boolean {
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && key.indexOf(facts.prefix) === 0 && key !== facts.languageKey) return true;
  }
  const stored = storage.getItem(facts.languageKey);
  if (stored !== null && facts.languages.indexOf(stored) >= 0) return stored !== facts.prerendered;
  for (let i = 0; i < browserLanguages.length; i += 1) {
    const base = String(browserLanguages[i]).toLowerCase().split('-')[0];
    if (facts.languages.indexOf(base) >= 0) return base !== facts.prerendered;
  }
  return facts.defaultLanguage !== facts.prerendered;
}

/** The attribute on <html> that hides a stale pre-rendered screen until the app replaces it. */
export const STALE_ATTRIBUTE = 'data-prerender';

/**
 * The attribute on <html> that says a tap is being answered (a bar along the top, first-paint.css): set by
 * the inline script for a tap before the app runs, and by the app while an assessment is being opened.
 */
export const WAITING_ATTRIBUTE = 'data-waiting';
