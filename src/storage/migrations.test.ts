import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import v1 from './fixtures/format-v1.json' with { type: 'json' };
import v2 from './fixtures/format-v2.json' with { type: 'json' };
import { MIGRATIONS, migrateEnvelope } from './migrations';
import { readAssessment } from './read-assessment';
import { FORMAT_VERSION } from './schema';

/** format-v1.json was written by the foundation release's own storage code (commit 2135bea). */
const read = (text: string) =>
  readAssessment(text, {
    index: CONTENT_INDEX,
    now: () => new Date('2027-01-01T00:00:00Z'),
    newId: () => 'fresh-id-0001',
  });

describe('format migrations', () => {
  it('has one step for every older version', () => {
    for (let v = 1; v < FORMAT_VERSION; v += 1)
      expect(MIGRATIONS[v], `migration ${v} → ${v + 1}`).toBeTypeOf('function');
  });

  it('1 → 2 adds an empty title, plan and set-aside answers and keeps everything else', () => {
    const migrated = MIGRATIONS[1](structuredClone(v1));
    expect(migrated.assessment).toEqual({ ...v1.assessment, title: '', plan: {}, setAside: {} });
  });

  it('reads a version 1 record into the current shape without losing an answer', () => {
    const result = read(JSON.stringify(v1));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(1);
    expect(result.repairs).toEqual([]);
    const { title, plan, setAside, reportFormat, ...rest } = result.assessment;
    expect({ title, plan, setAside, reportFormat }).toEqual({ title: '', plan: {}, setAside: {}, reportFormat: null });
    expect(rest).toEqual(v1.assessment);
  });

  it('2 → 3 changes nothing: a version 2 record is a valid version 3 record', () => {
    expect(MIGRATIONS[2](structuredClone(v2))).toEqual(v2);
  });

  it('opens a version 2 file with its profile (no traceability answer: condition not established), answers, set-aside answers and plan', () => {
    const result = read(JSON.stringify(v2));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.migratedFrom).toBe(2);
    expect(result.repairs).toEqual([]);
    expect(result.assessment.profile).toEqual(v2.assessment.profile);
    expect(result.assessment.profile?.traceability).toBeUndefined();
    expect(result.assessment.answers).toEqual(v2.assessment.answers);
    expect(result.assessment.setAside).toEqual(v2.assessment.setAside);
    expect(result.assessment.plan).toEqual(v2.assessment.plan);
    expect(result.assessment.title).toBe(v2.assessment.title);
  });

  it('keeps the traceability answer and the new OCOP statuses of a version 3 profile', () => {
    const v3 = {
      ...v2,
      formatVersion: FORMAT_VERSION,
      assessment: {
        ...v2.assessment,
        profile: { ...v2.assessment.profile, ocopStatus: 'submitted', traceability: 'required' },
      },
    };
    const result = read(JSON.stringify(v3));
    expect(result.ok && result.assessment.profile).toEqual(v3.assessment.profile);
  });

  it('3 → 4 changes nothing: a version 3 record (no follow-up link, no plan status) is a valid version 4 record', () => {
    const v3 = { ...v2, formatVersion: 3 };
    expect(MIGRATIONS[3](structuredClone(v3))).toEqual(v3);
    const result = read(JSON.stringify(v3));
    if (!result.ok) throw new Error(result.reason);
    expect(result.migratedFrom).toBe(3);
    expect(result.repairs).toEqual([]);
    expect(result.assessment.followUp).toBeUndefined();
    expect(result.assessment.plan).toEqual(v2.assessment.plan);
    expect(result.assessment.answers).toEqual(v2.assessment.answers);
  });

  it.each([1, 2, 3, 4])(
    'opens a version %i file, which has no report format, as none chosen without a repair',
    (version) => {
      const file = version === 1 ? v1 : { ...v2, formatVersion: version };
      expect(file.assessment).not.toHaveProperty('reportFormat');
      const result = read(JSON.stringify(file));
      if (!result.ok) throw new Error(result.reason);
      expect(result.repairs).toEqual([]);
      expect(result.assessment.reportFormat).toBeNull();
      expect(result.assessment.reportLanguage).toBe(file.assessment.reportLanguage);
      expect(result.assessment.answers).toEqual(file.assessment.answers);
    },
  );

  it('refuses versions it has no path from', () => {
    expect(migrateEnvelope({ ...v1, formatVersion: 0 }, 0)).toBeUndefined();
    expect(read(JSON.stringify({ ...v1, formatVersion: 0 }))).toEqual({ ok: false, reason: 'unsupported-version' });
  });
});
