import { applicableItems, type RuleProfile } from '../content/applicability';
import type { ContentIndex } from '../content/content';
import { effectiveKind, KIND_ORDER, type EffectiveKind, type KindProfile } from '../content/rule-kind';
import { isQuestion, type QuestionItem, type SectionId } from '../content/types';
import {
  ANSWER_SCORE,
  ANSWER_VALUES,
  GAP_ORDER,
  PRIORITY_ORDER,
  PRIORITY_WEIGHT,
  effectiveValue,
  isGap,
  type AnswerValue,
  type ItemAnswer,
} from './answers';

/**
 * Readiness and gaps, exactly as docs/product-rules.md ("Answers, scoring and priority")
 * defines them:
 *   readiness = Σ weight × score ÷ Σ weight over the questions that apply to the
 *   profile and are not `na`; an unanswered question scores 0 and is listed.
 * Information notes are never scored. Gaps (partly / not met / don't know) are
 * ordered by priority, then the kind of rule as it applies to this producer
 * (legal requirement, evaluation criterion, programme priority, conditional
 * requirement: rule-kind.ts), then the answer (not met, don't know, partly met),
 * then checklist order.
 */

export type AnswerCounts = Record<AnswerValue | 'unanswered', number>;

export interface ScoredItem {
  item: QuestionItem;
  /** The kind of rule for this producer: a conditional legal requirement stays conditional until the profile establishes the condition. */
  kind: EffectiveKind;
  section: SectionId;
  /** Position in the checklist, for stable ordering. */
  order: number;
  answer: ItemAnswer | undefined;
  value: AnswerValue | undefined;
}

export interface AreaResult {
  section: SectionId;
  /** null when nothing in the area counts (every question not applicable). */
  readiness: number | null;
  counts: AnswerCounts;
  /** Questions that apply to the profile. */
  questions: number;
  unanswered: ScoredItem[];
}

export interface AssessmentResult {
  overall: number | null;
  areas: AreaResult[];
  counts: AnswerCounts;
  /** Every question that applies, in checklist order. */
  items: ScoredItem[];
  gaps: ScoredItem[];
  met: ScoredItem[];
  notApplicable: ScoredItem[];
  unanswered: ScoredItem[];
}

const emptyCounts = (): AnswerCounts =>
  Object.fromEntries([...ANSWER_VALUES, 'unanswered'].map((k) => [k, 0])) as AnswerCounts;

function readiness(items: readonly ScoredItem[]): number | null {
  let weight = 0;
  let score = 0;
  for (const { item, value } of items) {
    if (value === 'na') continue;
    const w = PRIORITY_WEIGHT[item.priority];
    weight += w;
    score += value === undefined ? 0 : w * ANSWER_SCORE[value];
  }
  return weight === 0 ? null : score / weight;
}

function countAnswers(items: readonly ScoredItem[]): AnswerCounts {
  const counts = emptyCounts();
  for (const { value } of items) counts[value ?? 'unanswered'] += 1;
  return counts;
}

/** Gaps: priority, then kind of rule, then how far from met (not met, don't know, partly met), then checklist order. */
export function compareGaps(a: ScoredItem, b: ScoredItem): number {
  return (
    PRIORITY_ORDER[a.item.priority] - PRIORITY_ORDER[b.item.priority] ||
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    gapRank(a.value) - gapRank(b.value) ||
    a.order - b.order
  );
}

const gapRank = (value: AnswerValue | undefined): number => {
  const rank = value === undefined ? -1 : GAP_ORDER.indexOf(value);
  return rank === -1 ? GAP_ORDER.length : rank;
};

/** The profile facts scoring reads: applicability fields and the conditions of legal requirements. */
export type ScoringProfile = RuleProfile & NonNullable<KindProfile>;

export function scoreAssessment(
  index: ContentIndex,
  profile: ScoringProfile,
  answers: Readonly<Record<string, ItemAnswer>>,
): AssessmentResult {
  const items: ScoredItem[] = [];
  applicableItems(index, profile).forEach((item, order) => {
    if (!isQuestion(item)) return;
    const section = index.sectionOfItem.get(item.id)?.id;
    if (!section) throw new Error(`Item ${item.id} has no section`);
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    items.push({ item, kind: effectiveKind(item, profile), section, order, answer, value: effectiveValue(answer) });
  });

  const areas: AreaResult[] = index.content.sections
    .map((s) => s.id)
    .map((section) => {
      const inArea = items.filter((i) => i.section === section);
      return {
        section,
        readiness: readiness(inArea),
        counts: countAnswers(inArea),
        questions: inArea.length,
        unanswered: inArea.filter((i) => i.value === undefined),
      };
    })
    .filter((area) => area.questions > 0);

  return {
    overall: readiness(items),
    areas,
    counts: countAnswers(items),
    items,
    gaps: items.filter((i) => isGap(i.value)).sort(compareGaps),
    met: items.filter((i) => i.value === 'met'),
    notApplicable: items.filter((i) => i.value === 'na'),
    unanswered: items.filter((i) => i.value === undefined),
  };
}
