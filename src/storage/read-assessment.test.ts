import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { readAssessment, toEnvelope } from './read-assessment';

const read = (text: string) =>
  readAssessment(text, { index: CONTENT_INDEX, now: () => FIXED_DATE, newId: () => 'fresh-id-0001' });

const envelopeWith = (assessment: Record<string, unknown>) =>
  JSON.stringify({ ...toEnvelope(assessmentWith(PROFILES.foodCoopCrop), FIXED_DATE, CONTENT_INDEX), assessment });

const base = () => JSON.parse(JSON.stringify(assessmentWith(PROFILES.foodCoopCrop))) as Record<string, unknown>;

describe('readAssessment', () => {
  it('reads back exactly what was written', () => {
    const a = {
      ...assessmentWith(PROFILES.herbHousehold, { 'rmz-zone': { value: 'partly', note: 'Ghi chú\ndòng hai' } }),
      title: 'Trà của mẹ',
      plan: { 'rmz-zone': { owner: 'Lò Văn Minh', due: '2027-02-28' } },
      reportLanguage: 'en' as const,
      reportFormat: 'phone' as const,
    };
    const result = read(JSON.stringify(toEnvelope(a, FIXED_DATE, CONTENT_INDEX)));
    expect(result).toEqual({ ok: true, assessment: a, repairs: [], migratedFrom: null });
  });

  it.each([
    ['not JSON', '{"format": ', 'not-json'],
    ['binary bytes', '\u0000\u0001PK\u0003\u0004', 'not-json'],
    ['an empty file', '', 'not-json'],
    ['another JSON format', '{"name": "survey", "answers": []}', 'not-ocop'],
    ['a JSON array', '[1, 2, 3]', 'not-ocop'],
    [
      'a newer version',
      JSON.stringify({ format: 'ocop-self-assessment', formatVersion: 99, assessment: {} }),
      'newer-version',
    ],
    [
      'a version that is not a number',
      JSON.stringify({ format: 'ocop-self-assessment', formatVersion: '2', assessment: {} }),
      'not-ocop',
    ],
  ])('refuses %s', (_, text, reason) => {
    expect(read(text)).toEqual({ ok: false, reason });
  });

  it('drops keys that could reach a prototype and never pollutes Object.prototype', () => {
    const text = envelopeWith(base()).replace(
      '"answers":{}',
      '"answers":{"__proto__":{"polluted":true},"constructor":{"value":"met"},"rmz-zone":{"value":"met","__proto__":{"x":1}}}',
    );
    const result = read(text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.assessment.answers).toEqual({ 'rmz-zone': { value: 'met' } });
    expect(Object.getPrototypeOf(result.assessment.answers)).toBe(Object.prototype);
    expect(result.repairs.map((r) => r.key)).toContain('repair.dropped');
  });

  it('repairs wrong types and says so', () => {
    const a = base();
    a.answers = { 'rmz-zone': { value: 'maybe', note: 42 }, 'rmz-linkage': 'met', 'cap-ip': { value: 'met' } };
    a.rev = -3;
    a.createdAt = 'yesterday';
    a.plan = { 'cap-ip': { owner: 'An', due: '2026-02-30' } };
    const result = read(envelopeWith(a));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.answers).toEqual({ 'cap-ip': { value: 'met' } });
    expect(result.assessment.rev).toBe(0);
    expect(result.assessment.createdAt).toBe(FIXED_DATE.toISOString());
    expect(result.assessment.plan).toEqual({ 'cap-ip': { owner: 'An' } });
    expect(result.repairs).toContainEqual({ key: 'repair.dropped', values: { count: 4 }, tone: 'info' });
  });

  it('keeps answers to questions this version does not know aside, not dropped', () => {
    const a = base();
    a.answers = { 'rmz-zone': { value: 'met' }, 'old-question-7': { value: 'partly', note: 'cũ' } };
    const result = read(envelopeWith(a));
    expect(result.ok && result.assessment.setAside).toEqual({ 'old-question-7': { value: 'partly', note: 'cũ' } });
    expect(result.ok && result.assessment.answers).toEqual({ 'rmz-zone': { value: 'met' } });
    expect(result.ok && result.repairs).toContainEqual({ key: 'repair.setAside', values: { count: 1 }, tone: 'info' });
  });

  it('cuts huge strings to the limit and reports it', () => {
    const a = base();
    a.answers = { 'rmz-zone': { value: 'met', note: 'ạ'.repeat(50_000) } };
    const result = read(envelopeWith(a));
    expect(result.ok && result.assessment.answers['rmz-zone']?.note?.length).toBe(20_000);
    expect(result.ok && result.repairs.map((r) => r.key)).toContain('repair.truncated');
  });

  it('stores decomposed Vietnamese composed (NFC) and removes control characters', () => {
    const a = base();
    const nfd = 'Hợp tác xã Đông Hưng'.normalize('NFD');
    a.answers = { 'rmz-zone': { value: 'met', note: `${nfd}\u0000\u0007 ok\ttab` } };
    const result = read(envelopeWith(a));
    expect(result.ok && result.assessment.answers['rmz-zone']?.note).toBe('Hợp tác xã Đông Hưng ok tab');
  });

  it('resets an invalid profile into the profile form instead of refusing the file', () => {
    const a = base();
    a.profile = { ...PROFILES.foodCoopCrop, productGroup: 'spaceships' };
    a.profileDraft = {};
    const result = read(envelopeWith(a));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.profile).toBeNull();
    expect(result.assessment.profileDraft.producerName).toBe(PROFILES.foodCoopCrop.producerName);
    expect(result.assessment.profileDraft.productGroup).toBe('spaceships');
    expect(result.repairs.map((r) => r.key)).toContain('repair.profile');
  });

  it('gives a record with an unusable id a new one', () => {
    const a = base();
    a.id = '../../etc';
    const result = read(envelopeWith(a));
    expect(result.ok && result.assessment.id).toBe('fresh-id-0001');
  });
});
