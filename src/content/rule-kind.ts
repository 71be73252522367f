import type { Profile } from './profile-options';
import type { ItemCondition, QuestionItem, QuestionKind } from './types';

/**
 * The kind of rule a gap is shown under, from the item and the producer's
 * profile (docs/content-rules.md). A legal requirement with a condition (the
 * traceability circular binds those who run traceability) is a plain legal
 * requirement only when the profile establishes the condition; otherwise it is
 * a conditional requirement, labelled and ranked as such. Scoring, the review,
 * the report and the CSV all take the kind from here.
 */

export const EFFECTIVE_KINDS = [
  'legal-requirement',
  'evaluation-criterion',
  'programme-priority',
  'conditional-requirement',
] as const;
export type EffectiveKind = (typeof EFFECTIVE_KINDS)[number];

/**
 * Gap order after priority: binding rules first, then what OCOP evaluation looks at, then programme aims,
 * and last a rule whose condition this producer has not established (it does not bind them yet: something
 * to prepare for, after the things that matter now).
 */
export const KIND_ORDER: Record<EffectiveKind, number> = Object.fromEntries(
  EFFECTIVE_KINDS.map((k, i) => [k, i]),
) as Record<EffectiveKind, number>;

/** The profile facts conditions look at; missing facts establish nothing. */
export type KindProfile = Partial<Pick<Profile, 'traceability'>> | null | undefined;

/** Whether the profile establishes the condition: "not sure" and a missing answer do not. */
export function conditionHolds(condition: ItemCondition, profile: KindProfile): boolean {
  switch (condition) {
    case 'traceability':
      return profile?.traceability === 'runs' || profile?.traceability === 'required';
  }
}

export function effectiveKind(item: Pick<QuestionItem, 'kind' | 'condition'>, profile: KindProfile): EffectiveKind {
  if (item.kind === 'legal-requirement' && item.condition && !conditionHolds(item.condition, profile)) {
    return 'conditional-requirement';
  }
  return item.kind satisfies QuestionKind;
}
