import { describe, expect, it } from 'vitest';
import { flattenKeys, LOCALES, PLURAL } from '../testing/i18n';
import { NAMESPACES } from './config';

/**
 * Parity of the two languages: same keys (allowing for plural categories:
 * Vietnamese has only "other"), same interpolation variables, no empty
 * strings, everything in NFC.
 */

const variables = (s: string) => [...s.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

describe.each(NAMESPACES.map((ns) => [ns]))('locale namespace %s', (ns) => {
  const vi = flattenKeys(LOCALES.vi[ns]);
  const en = flattenKeys(LOCALES.en[ns]);
  const base = (keys: string[]) => [...new Set(keys.map((k) => k.replace(PLURAL, '')))].sort();

  it('has the same keys in both languages (plural forms aside)', () => {
    expect(base(Object.keys(vi))).toEqual(base(Object.keys(en)));
  });

  it('has exactly the plural categories each language uses', () => {
    for (const [lng, flat] of [['vi', vi], ['en', en]] as const) {
      const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
      const plurals = new Map<string, string[]>();
      for (const k of Object.keys(flat)) {
        const m = k.match(PLURAL);
        if (m) plurals.set(k.replace(PLURAL, ''), [...(plurals.get(k.replace(PLURAL, '')) ?? []), m[1]]);
      }
      for (const [key, found] of plurals) expect(found.sort(), `${lng} ${key}`).toEqual([...categories].sort());
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const byBase = (flat: Record<string, string>) => {
      const out = new Map<string, string[]>();
      for (const [k, v] of Object.entries(flat)) out.set(k.replace(PLURAL, ''), variables(v));
      return out;
    };
    const [a, b] = [byBase(vi), byBase(en)];
    for (const [key, vars] of a) expect(b.get(key), key).toEqual(vars);
  });

  it('has no empty strings and only NFC text', () => {
    for (const flat of [vi, en]) {
      for (const [k, v] of Object.entries(flat)) {
        // Separators in the citation grammar may be a single space; nothing else may be blank.
        expect(/Separator$/.test(k) ? v : v.trim(), k).not.toBe('');
        expect(v === v.normalize('NFC'), `${k} is not NFC`).toBe(true);
      }
    }
  });
});

describe('profile fields', () => {
  // The profile form shows `profile.fields.<field>.hint` under every field; a missing one would show the raw key.
  it('have a hint for every field in both languages', () => {
    for (const lng of ['vi', 'en'] as const) {
      const fields = LOCALES[lng].common.profile.fields as Record<string, { hint?: string }>;
      for (const [field, texts] of Object.entries(fields)) expect(texts.hint, `${lng} ${field}`).toBeTruthy();
    }
  });
});
