import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX } from '../content/content';
import type { Profile } from '../content/profile-options';
import { isQuestion, type QuestionItem } from '../content/types';
import { PROFILES } from '../testing/profiles';
import { ANSWER_VALUES, PRIORITY_WEIGHT, type ItemAnswer } from './answers';
import { scoreAssessment } from './scoring';

const profile = PROFILES.tourismService;
const questions = applicableItems(CONTENT_INDEX, profile).filter(isQuestion) as QuestionItem[];
const score = (answers: Record<string, ItemAnswer>) => scoreAssessment(CONTENT_INDEX, profile, answers);

/** The formula of docs/product-rules.md written out independently. */
function expectedReadiness(items: QuestionItem[], answers: Record<string, ItemAnswer>): number | null {
  const points = { met: 1, partly: 0.5, not_met: 0, unknown: 0 } as const;
  let num = 0;
  let den = 0;
  for (const q of items) {
    const a = answers[q.id];
    const counted = a?.value === 'na' && !a.reason?.trim() ? undefined : a?.value;
    if (counted === 'na') continue;
    const w = q.priority === 'high' ? 3 : q.priority === 'medium' ? 2 : 1;
    den += w;
    num += counted ? w * points[counted] : 0;
  }
  return den ? num / den : null;
}

describe('scoring', () => {
  it('weights by priority: high 3, medium 2, low 1', () => {
    expect(PRIORITY_WEIGHT).toEqual({ high: 3, medium: 2, low: 1 });
  });

  it('computes a worked example by hand', () => {
    // cap-organisation (high), cap-innovation (medium), cap-cooperation (low); everything else unanswered.
    const answers = {
      'cap-organisation': { value: 'met' },
      'cap-innovation': { value: 'partly' },
      'cap-cooperation': { value: 'na', reason: 'Không có thành viên' },
    } as const;
    const result = score(answers);
    const weightOfRest = questions
      .filter((q) => !['cap-organisation', 'cap-innovation', 'cap-cooperation'].includes(q.id))
      .reduce((n, q) => n + PRIORITY_WEIGHT[q.priority], 0);
    expect(result.overall).toBeCloseTo((3 * 1 + 2 * 0.5) / (3 + 2 + weightOfRest), 10);
    expect(result.counts).toMatchObject({ met: 1, partly: 1, na: 1, unanswered: questions.length - 3 });
  });

  it('counts an unanswered question as 0 and names it', () => {
    const result = score({});
    expect(result.overall).toBe(0);
    expect(result.unanswered.map((u) => u.item.id)).toEqual(questions.map((q) => q.id));
  });

  it('treats "not applicable" without a reason as unanswered', () => {
    const result = score({ 'cap-ip': { value: 'na', reason: '   ' } });
    expect(result.notApplicable).toEqual([]);
    expect(result.unanswered.map((u) => u.item.id)).toContain('cap-ip');
  });

  it('gives no readiness when every question is not applicable', () => {
    const all = Object.fromEntries(questions.map((q) => [q.id, { value: 'na' as const, reason: 'x' }]));
    expect(score(all).overall).toBeNull();
    expect(score(all).areas.every((a) => a.readiness === null)).toBe(true);
  });

  it('never scores information notes nor answers to items that do not apply', () => {
    const result = score({ 'rmz-info-priority': { value: 'met' }, 'rmz-zone': { value: 'met' } });
    expect(result.items.map((i) => i.item.id)).not.toContain('rmz-info-priority');
    expect(result.items.map((i) => i.item.id)).not.toContain('rmz-zone');
    expect(result.overall).toBe(0);
  });

  describe('gap order: priority, then kind of rule for this producer, then answer, then checklist order', () => {
    const food = PROFILES.foodCoopCrop;
    const foodQuestions = applicableItems(CONTENT_INDEX, food).filter(isQuestion) as QuestionItem[];
    // Every gap answer, spread over the questions so that ties on priority and kind are broken by the answer.
    const spread = ['partly', 'unknown', 'not_met'] as const;
    const answers = Object.fromEntries(foodQuestions.map((q, i) => [q.id, { value: spread[i % 3] }]));
    const traceRuns = (t: Profile['traceability']) => t === 'runs' || t === 'required';
    // Written out here rather than taken from the code under test.
    const kindRank = (q: QuestionItem, t: Profile['traceability']) =>
      q.kind === 'legal-requirement'
        ? q.condition === 'traceability' && !traceRuns(t)
          ? 3
          : 0
        : q.kind === 'evaluation-criterion'
          ? 1
          : 2;
    const answerRank = (id: string) => ['not_met', 'unknown', 'partly'].indexOf(answers[id].value);

    it.each([undefined, 'runs', 'required', 'neither', 'not-sure'] as const)('traceability: %s', (traceability) => {
      const profile = { ...food, traceability };
      const gaps = scoreAssessment(CONTENT_INDEX, profile, answers).gaps;
      const rank = (q: QuestionItem) => [
        ['high', 'medium', 'low'].indexOf(q.priority),
        kindRank(q, traceability),
        answerRank(q.id),
        foodQuestions.indexOf(q),
      ];
      const sorted = gaps
        .map((g) => g.item)
        .sort((a, b) => {
          const [x, y] = [rank(a), rank(b)];
          return x[0] - y[0] || x[1] - y[1] || x[2] - y[2] || x[3] - y[3];
        });
      expect(gaps.map((g) => g.item.id)).toEqual(sorted.map((q) => q.id));
      const traceGaps = gaps.filter((g) => g.item.condition === 'traceability');
      expect(traceGaps.length).toBeGreaterThan(5);
      for (const g of traceGaps)
        expect(g.kind).toBe(traceRuns(traceability) ? 'legal-requirement' : 'conditional-requirement');
    });

    it('puts a traceability gap first only when the producer traces or is required to', () => {
      const first = (traceability: Profile['traceability']) =>
        scoreAssessment(CONTENT_INDEX, { ...food, traceability }, answers).gaps[0];
      expect(first('runs').kind).toBe('legal-requirement');
      expect(first('runs').item.condition).toBe('traceability');
      expect(first('neither').kind).toBe('evaluation-criterion');
      expect(first(undefined).item.condition).toBeUndefined();
    });
  });

  it('matches the formula for any answers (property)', () => {
    const answerArb = fc.record({
      value: fc.constantFrom(...ANSWER_VALUES),
      reason: fc.constantFrom('', ' ', 'lý do'),
    });
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...questions.map((q) => q.id)), answerArb), (answers) => {
        const result = score(answers);
        const expected = expectedReadiness(questions, answers);
        if (expected === null) expect(result.overall).toBeNull();
        else expect(result.overall).toBeCloseTo(expected, 10);
        const total = Object.values(result.counts).reduce((a, b) => a + b, 0);
        expect(total).toBe(questions.length);
        expect(result.gaps.every((g) => ['partly', 'not_met', 'unknown'].includes(g.value ?? ''))).toBe(true);
      }),
    );
  });
});
