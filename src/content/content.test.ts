import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_INFO, LANGUAGES } from '../domain/languages';
import { LOCALES } from '../testing/i18n';
import { PROFILES } from '../testing/profiles';
import { applicableItems, ruleHolds } from './applicability';
import { contentSchema } from './content-schema';
import { CONTENT, CONTENT_INDEX } from './content';
import { RULE_FIELDS, type Profile } from './profile-options';
import { provisionKey } from './provision-key';
import { RULES } from './rules';
import { CITATION_STATUSES, LOAD_BEARING_STATUSES, isQuestion, type Item } from './types';

/**
 * Content integrity and coverage. docs/legal/ holds copies of the client's
 * provision list, reference and source article; these tests read them so that
 * a provision added there without content fails here.
 */

const provisionsMd = readFileSync(new URL('../../docs/legal/PROVISIONS.md', import.meta.url), 'utf8');
const sourceArticle = readFileSync(new URL('../../docs/legal/source-article.vi.txt', import.meta.url), 'utf8');

/** Ids and source wording of every row of the PROVISIONS.md tables. */
const listedProvisions = [...provisionsMd.matchAll(/^\| ((?:RMZ|CAP|MKT|TR)-[\w.]+) \| ([^|]+) \| (.+) \|$/gm)].map(
  (m) => ({ id: m[1], addressee: m[2].trim(), text: m[3].trim() }),
);

const { items, provisionById, instrumentById, sectionOfItem } = CONTENT_INDEX;
const questions = items.filter(isQuestion);
const notes = items.filter((i) => !isQuestion(i));

const citersOf = (provisionId: string, pool: readonly Item[], aim?: string) =>
  pool.filter((i) => i.cites.some((c) => c.provision === provisionId && (aim === undefined || c.aims?.includes(aim))));

describe('content schema', () => {
  it('validates against the schema', () => {
    expect(() => contentSchema.parse(CONTENT)).not.toThrow();
  });

  it('has unique ids for items, pages, provisions and instruments', () => {
    for (const ids of [
      items.map((i) => i.id),
      CONTENT_INDEX.pages.map((p) => p.id),
      CONTENT.provisions.map((p) => p.id),
      CONTENT.instruments.map((i) => i.id),
    ]) {
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('numbers pages <section>-<n> in order', () => {
    for (const section of CONTENT.sections) {
      expect(section.pages.map((p) => p.id)).toEqual(section.pages.map((_, n) => `${section.id}-${n + 1}`));
    }
  });

  it('states a law-as-of date and a version', () => {
    expect(CONTENT.lawAsOf).toBe('2026-11-28');
    expect(CONTENT.version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});

describe('coverage of PROVISIONS.md', () => {
  it('parses all 26 listed provision lines (3 + 9 + 7 + 7)', () => {
    expect(listedProvisions.map((p) => p.id)).toHaveLength(26);
  });

  it('has one provision per listed id, with a coverage decision', () => {
    for (const { id } of listedProvisions) {
      expect(provisionById.get(id), id).toBeDefined();
      expect(provisionById.get(id)?.coverage, id).toBeDefined();
    }
  });

  it.each(listedProvisions.map((p) => [p.id]))('%s is covered as its content says', (id) => {
    const provision = provisionById.get(id);
    const pool = provision?.coverage === 'information' ? notes : questions;
    expect(citersOf(id, pool).length, `${id} is not cited by any ${provision?.coverage}`).toBeGreaterThan(0);
  });

  it('covers every aim of a multi-aim line with a question', () => {
    for (const provision of CONTENT.provisions) {
      for (const aim of provision.aims ?? []) {
        expect(citersOf(provision.id, questions, aim).length, `${provision.id} / ${aim}`).toBeGreaterThan(0);
      }
    }
  });

  it('splits RMZ-2, CAP-1a and CAP-1b into the aims the issue names', () => {
    expect(provisionById.get('RMZ-2')?.aims).toEqual(
      expect.arrayContaining([
        'growing-area-code',
        'organic-ecological',
        'resource-saving',
        'nature-biodiversity',
        'food-safety',
        'traceability',
        'rural-landscape',
        'environment',
      ]),
    );
    expect(provisionById.get('CAP-1a')?.aims).toEqual([
      'organisation-management',
      'product-innovation',
      'quality-food-safety',
      'packaging-labelling-design',
    ]);
    expect(provisionById.get('CAP-1b')?.aims).toEqual([
      'intellectual-property',
      'value-chain-traceability',
      'community-brands',
    ]);
  });

  it('puts the traceability provisions and traceability aims in the traceability area', () => {
    const traceIds = ['TR-6.1a', 'TR-6.1b', 'TR-6.1c', 'TR-6.1d', 'TR-6.5', 'TR-6.6', 'TR-6.7'];
    for (const id of traceIds) {
      expect(
        citersOf(id, questions).some((i) => sectionOfItem.get(i.id)?.id === 'trace'),
        id,
      ).toBe(true);
    }
    for (const [id, aim] of [
      ['RMZ-2', 'traceability'],
      ['RMZ-3', 'traceability'],
      ['CAP-1b', 'value-chain-traceability'],
    ] as const) {
      expect(citersOf(id, questions, aim).map((i) => sectionOfItem.get(i.id)?.id)).toContain('trace');
    }
  });

  it('puts MKT-0 to MKT-6 in the market-development area', () => {
    for (let n = 0; n <= 6; n += 1) {
      expect(
        citersOf(`MKT-${n}`, questions).some((i) => sectionOfItem.get(i.id)?.id === 'market'),
        `MKT-${n}`,
      ).toBe(true);
    }
  });

  it('gives every S-only line an information note (none are S-only in this source)', () => {
    for (const { id, addressee } of listedProvisions) {
      if (/^S\b/.test(addressee) && !/\bU\b|\bP\b/.test(addressee)) {
        expect(provisionById.get(id)?.coverage, id).toBe('information');
      }
    }
  });
});

describe('citations and statuses', () => {
  it('rests every question on at least one client-source or verified provision', () => {
    for (const q of questions) {
      const statuses = q.cites.map((c) => provisionById.get(c.provision)?.status);
      expect(
        statuses.some((s) => s && LOAD_BEARING_STATUSES.includes(s)),
        q.id,
      ).toBe(true);
    }
  });

  it('cites only existing provisions and aims', () => {
    for (const item of items) {
      for (const c of item.cites) {
        const provision = provisionById.get(c.provision);
        expect(provision, `${item.id} → ${c.provision}`).toBeDefined();
        for (const aim of c.aims ?? []) expect(provision?.aims, `${item.id} → ${c.provision}/${aim}`).toContain(aim);
        if (provision?.aims)
          expect(c.aims?.length, `${item.id} must name the aims of ${c.provision}`).toBeGreaterThan(0);
      }
    }
  });

  it('uses every provision and every instrument', () => {
    const cited = new Set(items.flatMap((i) => i.cites.map((c) => c.provision)));
    for (const p of CONTENT.provisions) expect(cited.has(p.id), p.id).toBe(true);
    const usedInstruments = new Set<string>();
    for (const p of CONTENT.provisions) {
      usedInstruments.add(p.instrument);
      if (p.locator.amendedBy) usedInstruments.add(p.locator.amendedBy.instrument);
    }
    for (const i of CONTENT.instruments) i.amendedBy.forEach((a) => usedInstruments.add(a));
    for (const i of CONTENT.instruments) expect(usedInstruments.has(i.id), i.id).toBe(true);
  });

  it('refers only to registered instruments', () => {
    for (const p of CONTENT.provisions) {
      expect(instrumentById.has(p.instrument), p.id).toBe(true);
      if (p.locator.amendedBy) expect(instrumentById.has(p.locator.amendedBy.instrument), p.id).toBe(true);
    }
    for (const i of CONTENT.instruments) for (const a of i.amendedBy) expect(instrumentById.has(a), i.id).toBe(true);
  });

  it('gives PROVISIONS.md lines A–C the status client-source and D the status verified', () => {
    for (const { id } of listedProvisions) {
      expect(provisionById.get(id)?.status, id).toBe(id.startsWith('TR-') ? 'verified' : 'client-source');
    }
  });

  it('prints only the dates the Citation spec lists as verified (rule 11)', () => {
    const dated = Object.fromEntries(
      CONTENT.instruments.filter((i) => i.date || i.effective).map((i) => [i.number, [i.date, i.effective]]),
    );
    expect(dated).toEqual({
      '919/QĐ-TTg': ['2022-08-01', null],
      '148/QĐ-TTg': ['2023-02-24', null],
      '1489/QĐ-TTg': ['2025-07-06', null],
      '02/2024/TT-BKHCN': ['2024-03-28', '2024-06-01'],
    });
  });
});

describe('kinds of rule (docs/content-rules.md)', () => {
  const loadBearing = (q: (typeof questions)[number]) =>
    q.cites
      .map((c) => provisionById.get(c.provision))
      .filter((p) => p !== undefined && LOAD_BEARING_STATUSES.includes(p.status));

  it.each(questions.map((q) => [q.id, q] as const))(
    '%s has a kind one of its load-bearing citations supports',
    (_, q) => {
      const supporting = loadBearing(q).filter((p) => p?.supports === q.kind);
      expect(supporting.length, `${q.id} is ${q.kind}`).toBeGreaterThan(0);
      if (q.kind === 'legal-requirement') {
        // The item's condition is exactly that of a binding line it rests on.
        expect(supporting.some((p) => p?.condition === q.condition)).toBe(true);
      } else {
        expect(q.condition).toBeUndefined();
      }
    },
  );

  it('lets no secondary or unverified provision carry a kind, and gives conditions only to binding lines', () => {
    for (const p of CONTENT.provisions) {
      if (!LOAD_BEARING_STATUSES.includes(p.status)) expect(p.supports, p.id).toBeNull();
      if (p.condition) expect(p.supports, p.id).toBe('legal-requirement');
    }
  });

  it('classes the Circular 02/2024 lines as legal requirements conditional on traceability, Circular 05 lines as programme priorities and Decision 148 as evaluation criteria', () => {
    for (const p of CONTENT.provisions) {
      if (p.instrument === 'tt-02-2024')
        expect([p.supports, p.condition], p.id).toEqual(['legal-requirement', 'traceability']);
      if (p.instrument === 'tt-05-2022') expect(p.supports, p.id).toBe('programme-priority');
      if (p.instrument === 'qd-148-2023') expect(p.supports, p.id).toBe('evaluation-criterion');
    }
  });

  it('cites Appendix II of Decision 148 as amended by Decision 1489 wherever it is cited', () => {
    for (const p of CONTENT.provisions.filter((p) => p.instrument === 'qd-148-2023' && p.locator.appendix === 'II')) {
      expect(p.locator.amendedBy?.instrument, p.id).toBe('qd-1489-2025');
    }
  });

  it('rests the recall question on a verified line, not on the secondary recall circular alone', () => {
    const recall = questions.find((q) => q.id === 'tr-recall');
    expect(recall && loadBearing(recall).map((p) => p?.id)).toEqual(['TR-6.1a']);
  });
});

describe('citations and statuses', () => {
  it('gives every cited provision and every instrument a status of the one enum', () => {
    for (const item of items) {
      for (const c of item.cites)
        expect(CITATION_STATUSES, `${item.id} → ${c.provision}`).toContain(provisionById.get(c.provision)?.status);
    }
    for (const i of CONTENT.instruments) expect(CITATION_STATUSES, i.id).toContain(i.status);
  });
});

describe('wording in the locales', () => {
  const get = (tree: unknown, path: string): unknown =>
    path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);

  it.each(LANGUAGES)('has every content text key in %s', (lng) => {
    const { checklist, legal } = LOCALES[lng];
    const missing: string[] = [];
    const need = (tree: unknown, path: string) => {
      const value = get(tree, path);
      if (typeof value !== 'string' || value.trim() === '') missing.push(path);
    };
    for (const section of CONTENT.sections) {
      need(checklist, `sections.${section.id}.title`);
      need(checklist, `sections.${section.id}.intro`);
      for (const page of section.pages) need(checklist, `pages.${page.id}`);
    }
    for (const item of items) {
      const fields = isQuestion(item) ? ['question', 'why', 'action', 'evidence'] : ['title', 'text'];
      for (const f of fields) need(checklist, `items.${item.id}.${f}`);
    }
    for (const p of CONTENT.provisions) {
      need(legal, `provisions.${provisionKey(p.id)}.text`);
      for (const aim of p.aims ?? []) need(legal, `aims.${aim}`);
      if (p.locator.heading) need(legal, `headings.${p.locator.heading}`);
    }
    for (const i of CONTENT.instruments) {
      need(legal, `instruments.${i.id}.title`);
      need(legal, `issuers.${i.issuer}`);
      need(legal, `types.${i.type}`);
      if (i.number === null) {
        need(legal, `instruments.${i.id}.short`);
        need(legal, `instruments.${i.id}.name`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('has no locale wording for items or provisions that do not exist', () => {
    for (const lng of LANGUAGES) {
      expect(Object.keys(LOCALES[lng].checklist.items).sort()).toEqual(items.map((i) => i.id).sort());
      expect(Object.keys(LOCALES[lng].legal.provisions).sort()).toEqual(
        CONTENT.provisions.map((p) => provisionKey(p.id)).sort(),
      );
    }
  });

  it('shows the source wording of PROVISIONS.md lines A–C in the clause viewer (rule 8)', () => {
    const vi = LOCALES.vi.legal.provisions as Record<string, { text: string }>;
    for (const { id, text } of listedProvisions) {
      if (id.startsWith('TR-')) continue;
      if (id === 'MKT-1') {
        // The table shortens MKT-1 with ellipses; the viewer shows the full source wording.
        for (const line of vi[provisionKey(id)].text.split('\n')) {
          expect(sourceArticle, line).toContain(line.replace(/^- /, ''));
        }
        continue;
      }
      expect(vi[provisionKey(id)].text, id).toBe(text);
    }
  });

  it.each(LANGUAGES)('asks one thing per question in %s: one question mark, at the end', (lng) => {
    const texts = LOCALES[lng].checklist.items as Record<string, { question?: string }>;
    for (const q of questions) {
      const question = texts[q.id].question ?? '';
      expect(question.match(/\?/g)?.length, `${q.id}: ${question}`).toBe(1);
      expect(question.trimEnd().endsWith('?'), q.id).toBe(true);
    }
  });

  it('keeps "why it matters" short: about 25 words (30 in English, 40 Vietnamese syllables at most)', () => {
    const why = (lng: 'vi' | 'en', id: string) =>
      (LOCALES[lng].checklist.items as Record<string, { why?: string }>)[id].why ?? '';
    for (const q of questions) {
      expect(why('en', q.id).split(/\s+/).length, `${q.id}: ${why('en', q.id)}`).toBeLessThanOrEqual(30);
      expect(why('vi', q.id).split(/\s+/).length, `${q.id}: ${why('vi', q.id)}`).toBeLessThanOrEqual(40);
    }
  });

  it('states no lead time or frequency the sources do not give', () => {
    const strings = JSON.stringify([LOCALES.vi.checklist, LOCALES.en.checklist]);
    expect(strings).not.toMatch(/sáu tháng|six months|mỗi năm một lần|once a year/i);
  });

  it('does not list "mandatory" label particulars or word programme aims as rules to be met', () => {
    const vi = LOCALES.vi.checklist.items as Record<string, Record<string, string>>;
    expect(vi['cap-label'].question).not.toMatch(/bắt buộc/);
    expect(JSON.stringify(LOCALES.vi.checklist)).not.toMatch(/quy định của Chương trình|đúng quy định/);
  });

  it('keeps every particular of point e, clause 5, Article 6 of Circular 02/2024 in the scan question', () => {
    const vi = LOCALES.vi.checklist.items['tr-decoded'].question;
    for (const part of ['thương hiệu', 'nhãn hiệu', 'mã ký hiệu', 'số sê-ri']) expect(vi).toContain(part);
    expect(vi).not.toMatch(/thương hiệu hoặc nhãn hiệu|ít nhất/);
    const en = LOCALES.en.checklist.items['tr-decoded'].question;
    for (const part of ['brand', 'trademark', 'symbol code', 'serial number']) expect(en).toContain(part);
    expect(en).not.toMatch(/at least/);
  });

  it('never states or estimates OCOP points (rule 10)', () => {
    const strings = JSON.stringify([LOCALES.vi, LOCALES.en]);
    expect(strings).not.toMatch(/\d+\s*(điểm|points?)\b/i);
  });
});

describe('applicability rules', () => {
  const profiles: Profile[] = Object.values(PROFILES);
  const everyCombination: Profile[] = RULE_FIELDS.productGroup.flatMap((productGroup) =>
    RULE_FIELDS.rawMaterial.flatMap((rawMaterial) =>
      RULE_FIELDS.legalForm.flatMap((legalForm) =>
        RULE_FIELDS.ocopStatus.map((ocopStatus) => ({
          ...PROFILES.foodCoopCrop,
          productGroup,
          rawMaterial,
          legalForm,
          ocopStatus,
        })),
      ),
    ),
  );

  it.each(Object.keys(RULES))('rule %s is exercised by the representative profiles', (id) => {
    const rule = RULES[id as keyof typeof RULES];
    const outcomes = new Set(profiles.map((p) => ruleHolds(rule, p)));
    expect(outcomes.has(true), `${id} never holds`).toBe(true);
    if (id !== 'always') expect(outcomes.has(false), `${id} always holds`).toBe(true);
  });

  it('asks about growing-area codes only for crop or medicinal-herb raw material', () => {
    for (const p of everyCombination) {
      const asked = applicableItems(CONTENT_INDEX, p).some((i) => i.id === 'rmz-growing-code');
      expect(asked).toBe(p.rawMaterial === 'crop-herb' && p.productGroup !== 'tourism');
    }
  });

  it('gives a community-tourism service no raw-material-zone, traceability or labelling items', () => {
    const ids = applicableItems(CONTENT_INDEX, PROFILES.tourismService).map((i) => i.id);
    expect(ids.filter((id) => sectionOfItem.get(id)?.id === 'rmz')).toEqual([]);
    expect(ids.filter((id) => sectionOfItem.get(id)?.id === 'trace')).toEqual([]);
    expect(ids).not.toContain('cap-label');
    expect(ids).not.toContain('cap-packaging');
    expect(ids).toContain('mkt-story');
  });

  it('does not ask a household business about cooperative governance or cooperative support', () => {
    const ids = applicableItems(CONTENT_INDEX, PROFILES.herbHousehold).map((i) => i.id);
    expect(ids).not.toContain('cap-governance');
    expect(ids).not.toContain('cap-performance');
    expect(applicableItems(CONTENT_INDEX, PROFILES.foodCoopCrop).map((i) => i.id)).toContain('cap-governance');
  });

  it('asks about support for cooperatives and enterprises only of those two (the source names no cooperative group)', () => {
    const asked = (legalForm: Profile['legalForm']) =>
      applicableItems(CONTENT_INDEX, { ...PROFILES.foodCoopCrop, legalForm }).some((i) => i.id === 'cap-performance');
    expect(RULE_FIELDS.legalForm.filter(asked)).toEqual(['cooperative', 'enterprise']);
  });

  it('asks about the OCOP certificate only when the product holds or held one', () => {
    const asked = (p: Profile) => applicableItems(CONTENT_INDEX, p).some((i) => i.id === 'cap-certificate');
    expect(asked(PROFILES.handicraftForest)).toBe(true);
    expect(asked(PROFILES.foodCoopCrop)).toBe(false);
  });

  it('keeps the full checklist near the 20-minute target', () => {
    const count = applicableItems(CONTENT_INDEX, PROFILES.foodCoopCrop).filter(isQuestion).length;
    expect(count).toBeGreaterThanOrEqual(35);
    expect(count).toBeLessThanOrEqual(50);
  });
});

describe('province search', () => {
  it('finds a unit by its name, its English name, a former province or an alias, ignoring tone marks and spaces', async () => {
    const { searchProvinces } = await import('./provinces');
    const ids = (q: string) => searchProvinces(q, LANGUAGE_INFO.vi).map((m) => m.province.id);
    expect(ids('Hà Giang')).toEqual(['tuyen-quang']);
    expect(ids('ha giang')).toEqual(['tuyen-quang']);
    expect(ids('Bắc Kạn')).toEqual(['thai-nguyen']);
    expect(ids('TP HCM')).toEqual(['ho-chi-minh-city']);
    expect(ids('ba ria vung tau')).toEqual(['ho-chi-minh-city']);
    expect(ids('Hue')).toContain('hue');
    expect(ids('')).toHaveLength(34);
    expect(searchProvinces('Hà Giang', LANGUAGE_INFO.vi)[0].via).toBe('Hà Giang');
  });
});
