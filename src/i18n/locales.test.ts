import { describe, expect, it } from 'vitest';
import { LEGAL_FORMS, OCOP_STATUSES, PRODUCT_GROUPS, RAW_MATERIALS, TRACEABILITY } from '../content/profile-options';
import { LANGUAGES } from '../domain/languages';
import { flattenKeys, LOCALES, PLURAL } from '../testing/i18n';
import { NAMESPACES } from './config';

/**
 * Parity of every language with Vietnamese, the language the texts are written in first: same keys
 * (allowing for plural categories: Vietnamese has only "other"), same interpolation variables, no
 * empty strings, everything in NFC.
 */

const variables = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES.map((ns) => [ns]))('locale namespace %s', (ns) => {
  const flat = Object.fromEntries(LANGUAGES.map((lng) => [lng, flattenKeys(LOCALES[lng][ns])]));
  const vi = flat.vi;
  const others = LANGUAGES.filter((lng) => lng !== 'vi');
  const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

  it.each(others)('has the same keys in %s as in Vietnamese (plural forms aside)', (lng) => {
    expect(base(Object.keys(flat[lng]))).toEqual(base(Object.keys(vi)));
  });

  it.each(LANGUAGES)('has exactly the plural categories %s uses', (lng) => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const plurals = new Map<string, string[]>();
    for (const k of Object.keys(flat[lng])) {
      const m = k.match(PLURAL);
      if (m) plurals.set(k.replace(PLURAL, ''), [...(plurals.get(k.replace(PLURAL, '')) ?? []), m[1]]);
    }
    for (const [key, found] of plurals) expect(found.sort(), `${lng} ${key}`).toEqual([...categories].sort());
  });

  it.each(others)('uses the same interpolation variables in %s as in Vietnamese', (lng) => {
    const byBase = (texts: Record<string, string>) => {
      const out = new Map<string, string[]>();
      for (const [k, v] of Object.entries(texts)) out.set(k.replace(PLURAL, ''), variables(v));
      return out;
    };
    const [a, b] = [byBase(vi), byBase(flat[lng])];
    for (const [key, vars] of a) expect(b.get(key), key).toEqual(vars);
  });

  it('has no empty strings and only NFC text', () => {
    for (const lng of LANGUAGES) {
      for (const [k, v] of Object.entries(flat[lng])) {
        // Separators in the citation grammar may be a single space; nothing else may be blank.
        expect(/Separator$/.test(k) ? v : v.trim(), k).not.toBe('');
        expect(v === v.normalize('NFC'), `${k} is not NFC`).toBe(true);
      }
    }
  });
});

describe('profile fields', () => {
  // The profile form labels every choice with `profile.options.<field>.<value>` (a key built from the data).
  it('have a label for every choice in every language', () => {
    const choices = {
      productGroup: PRODUCT_GROUPS,
      rawMaterial: RAW_MATERIALS,
      legalForm: LEGAL_FORMS,
      ocopStatus: OCOP_STATUSES,
      traceability: TRACEABILITY,
    };
    for (const lng of LANGUAGES) {
      const options = LOCALES[lng].common.profile.options as Record<string, Record<string, string>>;
      for (const [field, values] of Object.entries(choices)) {
        for (const value of values) expect(options[field]?.[value], `${lng} ${field}.${value}`).toBeTruthy();
      }
    }
  });

  // The profile form shows `profile.fields.<field>.hint` under every field; a missing one would show the raw key.
  it('have a hint for every field in every language', () => {
    for (const lng of LANGUAGES) {
      const fields = LOCALES[lng].common.profile.fields as Record<string, { hint?: string }>;
      for (const [field, texts] of Object.entries(fields)) expect(texts.hint, `${lng} ${field}`).toBeTruthy();
    }
  });
});
