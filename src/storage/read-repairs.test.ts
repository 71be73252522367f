import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import { canonicalAssessment } from '../domain/canonical';
import { cleanText, titleWithin, MAX_LENGTH } from '../domain/text';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { readAssessment, SET_ASIDE_MAX_CHARS, toEnvelope } from './read-assessment';

/**
 * Hand-edited files and hostile text from the December red-team pass (H8,
 * H13, H15, I10–I12, S3, I24c, I26): repaired as docs/assessment-file.md
 * promises, never refused as damaged, and stored canonical.
 */

const read = (text: string) =>
  readAssessment(text, { index: CONTENT_INDEX, now: () => FIXED_DATE, newId: () => 'fresh-id-0001' });

function edited(change: (a: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(
    JSON.stringify(toEnvelope(assessmentWith(PROFILES.foodCoopCrop), FIXED_DATE, CONTENT_INDEX)),
  );
  change(envelope.assessment);
  return JSON.stringify(envelope);
}

describe('repairs of hand-edited files', () => {
  it('I10, S3: a time with an offset is the same instant, in UTC', () => {
    const result = read(edited((a) => (a.createdAt = '2026-11-28T13:30:00+07:00')));
    expect(result.ok && result.assessment.createdAt).toBe('2026-11-28T06:30:00.000Z');
  });

  it('I11: content version "1.0" reads as 1.0.0; nonsense becomes the version in use', () => {
    const a = read(edited((x) => (x.contentVersion = '1.0')));
    expect(a.ok && a.assessment.contentVersion).toBe('1.0.0');
    const b = read(edited((x) => (x.contentVersion = 'latest')));
    expect(b.ok && b.assessment.contentVersion).toBe(CONTENT_INDEX.content.version);
  });

  it('I12: a revision beyond safe integers is reset to 0', () => {
    const result = read(edited((a) => (a.rev = 1e21)));
    expect(result.ok && result.assessment.rev).toBe(0);
  });

  it('I26: an unknown province is flagged for the profile form, the rest of the profile kept as draft', () => {
    const result = read(edited((a) => ((a.profile as Record<string, string>).province = 'atlantis')));
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.profile).toBeNull();
    expect(result.assessment.profileDraft.province).not.toBe('atlantis');
    expect(result.assessment.profileDraft.producerName).toBe(PROFILES.foodCoopCrop.producerName);
    expect(result.repairs.map((r) => r.key)).toContain('repair.profile');
  });

  it('a report format this version does not know is forgotten (none chosen), nothing else lost', () => {
    const chosen = {
      ...assessmentWith(PROFILES.foodCoopCrop, { 'rmz-zone': { value: 'partly', note: 'Đang làm' } }),
      plan: { 'rmz-zone': { owner: 'Chị Hoa' } },
      reportLanguage: 'en' as const,
      reportFormat: 'phone' as const,
    };
    const envelope = JSON.parse(JSON.stringify(toEnvelope(chosen, FIXED_DATE, CONTENT_INDEX)));
    for (const bad of ['letter', 'PHONE', 42, {}, ['a4'], '']) {
      envelope.assessment.reportFormat = bad;
      const result = read(JSON.stringify(envelope));
      if (!result.ok) throw new Error(result.reason);
      expect(result.assessment, JSON.stringify(bad)).toEqual({ ...chosen, reportFormat: null });
      expect(result.repairs).toEqual([]);
    }
  });

  it('a file written before the report format was remembered reads as none chosen', () => {
    const result = read(edited((a) => delete a.reportFormat));
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment).toEqual({ ...assessmentWith(PROFILES.foodCoopCrop), reportFormat: null });
    expect(result.repairs).toEqual([]);
  });

  it('I24c: answers for unknown items are kept aside up to a budget, and the rest is reported', () => {
    const result = read(
      edited((a) => {
        const answers: Record<string, unknown> = {};
        for (let i = 0; i < 4_000; i += 1) answers[`old-item-${i}`] = { note: 'n'.repeat(800) };
        a.answers = answers;
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(JSON.stringify(result.assessment.setAside).length).toBeLessThanOrEqual(SET_ASIDE_MAX_CHARS * 1.01);
    const kept = Object.keys(result.assessment.setAside).length;
    expect(kept).toBeGreaterThan(100);
    expect(result.repairs).toContainEqual({
      key: 'repair.setAsideCapped',
      values: { count: 4_000 - kept },
      tone: 'error',
    });
    // What is written on every keystroke stays small.
    expect(JSON.stringify(toEnvelope(result.assessment, FIXED_DATE, CONTENT_INDEX)).length).toBeLessThan(300_000);
  });
});

describe('canonical text', () => {
  it('H13: the submitted profile is stored NFC with tabs as spaces', () => {
    const nfd = 'Hợp tác xã Tân Cương'.normalize('NFD');
    const a = {
      ...assessmentWith(PROFILES.foodCoopCrop),
      profile: { ...PROFILES.foodCoopCrop, producerName: nfd, productName: 'Chè\tbúp ' },
    };
    const stored = canonicalAssessment(a).profile;
    expect(stored?.producerName).toBe('Hợp tác xã Tân Cương');
    expect(stored?.productName).toBe('Chè búp');
  });

  it('H15: soft line breaks become line breaks, not glued words', () => {
    for (const soft of ['\u000B', '\u2028', '\u2029', '\u0085', '\u000C']) {
      expect(cleanText(`Dòng một${soft}Dòng hai`)).toBe('Dòng một\nDòng hai');
    }
  });

  it('H8: a copy of a name at the length limit still says it is a copy', () => {
    const name = 'Trà'.repeat(70).slice(0, MAX_LENGTH.short);
    const title = titleWithin((n) => `${n} (bản sao)`, name);
    expect(cleanText(title, MAX_LENGTH.short)).toBe(title);
    expect(title.endsWith('… (bản sao)')).toBe(true);
    expect(titleWithin((n) => `${n} (bản sao)`, 'Trà')).toBe('Trà (bản sao)');
  });
});
