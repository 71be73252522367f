import { applicableItems } from '../content/applicability';
import type { ContentIndex } from '../content/content';
import { GOODS_RAW_MATERIALS, LEGAL_FORMS, OCOP_STATUSES, PRODUCT_GROUPS } from '../content/profile-options';
import { RULES, type RuleSpec } from '../content/rules';
import { isQuestion } from '../content/types';

export interface AssessmentLength {
  /** Fewest and most questions any profile gets. */
  questions: { min: number; max: number };
  /** A rough time in minutes, rounded to 5, for the fewest and the most questions. */
  minutes: { min: number; max: number };
}

/**
 * Time per question, from walking the checklist as a first-time producer: a
 * known answer takes about 20 to 30 seconds, one that needs a look at the
 * papers or a reason about a minute. A range, not a promise.
 */
const MINUTES_PER_QUESTION = { low: 0.4, high: 0.6 };

/**
 * How long the checklist is, computed from the content for every profile the
 * form allows (the welcome screen says so before anyone starts), so that it
 * stays true when questions or applicability rules change.
 */
export function assessmentLength(index: ContentIndex): AssessmentLength {
  let min = Number.POSITIVE_INFINITY;
  let max = 0;
  // Values no rule tells apart give the same checklist: one of each kind is enough (72 profiles, not 504).
  const rawMaterials = distinct('rawMaterial', GOODS_RAW_MATERIALS);
  const legalForms = distinct('legalForm', LEGAL_FORMS);
  const statuses = distinct('ocopStatus', OCOP_STATUSES);
  for (const productGroup of distinct('productGroup', PRODUCT_GROUPS)) {
    // A service has no raw material; goods always have one.
    for (const rawMaterial of productGroup === 'tourism' ? (['none'] as const) : rawMaterials) {
      for (const legalForm of legalForms) {
        for (const ocopStatus of statuses) {
          const n = applicableItems(index, { productGroup, rawMaterial, legalForm, ocopStatus }).filter(
            isQuestion,
          ).length;
          min = Math.min(min, n);
          max = Math.max(max, n);
        }
      }
    }
  }
  return {
    questions: { min, max },
    minutes: {
      min: Math.max(5, Math.floor((min * MINUTES_PER_QUESTION.low) / 5) * 5),
      max: Math.ceil((max * MINUTES_PER_QUESTION.high) / 5) * 5,
    },
  };
}

/** One value of each set of values that every rule treats alike ("tourism" stays apart: it has no raw material). */
function distinct<F extends keyof RuleSpec, V extends string>(field: F, values: readonly V[]): V[] {
  const specs: readonly RuleSpec[] = Object.values(RULES);
  const seen = new Set<string>();
  return values.filter((value) => {
    const signature =
      (value === 'tourism' ? 'service:' : '') +
      specs.map((spec) => ((spec[field] as readonly string[] | undefined)?.includes(value) ? '1' : '0')).join('');
    if (seen.has(signature)) return false;
    seen.add(signature);
    return true;
  });
}
