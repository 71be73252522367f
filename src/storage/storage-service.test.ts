import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import { LEGAL_FORMS, OCOP_STATUSES, PRODUCT_GROUPS, RAW_MATERIALS, type Profile } from '../content/profile-options';
import { PROVINCES } from '../content/provinces';
import { ANSWER_VALUES, type ItemAnswer } from '../domain/answers';
import type { Assessment, PlanEntry } from '../domain/assessment';
import { cleanText, MAX_LENGTH } from '../domain/text';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { memoryStorage } from '../testing/memory-storage';
import { PROFILES } from '../testing/profiles';
import v1 from './fixtures/format-v1.json' with { type: 'json' };
import { readAssessment, toEnvelope } from './read-assessment';
import { FORMAT_VERSION } from './schema';
import { IMPORT_MAX_BYTES, KEY_PREFIX, OPEN_KEY, QUARANTINE_PREFIX, StorageService } from './storage-service';

let n = 0;
const service = (storage = memoryStorage()) =>
  new StorageService({
    storage,
    index: CONTENT_INDEX,
    now: () => FIXED_DATE,
    newId: () => `11111111-2222-4333-8444-${String(++n).padStart(12, '0')}`,
  });

const snapshot = (storage: ReturnType<typeof memoryStorage>) => new Map(storage.map);

function seeded() {
  const storage = memoryStorage();
  const a = { ...assessmentWith(PROFILES.foodCoopCrop, { 'rmz-zone': { value: 'met' } }), title: 'Đã lưu' };
  storage.setItem(`${KEY_PREFIX}${a.id}`, JSON.stringify(toEnvelope(a, FIXED_DATE, CONTENT_INDEX)));
  return { storage, a };
}

describe('StorageService at start-up', () => {
  it('sets damaged records aside (never deletes them) and says how many', () => {
    const { storage, a } = seeded();
    storage.setItem(`${KEY_PREFIX}broken-1`, '{"format": "ocop-self-assess');
    storage.setItem(`${KEY_PREFIX}broken-2`, '{"hello": "world"}');
    const event = service(storage).start();
    expect(event.type).toBe('library.loaded');
    if (event.type !== 'library.loaded') return;
    expect(event.entries.map((e) => e.id)).toEqual([a.id]);
    expect(event.notices[0]).toEqual({ key: 'storage.setAside', values: { count: 2 }, tone: 'error' });
    const quarantined = [...storage.map.entries()].filter(([k]) => k.startsWith(QUARANTINE_PREFIX)).map(([, v]) => v);
    expect(quarantined.sort()).toEqual(['{"format": "ocop-self-assess', '{"hello": "world"}'].sort());
    expect(storage.getItem(`${KEY_PREFIX}broken-1`)).toBeNull();
  });

  it('lists the records set aside so that the user can download them', () => {
    const storage = memoryStorage();
    storage.setItem(`${KEY_PREFIX}broken-1`, 'not json');
    const event = service(storage).start();
    expect(event.type === 'library.loaded' && event.quarantined).toEqual([
      { key: expect.stringMatching(/^ocop:quarantine:broken-1:/), size: 8 },
    ]);
  });

  it('upgrades a record saved by version 1, keeps the original beside it, and reopens it', () => {
    const storage = memoryStorage();
    const key = `${KEY_PREFIX}${v1.assessment.id}`;
    storage.setItem(key, JSON.stringify(v1));
    storage.setItem(OPEN_KEY, v1.assessment.id);
    const event = service(storage).start();
    if (event.type !== 'library.loaded') throw new Error(event.type);
    expect(event.current?.answers).toEqual(v1.assessment.answers);
    expect(event.current?.step).toBe('trace-1');
    expect(event.notices).toContainEqual({ key: 'storage.repaired', tone: 'info' });
    expect(JSON.parse(storage.getItem(key) ?? '{}').formatVersion).toBe(FORMAT_VERSION);
    expect(storage.getItem(`${QUARANTINE_PREFIX}${v1.assessment.id}:original`)).toBe(JSON.stringify(v1));
  });
});

describe('StorageService import', () => {
  const file = (text: string) => new Blob([text], { type: 'application/json' });

  it.each([
    ['malformed JSON', '{"format":', 'import.not-json'],
    ['another app’s file', '{"version": 3, "items": []}', 'import.not-ocop'],
    ['a newer format', JSON.stringify({ ...v1, formatVersion: 7 }), 'import.newer-version'],
  ])('refuses %s with a message and leaves what is saved untouched', async (_, text, key) => {
    const { storage } = seeded();
    const before = snapshot(storage);
    const events = await service(storage).handle({ type: 'import', file: file(text) });
    expect(events).toEqual([{ type: 'storage.failed', notice: { key, tone: 'error' } }]);
    expect(storage.map).toEqual(before);
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const { storage } = seeded();
    const before = snapshot(storage);
    const big = new Blob([new Uint8Array(IMPORT_MAX_BYTES + 1)]);
    expect(await service(storage).handle({ type: 'import', file: big })).toEqual([
      { type: 'storage.failed', notice: { key: 'import.tooLarge', tone: 'error' } },
    ]);
    expect(storage.map).toEqual(before);
  });

  it('imports a file whose assessment already exists here as a copy, keeping the saved one', async () => {
    const { storage, a } = seeded();
    const saved = storage.getItem(`${KEY_PREFIX}${a.id}`);
    const changed = { ...a, answers: { 'rmz-zone': { value: 'not_met' as const } } };
    const [event] = await service(storage).handle({
      type: 'import',
      file: file(JSON.stringify(toEnvelope(changed, FIXED_DATE, CONTENT_INDEX))),
    });
    expect(event.type).toBe('assessment.opened');
    if (event.type !== 'assessment.opened') return;
    expect(event.assessment.id).not.toBe(a.id);
    expect(event.notices?.[0]?.key).toBe('import.copy');
    expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).toBe(saved);
    expect(event.assessment.answers).toEqual(changed.answers);
  });
});

describe('StorageService saving', () => {
  it('reports a full device instead of throwing', () => {
    const storage = memoryStorage(4_000);
    const s = service(storage);
    s.start();
    const [opened] = s.handle({ type: 'create' }) as { type: string; assessment?: Assessment }[];
    const a = opened.assessment as Assessment;
    const events = s.handle({
      type: 'save',
      assessment: { ...a, answers: { 'rmz-zone': { note: 'x'.repeat(5_000) } } },
    });
    expect(events).toEqual([{ type: 'storage.failed', notice: { key: 'storage.full', tone: 'error' } }]);
  });
});

// Property-based tests: fast-check generates the inputs.

// Saved text is canonical (NFC, no control characters, trimmed): generate it that way.
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => cleanText(s, max));
const itemIds = CONTENT_INDEX.items.map((i) => i.id);

const answerArb: fc.Arbitrary<ItemAnswer> = fc
  .record(
    {
      value: fc.constantFrom(...ANSWER_VALUES),
      reason: text(MAX_LENGTH.medium),
      note: text(MAX_LENGTH.long),
      evidence: text(MAX_LENGTH.medium),
    },
    { requiredKeys: [] },
  )
  // Stored answers carry no empty strings (the forms drop them).
  .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== '')) as ItemAnswer)
  .filter((a) => Object.keys(a).length > 0);

const profileArb: fc.Arbitrary<Profile> = fc
  .record({
    producerName: fc.string({ minLength: 1, maxLength: 40 }).map((s) => cleanText(s, MAX_LENGTH.short)),
    productName: fc.string({ minLength: 1, maxLength: 40 }).map((s) => cleanText(s, MAX_LENGTH.short)),
    productGroup: fc.constantFrom(...PRODUCT_GROUPS),
    rawMaterial: fc.constantFrom(...RAW_MATERIALS),
    legalForm: fc.constantFrom(...LEGAL_FORMS),
    ocopStatus: fc.constantFrom(...OCOP_STATUSES),
    province: fc.constantFrom(...PROVINCES.map((p) => p.id)),
  })
  .filter((p) => p.producerName.length > 0 && p.productName.length > 0);

const dayArb = fc
  .date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const planArb: fc.Arbitrary<PlanEntry> = fc
  .record(
    {
      owner: text(MAX_LENGTH.short),
      due: dayArb,
      status: fc.constantFrom('doing' as const, 'done' as const),
      progress: text(MAX_LENGTH.medium),
    },
    { requiredKeys: [] },
  )
  .map((p) => Object.fromEntries(Object.entries(p).filter(([, v]) => v !== '')) as PlanEntry)
  .filter((p) => Object.keys(p).length > 0);

const assessmentArb: fc.Arbitrary<Assessment> = fc.record({
  id: fc.uuid(),
  title: text(MAX_LENGTH.short),
  createdAt: fc
    .date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  updatedAt: fc
    .date({ min: new Date('2024-01-01'), max: new Date('2030-01-01'), noInvalidDate: true })
    .map((d) => d.toISOString()),
  contentVersion: fc.constant(CONTENT_INDEX.content.version),
  step: fc.constantFrom('profile', 'review', 'report', ...CONTENT_INDEX.pages.map((p) => p.id)),
  profile: fc.option(profileArb, { nil: null }),
  profileDraft: fc.record(
    { producerName: text(MAX_LENGTH.short), province: fc.constantFrom('', 'hanoi') },
    { requiredKeys: [] },
  ),
  answers: fc.dictionary(fc.constantFrom(...itemIds), answerArb, { maxKeys: 12 }),
  setAside: fc.dictionary(fc.constantFrom('old-item-1', 'old-item-2'), answerArb, { maxKeys: 2 }),
  plan: fc.dictionary(fc.constantFrom(...itemIds), planArb, { maxKeys: 6 }),
  reportLanguage: fc.constantFrom('vi' as const, 'en' as const, null),
  reportFormat: fc.constantFrom('a4' as const, 'phone' as const, null),
  rev: fc.nat({ max: 1_000_000 }),
});

describe('properties', () => {
  it('export then import gives back exactly the same assessment', async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArb, async (assessment) => {
        const exported = JSON.stringify(toEnvelope(assessment, FIXED_DATE, CONTENT_INDEX), null, 2);
        const [event] = await service(memoryStorage()).handle({ type: 'import', file: new Blob([exported]) });
        expect(event.type).toBe('assessment.opened');
        expect(event.type === 'assessment.opened' && event.assessment).toEqual(assessment);
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on arbitrary JSON, and what it accepts is valid', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = readAssessment(
          JSON.stringify({ format: 'ocop-self-assessment', formatVersion: 2, assessment: value }),
          {
            index: CONTENT_INDEX,
            now: () => FIXED_DATE,
            newId: () => 'aaaaaaaa-0000-4000-8000-000000000000',
          },
        );
        if (result.ok)
          expect(
            readAssessment(JSON.stringify(toEnvelope(result.assessment, FIXED_DATE, CONTENT_INDEX)), {
              index: CONTENT_INDEX,
              now: () => FIXED_DATE,
              newId: () => 'unused',
            }),
          ).toMatchObject({ ok: true, assessment: result.assessment });
      }),
      { numRuns: 300 },
    );
  });

  it('arbitrary bytes given to import never throw and never change stored data', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2_000 }), async (bytes) => {
        const { storage } = seeded();
        const before = snapshot(storage);
        const events = await service(storage).handle({ type: 'import', file: new Blob([bytes]) });
        expect(events).toHaveLength(1);
        expect(events[0].type).toBe('storage.failed');
        expect(storage.map).toEqual(before);
      }),
      { numRuns: 200 },
    );
  });

  it('arbitrary JSON given to import never throws and never changes what was already saved', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), fc.boolean(), async (value, wrap) => {
        const { storage, a } = seeded();
        const saved = storage.getItem(`${KEY_PREFIX}${a.id}`);
        const body = wrap ? { format: 'ocop-self-assessment', formatVersion: 2, assessment: value } : value;
        const events = await service(storage).handle({ type: 'import', file: new Blob([JSON.stringify(body)]) });
        expect(events).toHaveLength(1);
        expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).toBe(saved);
      }),
      { numRuns: 200 },
    );
  });
});

describe('StorageService without browser storage', () => {
  it('warns at start-up that nothing will be kept', () => {
    const s = new StorageService({
      storage: memoryStorage(),
      volatile: true,
      index: CONTENT_INDEX,
      now: () => FIXED_DATE,
      newId: () => 'x',
    });
    const event = s.start();
    expect(event.type === 'library.loaded' && event.notices[0]).toEqual({ key: 'storage.memoryOnly', tone: 'error' });
  });
});

describe('StorageService housekeeping', () => {
  it('removes an assessment that was left before anything was typed, and keeps one with any data', () => {
    const storage = memoryStorage();
    const s = service(storage);
    s.start();
    const [first] = s.handle({ type: 'create' }) as { assessment: Assessment }[];
    s.handle({ type: 'close' });
    expect(storage.getItem(`${KEY_PREFIX}${first.assessment.id}`)).toBeNull();
    const [second] = s.handle({ type: 'create' }) as { assessment: Assessment }[];
    s.handle({ type: 'save', assessment: { ...second.assessment, profileDraft: { producerName: 'An' } } });
    s.handle({ type: 'close' });
    expect(storage.getItem(`${KEY_PREFIX}${second.assessment.id}`)).not.toBeNull();
  });

  it('names a duplicate as asked', () => {
    const { storage, a } = seeded();
    const [event] = service(storage).handle({ type: 'duplicate', id: a.id, title: 'Bản sao' }) as StorageEventList;
    expect(event.type === 'library.changed' && event.entries.map((e) => e.title).sort()).toEqual(['Bản sao', 'Đã lưu']);
  });
});

type StorageEventList = Awaited<ReturnType<StorageService['handle']>>;
