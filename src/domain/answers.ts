import type { Priority } from '../content/types';

/**
 * The answer scale (docs/product-rules.md, "Answers, scoring and priority"). Wording on
 * screen and in the report: `common:answers.<value>` / `report:answers.<value>`
 * come from the same keys so they never drift apart.
 */
export const ANSWER_VALUES = ['met', 'partly', 'not_met', 'unknown', 'na'] as const;
export type AnswerValue = (typeof ANSWER_VALUES)[number];

/** Score of each answer; `na` is excluded from readiness, so it has none. */
export const ANSWER_SCORE: Record<Exclude<AnswerValue, 'na'>, number> = {
  met: 1,
  partly: 0.5,
  not_met: 0,
  unknown: 0,
};

/** Answers that make an item a gap: something to do, listed in the action plan. */
export const GAP_VALUES: readonly AnswerValue[] = ['partly', 'not_met', 'unknown'];

/**
 * Whether an answer makes its item a gap; no answer is not a gap but unanswered. Takes an answer as saved or as
 * a form holds it (a radio group with nothing ticked).
 */
export const isGap = (value: string | null | undefined): boolean => GAP_VALUES.some((gap) => gap === value);

/** Order of gaps with the same priority and kind: furthest from met first. */
export const GAP_ORDER: readonly AnswerValue[] = ['not_met', 'unknown', 'partly'];

export const PRIORITY_WEIGHT: Record<Priority, number> = { high: 3, medium: 2, low: 1 };

/** Tie-break order of gaps after priority, by the kind of rule as it applies to the producer. */
export { KIND_ORDER } from '../content/rule-kind';

export const PRIORITY_ORDER: Record<Priority, number> = { high: 0, medium: 1, low: 2 };

export interface ItemAnswer {
  value?: AnswerValue;
  /** Why the item does not apply; required with `na`. */
  reason?: string;
  note?: string;
  /** Where the evidence is (a file name, a folder, a document number). */
  evidence?: string;
}

/** An answer counts only when it has a value, and `na` only with a reason. */
export function effectiveValue(answer: ItemAnswer | undefined): AnswerValue | undefined {
  if (!answer?.value) return undefined;
  if (answer.value === 'na' && !answer.reason?.trim()) return undefined;
  return answer.value;
}

/** The answer fields as a form or a file may hold them: any may be missing, empty or null. */
export interface LooseAnswer {
  value?: string | null;
  reason?: string | null;
  note?: string | null;
  evidence?: string | null;
}

/**
 * An answer with every text passed through `clean` (each with its length
 * limit) and empty fields left out; undefined when nothing is left. Forms use
 * a cleaner that keeps what is typed, storage one that also trims.
 */
export function compactAnswer(
  raw: LooseAnswer,
  clean: (text: string, max: number) => string,
  limits: { reason: number; note: number; evidence: number },
): ItemAnswer | undefined {
  const out: ItemAnswer = {};
  if (raw.value && (ANSWER_VALUES as readonly string[]).includes(raw.value)) out.value = raw.value as AnswerValue;
  for (const field of ['reason', 'note', 'evidence'] as const) {
    const text = clean(raw[field] ?? '', limits[field]);
    if (text) out[field] = text;
  }
  return Object.keys(out).length ? out : undefined;
}
