import { describe, expect, it } from 'vitest';
import { flattenKeys, LOCALES, PLURAL } from '../testing/i18n';
import { NAMESPACES } from './config';
import glossary from './glossary.json' with { type: 'json' };

/**
 * Legal and OCOP terms are translated the same way everywhere: whenever the
 * Vietnamese text of a key uses a glossary term, the English text of the same
 * key must use its English term (Thông tư → Circular, Điều 12 → Article 12,
 * vùng nguyên liệu → raw-material zone, …). Instrument numbers and proper
 * names must come through unchanged.
 */

interface Pair {
  vi: string;
  en: string;
  viFlags: string;
  enFlags: string;
  exempt?: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Vietnamese text → every English variant of the same key (plural forms compared by base key). */
function pairsOfTexts(): { key: string; vi: string; en: string[] }[] {
  const out: { key: string; vi: string; en: string[] }[] = [];
  for (const ns of NAMESPACES) {
    const vi = flattenKeys(LOCALES.vi[ns]);
    const en = flattenKeys(LOCALES.en[ns]);
    for (const [key, text] of Object.entries(vi)) {
      const base = key.replace(PLURAL, '');
      const english = Object.entries(en)
        .filter(([k]) => k.replace(PLURAL, '') === base)
        .map(([, v]) => v);
      out.push({ key: `${ns}:${key}`, vi: text.normalize('NFC'), en: english.map((e) => e.normalize('NFC')) });
    }
  }
  return out;
}

interface Avoid {
  pattern: string;
  flags: string;
  use: string;
}

/** Namespaces whose Vietnamese is ours (the report's words are checked with the report). */
const OWN_NAMESPACES = ['common', 'checklist', 'legal'] as const;

describe('one name for one thing in Vietnamese', () => {
  const avoid = (glossary as { viAvoid: Avoid[] }).viAvoid;
  it.each(avoid.map((a) => [a.pattern, a] as const))('no “%s”', (_, a) => {
    const re = new RegExp(a.pattern, a.flags);
    const hits: string[] = [];
    for (const ns of OWN_NAMESPACES) {
      for (const [key, text] of Object.entries(flattenKeys(LOCALES.vi[ns]))) {
        // Provision texts quote or summarise a source in its own words.
        if (ns === 'legal' && key.startsWith('provisions.')) continue;
        if (re.test(text.normalize('NFC'))) hits.push(`${ns}:${key} (use “${a.use}”): ${text}`);
      }
    }
    expect(hits).toEqual([]);
  });

  it('catches a variant when one is written', () => {
    const cosO = new RegExp(avoid[1].pattern, avoid[1].flags);
    expect(cosO.test('Cơ sở có sổ sách không?')).toBe(true);
    expect(cosO.test('đầu tư cơ sở hạ tầng')).toBe(false);
  });
});

describe('glossary', () => {
  const texts = pairsOfTexts();
  const pairs = glossary.pairs as Pair[];

  it('has pairs that compile and that are used by the texts', () => {
    let used = 0;
    for (const p of pairs) {
      const re = new RegExp(p.vi, p.viFlags);
      if (texts.some((t) => re.test(t.vi))) used += 1;
    }
    expect(pairs.length).toBeGreaterThan(50);
    expect(used).toBeGreaterThan(pairs.length * 0.9);
  });

  it.each(pairs.map((p) => [p.vi, p] as const))('Vietnamese “%s” is always rendered the same in English', (_, pair) => {
    const failures: string[] = [];
    const viRe = new RegExp(pair.vi, pair.viFlags);
    for (const t of texts) {
      if (pair.exempt?.includes(t.key)) continue;
      const m = t.vi.match(viRe);
      if (!m) continue;
      const enRe = new RegExp(pair.en.replace('$1', escape(m[1] ?? '')), pair.enFlags);
      for (const en of t.en)
        if (!enRe.test(en)) failures.push(`${t.key}: “${m[0]}” but English lacks /${enRe.source}/`);
    }
    expect(failures).toEqual([]);
  });
});
