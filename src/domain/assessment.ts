import type { Profile } from '../content/profile-options';
import type { AnswerValue, ItemAnswer } from './answers';
import type { Language } from './languages';
import type { ReportFormat } from './report-format';

/** Profile values as typed, before validation (every field optional and a string). */
export type ProfileDraft = Partial<Record<keyof Profile, string>>;

/** Where a plan line stands: not started, in progress, done. */
export const PLAN_STATUSES = ['todo', 'doing', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Owner, target date, status and progress given to a gap in the review. */
export interface PlanEntry {
  owner?: string;
  /** ISO date, yyyy-mm-dd. */
  due?: string;
  /** Missing means not started. */
  status?: PlanStatus;
  /** What was done about it, in the producer's words. */
  progress?: string;
}

/**
 * The earlier assessment a follow-up was started from, frozen at that moment and kept inside the
 * follow-up: the comparison still works when the earlier one is deleted, renamed, or left on another
 * device (the follow-up's file carries it).
 */
export interface Baseline {
  /** Id of the earlier assessment (it may no longer be on this device). */
  id: string;
  /** When the earlier assessment was last changed: "from the assessment of <date>". */
  date: string;
  contentVersion: string;
  profile: Profile;
  /** Its counted answers by item id (values only: notes and evidence were carried into the follow-up). */
  answers: Record<string, { value: AnswerValue; reason?: string }>;
}

/** A follow-up's link to its baseline, and which carried-over answers are still unconfirmed. */
export interface FollowUp {
  baseline: Baseline;
  /** Items whose answer, note, evidence and plan came from the baseline and were not yet confirmed or changed. */
  carried: string[];
}

/** A real calendar day written yyyy-mm-dd (not 2026-02-30, not a half-typed date). */
export function isIsoDay(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/**
 * A plan entry with its owner passed through `clean` and a due date kept only
 * when it is a real day; undefined when nothing is left. The review form uses
 * a cleaner that keeps what is typed, storage one that also trims (as for answers).
 */
export function compactPlanEntry(
  raw: { owner?: string | null; due?: string | null; status?: string | null; progress?: string | null },
  clean: (text: string, max: number) => string,
  limits: { owner: number; progress: number },
): PlanEntry | undefined {
  const out: PlanEntry = {};
  const owner = clean(raw.owner ?? '', limits.owner);
  if (owner) out.owner = owner;
  if (raw.due && isIsoDay(raw.due)) out.due = raw.due;
  // "Not started" is the default: it is not written.
  if (raw.status === 'doing' || raw.status === 'done') out.status = raw.status;
  const progress = clean(raw.progress ?? '', limits.progress);
  if (progress) out.progress = progress;
  return Object.keys(out).length ? out : undefined;
}

/**
 * One self-assessment: everything the producer typed, nothing derived. Scores,
 * gaps and which steps apply are computed from it and the content on demand.
 */
export interface Assessment {
  id: string;
  /** A name the user gave it in the list; empty means "use the product name". */
  title: string;
  createdAt: string;
  updatedAt: string;
  /** Content version the answers were last given against. */
  contentVersion: string;
  /** The wizard step the user was on: 'profile', a page id, 'review' or 'report'. */
  step: string;
  /** The last validated profile; null until the profile step is first completed. */
  profile: Profile | null;
  /** The profile form as typed, including values not yet submitted. */
  profileDraft: ProfileDraft;
  /** Answers by item id. Answers to items that do not apply to the profile are kept, not scored. */
  answers: Record<string, ItemAnswer>;
  /** Answers to item ids this content version does not know (older data, other versions' files): kept, never shown or scored. */
  setAside: Record<string, ItemAnswer>;
  /** Owner, target date, status and progress per gap, by item id. */
  plan: Record<string, PlanEntry>;
  /** Set on an assessment started with "assess again": the earlier one, frozen, and what is still carried over. */
  followUp?: FollowUp;
  /** Language last chosen for the PDF report. */
  reportLanguage: Language | null;
  /** Page format of the last report made (A4 or phone); null until one is made: the report step then goes by the screen. */
  reportFormat: ReportFormat | null;
  /** Incremented on every save; detects a second tab writing the same assessment. */
  rev: number;
}

export function newAssessment(id: string, now: Date, contentVersion: string): Assessment {
  const iso = now.toISOString();
  return {
    id,
    title: '',
    createdAt: iso,
    updatedAt: iso,
    contentVersion,
    step: 'profile',
    profile: null,
    profileDraft: {},
    answers: {},
    setAside: {},
    plan: {},
    reportLanguage: null,
    reportFormat: null,
    rev: 0,
  };
}

/** The name shown in lists: the user's title, else the product name, else the producer's, as submitted or typed. */
export function displayName(a: Assessment): string {
  return (
    a.title.trim() ||
    a.profile?.productName.trim() ||
    a.profileDraft.productName?.trim() ||
    a.profile?.producerName.trim() ||
    a.profileDraft.producerName?.trim() ||
    ''
  );
}

/** Whose assessment it is: the producer's name, as submitted or typed. */
export const producerOf = (a: Assessment): string =>
  a.profile?.producerName.trim() || a.profileDraft.producerName?.trim() || '';
