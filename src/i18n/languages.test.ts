import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_INFO, LANGUAGES, LAW_LANGUAGE } from '../domain/languages';
import { LOCALES } from '../testing/i18n';
import { DEFAULT_LANGUAGE, NAMESPACES } from './config';
import glossary from './glossary.json' with { type: 'json' };

/**
 * A language is a row in src/domain/languages.ts plus its locale files, and nothing else may be left
 * to chance: every piece a row needs is checked here for every language, so a third one fails loudly
 * until it is complete, instead of quietly being formatted, sorted or labelled as another language.
 */

const LOCALES_DIR = new URL('../../locales/', import.meta.url);
const primary = (tag: string) => new Intl.Locale(tag).language;

describe('the language table', () => {
  it('has a locale folder for every language and a language for every locale folder', () => {
    const folders = readdirSync(LOCALES_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(folders.sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(LANGUAGES)('%s: every namespace has its file and is loaded by the tests', (lng) => {
    for (const ns of NAMESPACES) {
      expect(existsSync(new URL(`${lng}/${ns}.json`, LOCALES_DIR)), `locales/${lng}/${ns}.json`).toBe(true);
      expect(Object.keys(LOCALES[lng][ns]).length, `${lng}:${ns} in src/testing/i18n.ts`).toBeGreaterThan(0);
    }
  });

  it.each(LANGUAGES)('%s: the Intl locale, plural rules and PDF language are real and of this language', (lng) => {
    const row = LANGUAGE_INFO[lng];
    // Intl falls back silently to the default locale for one it lacks: ask whether it has this one.
    expect(Intl.NumberFormat.supportedLocalesOf([row.intl]), 'numbers').toEqual([row.intl]);
    expect(Intl.DateTimeFormat.supportedLocalesOf([row.intl]), 'dates').toEqual([row.intl]);
    expect(Intl.Collator.supportedLocalesOf([row.intl]), 'sorting').toEqual([row.intl]);
    expect(Intl.PluralRules.supportedLocalesOf([lng])).toEqual([lng]);
    expect(primary(row.intl)).toBe(lng);
    expect(Intl.getCanonicalLocales(row.pdfLanguage)).toEqual([row.pdfLanguage]);
    expect(primary(row.pdfLanguage)).toBe(lng);
  });

  it.each(LANGUAGES)('%s: has a name of its own, in NFC', (lng) => {
    const name = LANGUAGE_INFO[lng].nativeName;
    expect(name.trim()).not.toBe('');
    expect(name).toBe(name.normalize('NFC'));
  });

  it('gives every language a different name', () => {
    const names = LANGUAGES.map((l) => LANGUAGE_INFO[l].nativeName);
    expect(new Set(names).size).toBe(LANGUAGES.length);
  });

  it('holds the glossary for every language the law is translated into', () => {
    // Each glossary pair gives the Vietnamese term and its rendering; a new language needs its own.
    const pairs = (glossary as { pairs: Record<string, unknown>[] }).pairs;
    for (const lng of LANGUAGES.filter((l) => l !== LAW_LANGUAGE)) {
      for (const pair of pairs) expect(typeof pair[lng], `${JSON.stringify(pair)} lacks ${lng}`).toBe('string');
    }
  });

  it('starts in a language the table has', () => {
    expect(LANGUAGES).toContain(DEFAULT_LANGUAGE);
    expect(LANGUAGES).toContain(LAW_LANGUAGE);
  });
});
