import { describe, expect, it } from 'vitest';
import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX } from '../content/content';
import { isQuestion } from '../content/types';
import { assessmentWith } from '../testing/assessments';
import { PROFILES } from '../testing/profiles';
import { assessmentProgress, sectionProgress } from './progress';

describe('progress per area', () => {
  const profile = PROFILES.herbHousehold;
  const questions = applicableItems(CONTENT_INDEX, profile).filter(isQuestion);
  const rmz = questions.filter((q) => CONTENT_INDEX.sectionOfItem.get(q.id)?.id === 'rmz');

  it('counts each area apart and adds up to the whole', () => {
    const answers = Object.fromEntries(rmz.map((q) => [q.id, { value: 'met' as const }]));
    const assessment = assessmentWith(profile, answers);
    const areas = sectionProgress(CONTENT_INDEX, assessment);
    expect(areas.get('rmz')).toEqual({ answered: rmz.length, total: rmz.length });
    const others = [...areas].filter(([id]) => id !== 'rmz');
    expect(others.length).toBeGreaterThan(0);
    for (const [, p] of others) expect(p.answered).toBe(0);
    const sum = [...areas.values()].reduce(
      (a, p) => ({ answered: a.answered + p.answered, total: a.total + p.total }),
      { answered: 0, total: 0 },
    );
    expect(sum).toEqual(assessmentProgress(CONTENT_INDEX, assessment));
  });

  it('does not count "not applicable" without a reason as answered', () => {
    const first = rmz[0];
    const areas = sectionProgress(CONTENT_INDEX, assessmentWith(profile, { [first.id]: { value: 'na' } }));
    expect(areas.get('rmz')?.answered).toBe(0);
  });
});
