import { effectiveValue, type ItemAnswer } from './answers';
import { newAssessment, type Assessment, type FollowUp } from './assessment';

/*
 * Starting a follow-up ("assess again") and keeping its carried-over marks. Kept apart from the
 * comparison (./follow-up.ts, which needs scoring): the machine and the storage use only this part,
 * and both are on the first screen's path.
 */

/** An assessment started with "assess again". */
export type FollowUpAssessment = Assessment & { followUp: FollowUp };

/**
 * "Assess again": a new assessment that starts from a saved one. Profile,
 * answers, notes, evidence and plan are carried over and marked as carried
 * until confirmed or changed (the report's language and page format are
 * carried too, unmarked: choices, not answers); the saved one is not touched
 * and is frozen into the follow-up as its baseline (a follow-up of a follow-up
 * takes the latest as its baseline). Null when the saved one has no profile: there is nothing
 * to compare with.
 */
export function startFollowUp(
  source: Assessment,
  id: string,
  now: Date,
  contentVersion: string,
): FollowUpAssessment | null {
  if (!source.profile) return null;
  const counted = Object.entries(source.answers).flatMap(([itemId, a]) => {
    const value = effectiveValue(a);
    return value ? [[itemId, value === 'na' ? { value, reason: a.reason } : { value }] as const] : [];
  });
  const iso = now.toISOString();
  return {
    ...newAssessment(id, now, contentVersion),
    title: source.title,
    createdAt: iso,
    profile: source.profile,
    profileDraft: { ...source.profileDraft },
    answers: structuredClone(source.answers),
    setAside: structuredClone(source.setAside),
    plan: structuredClone(source.plan),
    reportLanguage: source.reportLanguage,
    reportFormat: source.reportFormat,
    followUp: {
      baseline: {
        id: source.id,
        date: source.updatedAt,
        contentVersion: source.contentVersion,
        profile: source.profile,
        answers: Object.fromEntries(counted),
      },
      carried: Object.keys(source.answers).sort(),
    },
  };
}

/** After an item is answered again (or confirmed as still true), it is no longer "from the earlier assessment". */
export function confirmCarried(followUp: FollowUp, itemIds: readonly string[]): FollowUp {
  const confirmed = new Set(itemIds);
  return { ...followUp, carried: followUp.carried.filter((id) => !confirmed.has(id)) };
}

const sameAnswer = (a: ItemAnswer | undefined, b: ItemAnswer | undefined): boolean =>
  (['value', 'reason', 'note', 'evidence'] as const).every((field) => (a?.[field] ?? '') === (b?.[field] ?? ''));

/**
 * A follow-up after a change of answers: the items whose answer, note or evidence really changed are no
 * longer carried over. A checklist page sends all its answers on every keystroke, so an item is
 * confirmed only when its own entry differs, not merely because its page was saved.
 */
export function withAnswersChanged(a: Assessment, patch: Readonly<Record<string, ItemAnswer>>): Assessment {
  if (!a.followUp) return a;
  const changed = Object.keys(patch).filter(
    (id) => !sameAnswer(a.answers[id], Object.keys(patch[id]).length ? patch[id] : undefined),
  );
  return changed.length ? { ...a, followUp: confirmCarried(a.followUp, changed) } : a;
}

/** A follow-up whose producer said these carried-over answers are still true. */
export function withCarriedConfirmed(a: Assessment, itemIds: readonly string[]): Assessment {
  return a.followUp ? { ...a, followUp: confirmCarried(a.followUp, itemIds) } : a;
}

/** "From the assessment of <date>": this item's answer was carried over and is not yet confirmed. */
export const isCarried = (a: Assessment | null, itemId: string): boolean =>
  a?.followUp?.carried.includes(itemId) ?? false;
