import { compactAnswer, type ItemAnswer } from './answers';
import { compactPlanEntry, type Assessment, type FollowUp, type PlanEntry } from './assessment';
import { ANSWER_LIMITS, cleanText, MAX_LENGTH, PLAN_LIMITS } from './text';

/**
 * The form an assessment is saved and exported in: every text NFC, without
 * control characters, trimmed and within its length limit, and no empty
 * fields or entries. Forms keep exactly what is typed while the user types;
 * this is applied at the boundary (storage, export), so reading back what was
 * written gives the same assessment.
 */

const answer = (a: ItemAnswer): ItemAnswer | undefined => compactAnswer(a, cleanText, ANSWER_LIMITS);

const planEntry = (p: PlanEntry): PlanEntry | undefined => compactPlanEntry(p, cleanText, PLAN_LIMITS);

function entries<T>(record: Readonly<Record<string, T>>, clean: (v: T) => T | undefined): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(record)) {
    const cleaned = clean(value);
    if (cleaned !== undefined) out[id] = cleaned;
  }
  return out;
}

/** The baseline's names and reasons are typed text too; carried ids once each, in order. */
function canonicalFollowUp(f: FollowUp): FollowUp {
  const { profile, answers } = f.baseline;
  return {
    baseline: {
      ...f.baseline,
      profile: {
        ...profile,
        producerName: cleanText(profile.producerName, MAX_LENGTH.short),
        productName: cleanText(profile.productName, MAX_LENGTH.short),
      },
      answers: Object.fromEntries(
        Object.entries(answers).map(([id, a]) => {
          const reason = a.reason === undefined ? '' : cleanText(a.reason, MAX_LENGTH.medium);
          return [id, reason ? { value: a.value, reason } : { value: a.value }];
        }),
      ),
    },
    carried: [...new Set(f.carried)].sort(),
  };
}

export function canonicalAssessment(a: Assessment): Assessment {
  return {
    ...a,
    title: cleanText(a.title, MAX_LENGTH.short),
    // The submitted profile too: its names are typed text like any other.
    profile: a.profile && {
      ...a.profile,
      producerName: cleanText(a.profile.producerName, MAX_LENGTH.short),
      productName: cleanText(a.profile.productName, MAX_LENGTH.short),
    },
    profileDraft: entries(a.profileDraft, (v) => cleanText(v ?? '', MAX_LENGTH.short)),
    answers: entries(a.answers, answer),
    setAside: entries(a.setAside, answer),
    plan: entries(a.plan, planEntry),
    ...(a.followUp && { followUp: canonicalFollowUp(a.followUp) }),
  };
}
