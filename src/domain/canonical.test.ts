import { describe, expect, it } from 'vitest';
import { assessmentWith } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { canonicalAssessment } from './canonical';

describe('canonicalAssessment', () => {
  it('trims, composes and empties out what the forms left behind', () => {
    const a = {
      ...assessmentWith(PROFILES.foodCoopCrop, {
        'rmz-zone': { value: 'met', note: '  Ghi chú '.normalize('NFD') + '\u0000 ', evidence: '   ' },
        'rmz-linkage': { reason: '  ' },
      }),
      title: '  Tên mới  ',
      plan: { 'rmz-zone': { owner: ' An ', due: '2027-01-02' }, 'rmz-linkage': { owner: ' ' } },
    };
    const c = canonicalAssessment(a);
    expect(c.title).toBe('Tên mới');
    expect(c.answers).toEqual({ 'rmz-zone': { value: 'met', note: 'Ghi chú' } });
    expect(c.plan).toEqual({ 'rmz-zone': { owner: 'An', due: '2027-01-02' } });
  });

  it('is idempotent', () => {
    const a = assessmentWith(PROFILES.herbHousehold, { 'rmz-zone': { value: 'partly', note: ' x\ty ' } });
    expect(canonicalAssessment(canonicalAssessment(a))).toEqual(canonicalAssessment(a));
  });
});
