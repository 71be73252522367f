import { applicableItems, type RuleProfile } from '../content/applicability';
import type { ContentIndex } from '../content/content';
import { isQuestion, type SectionId } from '../content/types';
import { ANSWER_SCORE, effectiveValue, isGap, type AnswerValue, type ItemAnswer } from './answers';
import type { Assessment, Baseline, PlanEntry } from './assessment';
import { itemChangesBetween } from '../content/item-changes';
import { scoreAssessment, type ScoringProfile } from './scoring';

/*
 * The follow-up assessment ("assess again"): its start from a saved assessment, the carried-over marks,
 * and the comparison with the baseline shown on the review and in the report ("since last time").
 */

/** A plan line with its progress: the saved plan entry (owner, date, status, what was done). */
export type PlanLineEntry = PlanEntry;
export { PLAN_STATUSES, type Baseline, type FollowUp, type PlanStatus } from './assessment';

export type { FollowUpAssessment } from './follow-up-start';

/**
 * "Since last time": what changed between an earlier assessment (the baseline
 * a follow-up was started from) and the follow-up. Pure; both are read against
 * today's content, so an item the checklist dropped or added since the
 * baseline is named as such and never counted as closed or new by the producer.
 *
 * Every item that was a gap then or is a gap now falls in exactly one of
 * closed (now met or not applicable), opened (a gap now, not then), unchanged
 * (a gap both times) or dropped (a gap then, now unanswered, no longer
 * applying to the profile, or gone from the checklist). Two assessments of
 * the same profile whose gaps are all still answered have no dropped items,
 * so closed + opened + unchanged is then exactly the union of their gaps.
 */

/** Where an item stood at one time: its answer, or why it had none. */
export type ItemState = AnswerValue | 'unanswered' | 'not-applicable' | 'not-in-checklist';

export interface ItemChange {
  id: string;
  /** Area of today's checklist; null for an item the checklist no longer has. */
  section: SectionId | null;
  then: ItemState;
  now: ItemState;
}

export interface PlanLine {
  id: string;
  entry: PlanLineEntry;
  /** The item's state now: a line marked done whose gap is still open is flagged. */
  now: ItemState;
}

export interface Comparison {
  baselineDate: string;
  readiness: {
    overall: { then: number | null; now: number | null };
    areas: { section: SectionId; then: number | null; now: number | null }[];
  };
  closed: ItemChange[];
  opened: ItemChange[];
  unchanged: ItemChange[];
  dropped: ItemChange[];
  /** Answered both times, and the answer now scores lower (met → partly, partly → not met …). */
  worse: ItemChange[];
  /** Plan lines for last time's gaps: done (the gap is closed), past their target date, and still open. */
  plan: { done: PlanLine[]; late: PlanLine[]; open: PlanLine[] };
  /** Checklist changes between the two content versions, named so they are not miscounted. */
  content: { from: string; to: string; added: string[]; removed: string[] };
}

export interface Snapshot {
  profile: ScoringProfile;
  answers: Readonly<Record<string, ItemAnswer>>;
}

/**
 * Each item's state for one assessment, over the items of today's checklist plus those it answered.
 * An answer to an item today's checklist lacks counts as given when it was given (`then`: the item
 * existed in that content version) and as outside the checklist now.
 */
function statesOf(index: ContentIndex, snapshot: Snapshot, when: 'then' | 'now'): Map<string, ItemState> {
  const states = new Map<string, ItemState>();
  const applies = new Set(
    applicableItems(index, snapshot.profile as RuleProfile)
      .filter(isQuestion)
      .map((q) => q.id),
  );
  for (const id of index.itemById.keys()) {
    const item = index.itemById.get(id);
    if (!item || !isQuestion(item)) continue;
    states.set(id, applies.has(id) ? (effectiveValue(snapshot.answers[id]) ?? 'unanswered') : 'not-applicable');
  }
  for (const [id, answer] of Object.entries(snapshot.answers)) {
    if (states.has(id)) continue;
    states.set(id, when === 'then' ? (effectiveValue(answer) ?? 'unanswered') : 'not-in-checklist');
  }
  return states;
}

const scoreOf = (state: ItemState): number | null =>
  state in ANSWER_SCORE ? ANSWER_SCORE[state as keyof typeof ANSWER_SCORE] : null;

function classify(change: ItemChange, out: Comparison): void {
  const gapThen = isGap(change.then);
  const gapNow = isGap(change.now);
  if (gapThen && gapNow) out.unchanged.push(change);
  else if (gapNow) out.opened.push(change);
  else if (gapThen) (change.now === 'met' || change.now === 'na' ? out.closed : out.dropped).push(change);
  const then = scoreOf(change.then);
  const now = scoreOf(change.now);
  if (then !== null && now !== null && now < then) out.worse.push(change);
}

/**
 * Last time's plan lines by what the answers say now: done when the gap is closed (whatever status was
 * set); otherwise late once past its date, else open. A line marked "done" whose answer is still a gap
 * stays open (the review flags it): the report never calls an unmet item done, nor a met one late.
 */
function planLines(
  plan: Readonly<Record<string, PlanLineEntry>>,
  lastGaps: ItemChange[],
  closed: ReadonlySet<string>,
  today: string,
) {
  const lines = { done: [] as PlanLine[], late: [] as PlanLine[], open: [] as PlanLine[] };
  for (const change of lastGaps) {
    const entry = plan[change.id];
    if (!entry) continue;
    const line = { id: change.id, entry, now: change.now };
    if (closed.has(change.id)) lines.done.push(line);
    else if (entry.due !== undefined && entry.due < today) lines.late.push(line);
    else lines.open.push(line);
  }
  return lines;
}

export function compareWithBaseline(
  index: ContentIndex,
  baseline: Baseline,
  current: Snapshot & { plan: Readonly<Record<string, PlanLineEntry>> },
  contentChanges: { added: string[]; removed: string[] },
  today: string,
): Comparison {
  const before = statesOf(index, { profile: baseline.profile, answers: baseline.answers }, 'then');
  const after = statesOf(index, current, 'now');
  const out: Comparison = {
    baselineDate: baseline.date,
    readiness: readinessThenAndNow(index, baseline, current),
    closed: [],
    opened: [],
    unchanged: [],
    dropped: [],
    worse: [],
    plan: { done: [], late: [], open: [] },
    content: { from: baseline.contentVersion, to: index.content.version, ...contentChanges },
  };
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const section = index.sectionOfItem.get(id)?.id ?? null;
    classify(
      { id, section, then: before.get(id) ?? 'not-in-checklist', now: after.get(id) ?? 'not-in-checklist' },
      out,
    );
  }
  out.plan = planLines(
    current.plan,
    [...out.closed, ...out.unchanged, ...out.dropped],
    new Set(out.closed.map((c) => c.id)),
    today,
  );
  return out;
}

function readinessThenAndNow(index: ContentIndex, baseline: Baseline, current: Snapshot): Comparison['readiness'] {
  const then = scoreAssessment(index, baseline.profile, baseline.answers);
  const now = scoreAssessment(index, current.profile, current.answers);
  const sections = index.content.sections.map((s) => s.id);
  return {
    overall: { then: then.overall, now: now.overall },
    areas: sections
      .map((section) => ({
        section,
        then: then.areas.find((a) => a.section === section),
        now: now.areas.find((a) => a.section === section),
      }))
      .filter((a) => a.then || a.now)
      .map((a) => ({ section: a.section, then: a.then?.readiness ?? null, now: a.now?.readiness ?? null })),
  };
}

/** Plan lines marked done while the item is still a gap (shown as a warning on the review). */
export function doneButStillOpen(
  plan: Readonly<Record<string, PlanLineEntry>>,
  answers: Readonly<Record<string, ItemAnswer>>,
): string[] {
  return Object.entries(plan)
    .filter(([id, entry]) => entry.status === 'done' && isGap(effectiveValue(answers[id]) ?? 'unanswered'))
    .map(([id]) => id);
}

export { confirmCarried, isCarried, startFollowUp, withAnswersChanged, withCarriedConfirmed } from './follow-up-start';

/** The groups of "since last time", in the order the review screen and the report show them. */
export type SinceGroupKey =
  'closed' | 'opened' | 'worse' | 'unconfirmed' | 'dropped' | 'planDone' | 'planLate' | 'planOpen';

/** One question in a group: with its answer then and now where the change is the point, or its plan line. */
export interface SinceRow {
  id: string;
  change?: { then: ItemState; now: ItemState };
  plan?: PlanLineEntry;
}

/**
 * The comparison as named groups, one definition for the screen and the report: answers still carried
 * over unchecked and questions the profile no longer asks only when there are some; every other group
 * always (it says "none" when empty).
 */
export function sinceGroups(c: Comparison & { unconfirmed: string[] }): { key: SinceGroupKey; rows: SinceRow[] }[] {
  const ids = (list: ItemChange[]): SinceRow[] => list.map(({ id }) => ({ id }));
  const changed = (list: ItemChange[]): SinceRow[] => list.map(({ id, then, now }) => ({ id, change: { then, now } }));
  const planned = (list: PlanLine[]): SinceRow[] => list.map(({ id, entry }) => ({ id, plan: entry }));
  const groups: { key: SinceGroupKey; rows: SinceRow[] }[] = [
    { key: 'closed', rows: ids(c.closed) },
    { key: 'opened', rows: ids(c.opened) },
    { key: 'worse', rows: changed(c.worse) },
    { key: 'unconfirmed', rows: c.unconfirmed.map((id) => ({ id })) },
    { key: 'dropped', rows: changed(c.dropped) },
    { key: 'planDone', rows: planned(c.plan.done) },
    { key: 'planLate', rows: planned(c.plan.late) },
    { key: 'planOpen', rows: planned(c.plan.open) },
  ];
  return groups.filter((g) => g.rows.length > 0 || (g.key !== 'unconfirmed' && g.key !== 'dropped'));
}

/**
 * "Since last time" for a follow-up as it stands; null for a first assessment (nothing to compare with).
 * `unconfirmed` names the answers still carried over unchecked: they count as today's answers in the
 * figures, so the producer and the reader must see that nobody has looked at them again.
 */
export function sinceLastTime(
  index: ContentIndex,
  a: Assessment,
  today: string,
): (Comparison & { unconfirmed: string[] }) | null {
  if (!a.followUp || !a.profile) return null;
  const { baseline } = a.followUp;
  const changes = itemChangesBetween(baseline.contentVersion, index.content.version);
  const applies = new Set(applicableItems(index, a.profile).map((i) => i.id));
  return {
    ...compareWithBaseline(index, baseline, { profile: a.profile, answers: a.answers, plan: a.plan }, changes, today),
    unconfirmed: a.followUp.carried.filter((id) => applies.has(id) && a.answers[id] !== undefined),
  };
}
