import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX } from '../content/content';
import { isQuestion } from '../content/types';
import { PROFILES } from '../testing/profiles';
import { ANSWER_VALUES, GAP_VALUES, type ItemAnswer } from './answers';
import { newAssessment, type Assessment } from './assessment';
import {
  compareWithBaseline,
  confirmCarried,
  doneButStillOpen,
  sinceLastTime,
  startFollowUp,
  withCarriedConfirmed,
  type Baseline,
  type Comparison,
  type PlanLineEntry as PlanEntry,
} from './follow-up';

const profile = PROFILES.foodCoopCrop;
const ids = applicableItems(CONTENT_INDEX, profile)
  .filter(isQuestion)
  .map((q) => q.id);
const NO_CHANGES = { added: [], removed: [] };
const TODAY = '2026-12-02';

const baselineOf = (answers: Record<string, ItemAnswer>): Baseline => ({
  id: 'earlier-assessment',
  date: '2026-06-01T03:00:00.000Z',
  contentVersion: CONTENT_INDEX.content.version,
  profile,
  answers: Object.fromEntries(
    Object.entries(answers).flatMap(([id, a]) => (a.value ? [[id, { value: a.value, reason: a.reason }]] : [])),
  ),
});

const compare = (
  then: Record<string, ItemAnswer>,
  now: Record<string, ItemAnswer>,
  plan: Record<string, PlanEntry> = {},
) => compareWithBaseline(CONTENT_INDEX, baselineOf(then), { profile, answers: now, plan }, NO_CHANGES, TODAY);

/** Any set of answers to this profile's questions, some left unanswered, "not applicable" always with a reason. */
const answersArb = fc.dictionary(
  fc.constantFrom(...ids),
  fc
    .constantFrom(...ANSWER_VALUES)
    .map((value): ItemAnswer => (value === 'na' ? { value, reason: 'Không làm' } : { value })),
);

const gapIds = (answers: Record<string, ItemAnswer>) =>
  ids.filter(
    (id) => answers[id]?.value !== undefined && (GAP_VALUES as readonly string[]).includes(answers[id].value!),
  );

const idsOf = (changes: { id: string }[]) => changes.map((c) => c.id).sort();
const allChanges = (c: Comparison) => [...c.closed, ...c.opened, ...c.unchanged, ...c.dropped];

describe('follow-up comparison', () => {
  it('puts every gap of either time in exactly one of closed, opened, unchanged, dropped', () => {
    fc.assert(
      fc.property(answersArb, answersArb, (then, now) => {
        const c = compare(then, now);
        const union = [...new Set([...gapIds(then), ...gapIds(now)])].sort();
        expect(idsOf(allChanges(c))).toEqual(union);
        // With both answered the same way the partition is the issue's: closed + new + unchanged.
        for (const d of c.dropped) expect(d.now).toBe('unanswered');
      }),
    );
  });

  it('finds nothing changed when an assessment is compared with itself', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const c = compare(answers, answers);
        expect([...c.closed, ...c.opened, ...c.dropped, ...c.worse]).toEqual([]);
        expect(idsOf(c.unchanged)).toEqual(gapIds(answers).sort());
        expect(c.readiness.overall.then).toBe(c.readiness.overall.now);
      }),
    );
  });

  it('names three gaps closed, one opened and one answer that got worse', () => {
    const [a, b, c, d, e] = ids;
    const then = {
      [a]: { value: 'not_met' },
      [b]: { value: 'unknown' },
      [c]: { value: 'partly' },
      [d]: { value: 'met' },
      [e]: { value: 'partly' },
    } as const;
    const now = {
      [a]: { value: 'met' },
      [b]: { value: 'na', reason: 'Không bán lẻ' },
      [c]: { value: 'met' },
      [d]: { value: 'partly' },
      [e]: { value: 'not_met' },
    } as const;
    const result = compare(then, now);
    expect(idsOf(result.closed)).toEqual([a, b, c].sort());
    expect(idsOf(result.opened)).toEqual([d]);
    expect(idsOf(result.unchanged)).toEqual([e]);
    expect(idsOf(result.worse)).toEqual([d, e].sort());
    expect(result.readiness.overall.now).toBeGreaterThan(result.readiness.overall.then!);
  });

  it('sorts last time’s plan lines into done, late and open against today', () => {
    const [a, b, c] = ids;
    const gaps = { [a]: { value: 'not_met' }, [b]: { value: 'not_met' }, [c]: { value: 'partly' } } as const;
    const plan: Record<string, PlanEntry> = {
      [a]: { owner: 'Chị Mai', due: '2026-09-30', status: 'done', progress: 'Đã làm sổ ghi chép' },
      [b]: { owner: 'Anh Tú', due: '2026-11-30', status: 'doing' },
      [c]: { owner: 'Anh Tú', due: '2027-01-31' },
    };
    const result = compare(gaps, { ...gaps, [a]: { value: 'met' } }, plan);
    expect(result.plan.done.map((l) => l.id)).toEqual([a]);
    expect(result.plan.late.map((l) => l.id)).toEqual([b]);
    expect(result.plan.open.map((l) => l.id)).toEqual([c]);
  });

  it('goes by the answers, not the status: a closed gap is done even past its date; "done" on an open gap is not', () => {
    const [a, b] = ids;
    const gaps = { [a]: { value: 'not_met' }, [b]: { value: 'unknown' } } as const;
    const plan: Record<string, PlanEntry> = {
      // Closed since, never marked done, date passed: done, not late.
      [a]: { owner: 'Chị Hoa', due: '2026-03-15' },
      // Marked done, answer still "don't know": open, never done.
      [b]: { status: 'done', progress: 'Đã hỏi cán bộ xã' },
    };
    const result = compare(gaps, { ...gaps, [a]: { value: 'met' } }, plan);
    expect(result.plan.done.map((l) => l.id)).toEqual([a]);
    expect(result.plan.late).toEqual([]);
    expect(result.plan.open.map((l) => l.id)).toEqual([b]);
  });

  it('names an answered item the checklist no longer has as dropped, not closed', () => {
    const baseline = baselineOf({ 'an-item-since-removed': { value: 'not_met' } });
    const result = compareWithBaseline(
      CONTENT_INDEX,
      baseline,
      { profile, answers: {}, plan: {} },
      { added: [], removed: ['an-item-since-removed'] },
      TODAY,
    );
    expect(result.closed).toEqual([]);
    expect(result.dropped).toEqual([
      { id: 'an-item-since-removed', section: null, then: 'not_met', now: 'not-in-checklist' },
    ]);
    expect(result.content.removed).toEqual(['an-item-since-removed']);
  });

  it('flags a plan line marked done while its answer is still a gap', () => {
    const [a, b] = ids;
    const plan: Record<string, PlanEntry> = { [a]: { status: 'done' }, [b]: { status: 'done' } };
    expect(doneButStillOpen(plan, { [a]: { value: 'not_met' }, [b]: { value: 'met' } })).toEqual([a]);
  });
});

describe('assess again', () => {
  const source = {
    ...newAssessment('earlier-assessment', new Date('2026-06-01T03:00:00Z'), CONTENT_INDEX.content.version),
    updatedAt: '2026-06-20T08:00:00.000Z',
    profile,
    answers: {
      [ids[0]]: { value: 'not_met', note: 'Chưa có sổ' },
      [ids[1]]: { value: 'na', reason: 'Không bán lẻ' },
      [ids[2]]: { note: 'chỉ ghi chú' },
    },
    plan: { [ids[0]]: { owner: 'Chị Mai', due: '2026-09-30' } },
  } satisfies Assessment;

  it('names the carried answers nobody has checked again, until they are confirmed', () => {
    const followUp = startFollowUp(
      source,
      'follow-up-2',
      new Date('2026-12-01T03:00:00Z'),
      CONTENT_INDEX.content.version,
    );
    if (!followUp) throw new Error('a profile is set');
    const unchecked = (a: Assessment) => sinceLastTime(CONTENT_INDEX, a, TODAY)?.unconfirmed;
    expect(unchecked(followUp)).toEqual([ids[0], ids[1], ids[2]]);
    expect(unchecked(withCarriedConfirmed(followUp, [ids[0], ids[2]]))).toEqual([ids[1]]);
  });

  it('carries everything over, marks it carried and freezes the earlier assessment as the baseline', () => {
    const before = structuredClone(source);
    const followUp = startFollowUp(
      source,
      'follow-up-1',
      new Date('2026-12-02T03:00:00Z'),
      CONTENT_INDEX.content.version,
    )!;
    expect(source).toEqual(before);
    expect(followUp.id).toBe('follow-up-1');
    expect(followUp.answers).toEqual(source.answers);
    expect(followUp.plan).toEqual(source.plan);
    expect(followUp.followUp?.carried).toEqual([ids[0], ids[1], ids[2]].sort());
    expect(followUp.followUp?.baseline).toMatchObject({ id: 'earlier-assessment', date: '2026-06-20T08:00:00.000Z' });
    expect(followUp.followUp?.baseline.answers).toEqual({
      [ids[0]]: { value: 'not_met' },
      [ids[1]]: { value: 'na', reason: 'Không bán lẻ' },
    });
    followUp.answers[ids[0]].note = 'changed';
    expect(source.answers[ids[0]].note).toBe('Chưa có sổ');
  });

  it('starts with the report language and page format the earlier one was last reported in', () => {
    const start = (reportFormat: 'a4' | 'phone' | null) =>
      startFollowUp(
        { ...source, reportLanguage: 'en', reportFormat },
        'follow-up-1',
        new Date('2026-12-02T03:00:00Z'),
        CONTENT_INDEX.content.version,
      );
    expect(start('phone')).toMatchObject({ reportLanguage: 'en', reportFormat: 'phone' });
    expect(start('a4')?.reportFormat).toBe('a4');
    expect(start(null)?.reportFormat).toBeNull();
  });

  it('takes a follow-up of a follow-up as the baseline of the next', () => {
    const first = startFollowUp(
      source,
      'follow-up-1',
      new Date('2026-12-02T03:00:00Z'),
      CONTENT_INDEX.content.version,
    )!;
    const second = startFollowUp(
      { ...first, updatedAt: '2027-03-01T03:00:00.000Z' },
      'follow-up-2',
      new Date('2027-06-01T03:00:00Z'),
      CONTENT_INDEX.content.version,
    )!;
    expect(second.followUp?.baseline.id).toBe('follow-up-1');
    expect(second.followUp?.baseline).not.toHaveProperty('followUp');
  });

  it('cannot start from an assessment without a profile', () => {
    expect(
      startFollowUp({ ...source, profile: null }, 'x-follow-up', new Date(), CONTENT_INDEX.content.version),
    ).toBeNull();
  });

  it('stops marking an item carried once it is confirmed or changed', () => {
    const followUp = startFollowUp(source, 'follow-up-1', new Date(), CONTENT_INDEX.content.version)!.followUp!;
    expect(confirmCarried(followUp, [ids[1]]).carried).toEqual([ids[0], ids[2]].sort());
  });
});
