/**
 * Which of the welcome screens pre-rendered into index.html fits this visitor.
 *
 * index.html carries the welcome screen as a first visitor sees it, with no saved assessment: in
 * Vietnamese in `#root`, and in every other language in a `<template>` beside it. A visitor who has
 * assessments on this device (one of them possibly open) would see the wrong screen for a moment.
 * The check runs twice:
 * - inlined in index.html's <head>, before the first paint: when no screen fits, `#root` is hidden
 *   (`html[data-prerender="stale"]`, see first-paint.css) until the app has drawn the right one; when
 *   another language's screen fits, a second inline script right after `#root` puts it in;
 * - in boot.tsx, which hydrates the screen in `#root` only when it fits, and renders afresh otherwise
 *   (also when the inline copies did not run).
 *
 * Self-contained on purpose: the build inlines this function's source text, so it may use nothing
 * but its arguments. Its language choice must equal `detectLanguage` (src/i18n/i18n.ts); a unit
 * test holds the two together.
 */
export interface FirstPaintFacts {
  /** Every key the app writes starts with this. */
  prefix: string;
  /** The stored UI language: the one key that leaves the welcome screen as pre-rendered. */
  languageKey: string;
  languages: readonly string[];
  defaultLanguage: string;
}

export type StorageView = Pick<Storage, 'length' | 'key' | 'getItem'>;

/** The language whose pre-rendered welcome screen this visitor should see, or null when none fits (something is saved). */
export function firstPaintLanguage(
  storage: StorageView,
  browserLanguages: readonly string[],
  facts: FirstPaintFacts,
): string | null {
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key !== null && key.indexOf(facts.prefix) === 0 && key !== facts.languageKey) return null;
  }
  const stored = storage.getItem(facts.languageKey);
  if (stored !== null && facts.languages.indexOf(stored) >= 0) return stored;
  for (let i = 0; i < browserLanguages.length; i += 1) {
    const base = String(browserLanguages[i]).toLowerCase().split('-')[0];
    if (facts.languages.indexOf(base) >= 0) return base;
  }
  return facts.defaultLanguage;
}

/**
 * The attribute on <html> that hides `#root` before the first paint: "stale" until the app has drawn
 * the right screen, or the language whose pre-rendered screen the script after `#root` is to put in.
 */
export const PRERENDER_ATTRIBUTE = 'data-prerender';

/**
 * The attribute on <html> that says a tap is being answered (a bar along the top, first-paint.css): set by
 * the inline script for a tap before the app runs, and by the app while an assessment is being opened.
 */
export const WAITING_ATTRIBUTE = 'data-waiting';
