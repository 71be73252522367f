import { describe, expect, it } from 'vitest';
import { assessmentWith } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { changesLostBy } from './differences';

describe('changesLostBy', () => {
  const base = assessmentWith(PROFILES.foodCoopCrop, { 'rmz-zone': { value: 'met' } });

  it('counts what this tab has that the other version would throw away', () => {
    const mine = {
      ...base,
      answers: { ...base.answers, 'rmz-water': { note: 'mới gõ' } },
      plan: { 'rmz-zone': { owner: 'Lan' } },
    };
    expect(changesLostBy(mine, base)).toBe(2);
  });

  it('is zero when the other version only adds', () => {
    const theirs = { ...base, answers: { ...base.answers, 'rmz-water': { value: 'met' as const } } };
    expect(changesLostBy(base, theirs)).toBe(0);
  });
});
