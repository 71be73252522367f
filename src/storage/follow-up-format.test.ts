import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import { startFollowUp } from '../domain/follow-up';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { readAssessment, toEnvelope } from './read-assessment';

/**
 * Format 4: a follow-up carries its frozen baseline, and plan lines their status and progress.
 * Saved and exported files keep both; hostile values are dropped and told, nothing else lost.
 */
const read = (text: string) =>
  readAssessment(text, { index: CONTENT_INDEX, now: () => FIXED_DATE, newId: () => 'fresh-id-0001' });

const earlier = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-zone': { value: 'not_met', note: 'Chưa có bản đồ vùng trồng' },
    'tr-one-step': { value: 'na', reason: 'Không mua nguyên liệu' },
  }),
  plan: { 'rmz-zone': { owner: 'Chị Hoa', due: '2027-03-31', status: 'doing' as const, progress: 'Đã thuê đo đạc' } },
};
const followUp = startFollowUp(
  earlier,
  'follow-up-0001',
  new Date('2027-01-10T02:00:00Z'),
  CONTENT_INDEX.content.version,
);
if (!followUp) throw new Error('the fixture has a profile');

function edited(change: (a: Record<string, unknown>) => void): string {
  const envelope = JSON.parse(JSON.stringify(toEnvelope(followUp!, FIXED_DATE, CONTENT_INDEX)));
  change(envelope.assessment);
  return JSON.stringify(envelope);
}

describe('follow-up in the saved format', () => {
  it('reads back the baseline link, the carried marks and the plan status exactly as written', () => {
    const result = read(JSON.stringify(toEnvelope(followUp, FIXED_DATE, CONTENT_INDEX)));
    if (!result.ok) throw new Error(result.reason);
    expect(result.repairs).toEqual([]);
    expect(result.assessment.followUp).toEqual(followUp.followUp);
    expect(result.assessment.followUp?.baseline.answers['tr-one-step']).toEqual({
      value: 'na',
      reason: 'Không mua nguyên liệu',
    });
    expect(result.assessment.plan['rmz-zone']).toEqual({
      owner: 'Chị Hoa',
      due: '2027-03-31',
      status: 'doing',
      progress: 'Đã thuê đo đạc',
    });
  });

  it('an unknown plan status is dropped and told; owner, date and progress stay', () => {
    const result = read(
      edited((a) => ((a.plan as Record<string, Record<string, unknown>>)['rmz-zone'].status = 'finished!')),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.plan['rmz-zone']).toEqual({
      owner: 'Chị Hoa',
      due: '2027-03-31',
      progress: 'Đã thuê đo đạc',
    });
    expect(result.repairs.map((r) => r.key)).toContain('repair.dropped');
    expect(result.assessment.followUp).toEqual(followUp.followUp);
  });

  it('"todo" (not started) is the default and is not written', () => {
    const result = read(
      edited((a) => ((a.plan as Record<string, Record<string, unknown>>)['rmz-zone'].status = 'todo')),
    );
    expect(result.ok && result.assessment.plan['rmz-zone'].status).toBeUndefined();
    expect(result.ok && result.repairs).toEqual([]);
  });

  it('a baseline without a usable profile drops the link (told); answers, notes and plan are kept', () => {
    const result = read(
      edited((a) => ((a.followUp as { baseline: Record<string, unknown> }).baseline.profile = { producerName: 42 })),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.followUp).toBeUndefined();
    expect(result.assessment.answers).toEqual(followUp.answers);
    expect(result.assessment.plan).toEqual(followUp.plan);
    expect(result.repairs.map((r) => r.key)).toContain('repair.dropped');
  });

  it('a bad baseline answer or carried id is dropped on its own', () => {
    const result = read(
      edited((a) => {
        const f = a.followUp as { baseline: { answers: Record<string, unknown> }; carried: unknown[] };
        f.baseline.answers['rmz-zone'] = { value: 'excellent' };
        f.baseline.answers.__proto__ = { value: 'met' };
        f.carried.push(7, 'Not An Id');
      }),
    );
    if (!result.ok) throw new Error(result.reason);
    expect(result.assessment.followUp?.baseline.answers).toEqual({
      'tr-one-step': { value: 'na', reason: 'Không mua nguyên liệu' },
    });
    expect(result.assessment.followUp?.carried).toEqual(followUp.followUp.carried);
    expect(result.repairs.map((r) => r.key)).toContain('repair.dropped');
  });

  it('a follow-up link that is not an object is dropped, the rest opens', () => {
    const result = read(edited((a) => (a.followUp = 'yes')));
    expect(result.ok && result.assessment.followUp).toBeUndefined();
    expect(result.ok && result.assessment.answers).toEqual(followUp.answers);
  });
});
