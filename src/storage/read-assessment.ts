import type { Notice } from '../../machines/storage-protocol';
import type { ContentIndex } from '../content/content';
import { provinceById } from '../content/provinces';
import { ANSWER_VALUES, type ItemAnswer } from '../domain/answers';
import type { Profile } from '../content/profile-options';
import {
  isIsoDay,
  type Assessment,
  type Baseline,
  type FollowUp,
  type PlanEntry,
  type ProfileDraft,
} from '../domain/assessment';
import { canonicalAssessment } from '../domain/canonical';
import { isLanguage } from '../domain/languages';
import { isReportFormat } from '../domain/report-format';
import { cleanText, MAX_LENGTH } from '../domain/text';
import { migrateEnvelope } from './migrations';
import {
  FORMAT,
  FORMAT_VERSION,
  ID_PATTERN,
  ITEM_ID_PATTERN,
  PROFILE_FIELDS,
  assessmentSchema,
  profileSchema,
  type Envelope,
} from './schema';

/**
 * Reads one assessment from text: a stored record or an imported file. It
 * never throws. What it cannot read it refuses with a reason; what it can
 * mend it mends and says so. Hostile input is expected: prototype keys,
 * wrong types, unknown items, huge strings, other formats, newer versions.
 */

export type ReadFailure = 'not-json' | 'not-ocop' | 'newer-version' | 'unsupported-version' | 'invalid';

export type ReadResult =
  | { ok: true; assessment: Assessment; repairs: Notice[]; migratedFrom: number | null }
  | { ok: false; reason: ReadFailure };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** JSON.parse, dropping keys that could reach an object's prototype, counting them. */
function parseJson(textValue: string): { value: Json; dropped: number } | undefined {
  let dropped = 0;
  try {
    const value = JSON.parse(textValue.replace(/^\uFEFF/, ''), (key, v: Json) => {
      if (FORBIDDEN_KEYS.has(key)) {
        dropped += 1;
        return undefined;
      }
      return v;
    }) as Json;
    return { value, dropped };
  } catch {
    return undefined;
  }
}

/** An id an item could have; anything else under answers or plan is dropped, not kept aside. */
const isItemKey = (id: string): boolean => ITEM_ID_PATTERN.test(id) && id.length <= 64;

/**
 * A date-time as the schema wants it (UTC, "Z"). A hand-edited file may hold a
 * valid ISO time with an offset ("+07:00"): that is the same instant, repaired,
 * not a reason to refuse the whole assessment.
 */
function isoDateTime(v: unknown): string | undefined {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(v)) return undefined;
  const ms = Date.parse(v);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

/** "1.0" or "1" from a hand edit reads as "1.0.0"; anything else becomes the version in use. */
function contentVersion(v: unknown, current: string): string {
  if (typeof v !== 'string') return current;
  if (/^\d+\.\d+\.\d+$/.test(v)) return v;
  if (/^\d+(\.\d+)?$/.test(v)) return [...v.split('.'), '0', '0'].slice(0, 3).join('.');
  return current;
}

/**
 * Answers kept aside for items this version lacks are stored with the record
 * and so rewritten on every keystroke: beyond this many characters they are not
 * kept (the user is told; the imported file still has them). A few hundred
 * kilobytes keep typing instant on a cheap phone; megabytes froze it.
 */
export const SET_ASIDE_MAX_CHARS = 200_000;

interface Tally {
  dropped: number;
  truncated: number;
  setAside: number;
  /** Answers for unknown items beyond SET_ASIDE_MAX_CHARS, not kept. */
  setAsideCapped: number;
}

function cleanString(v: unknown, max: number, tally: Tally): string | undefined {
  if (typeof v !== 'string') {
    if (v !== undefined && v !== null) tally.dropped += 1;
    return undefined;
  }
  const cleaned = cleanText(v, max);
  if (cleaned.length < cleanText(v, Number.MAX_SAFE_INTEGER).length) tally.truncated += 1;
  return cleaned;
}

function repairAnswer(raw: Json, tally: Tally): ItemAnswer | undefined {
  if (!isObject(raw)) {
    tally.dropped += 1;
    return undefined;
  }
  const answer: ItemAnswer = {};
  if (raw.value !== undefined && raw.value !== null) {
    if (typeof raw.value === 'string' && (ANSWER_VALUES as readonly string[]).includes(raw.value)) {
      answer.value = raw.value as ItemAnswer['value'];
    } else {
      tally.dropped += 1;
    }
  }
  const reason = cleanString(raw.reason, MAX_LENGTH.medium, tally);
  const note = cleanString(raw.note, MAX_LENGTH.long, tally);
  const evidence = cleanString(raw.evidence, MAX_LENGTH.medium, tally);
  if (reason) answer.reason = reason;
  if (note) answer.note = note;
  if (evidence) answer.evidence = evidence;
  return Object.keys(answer).length ? answer : undefined;
}

function repairAssessment(
  raw: JsonObject,
  index: ContentIndex,
  fallback: { id: () => string; now: () => Date },
  tally: Tally,
): { assessment: Record<string, unknown>; profileReset: boolean } {
  const now = fallback.now().toISOString();
  const answers: Record<string, ItemAnswer> = {};
  const setAside: Record<string, ItemAnswer> = {};
  let setAsideChars = 0;
  /** Keeps an answer aside while the budget lasts; says whether it was kept. */
  const keepAside = (id: string, answer: ItemAnswer): boolean => {
    const size = id.length + JSON.stringify(answer).length;
    if (setAsideChars + size > SET_ASIDE_MAX_CHARS) {
      tally.setAsideCapped += 1;
      return false;
    }
    setAsideChars += size;
    setAside[id] = answer;
    return true;
  };
  // Answers to questions this content does not have are kept aside (up to a budget), never silently dropped.
  const sort = (id: string, value: Json) => {
    if (!isItemKey(id)) {
      tally.dropped += 1;
      return;
    }
    const answer = repairAnswer(value, tally);
    if (!answer) return;
    if (index.itemById.has(id)) answers[id] = answer;
    else if (keepAside(id, answer)) tally.setAside += 1;
  };
  if (isObject(raw.answers)) for (const [id, value] of Object.entries(raw.answers)) sort(id, value);
  else if (raw.answers !== undefined) tally.dropped += 1;
  if (isObject(raw.setAside)) {
    for (const [id, value] of Object.entries(raw.setAside)) {
      // Previously set aside and known again (content added the item back): restore it.
      if (index.itemById.has(id) && answers[id] === undefined) sort(id, value);
      else if (isItemKey(id)) {
        const answer = repairAnswer(value, tally);
        if (answer) keepAside(id, answer);
      } else tally.dropped += 1;
    }
  }

  const plan: Record<string, PlanEntry> = {};
  if (isObject(raw.plan)) {
    for (const [id, value] of Object.entries(raw.plan)) {
      if (!isItemKey(id) || !isObject(value)) {
        tally.dropped += 1;
        continue;
      }
      const entry: PlanEntry = {};
      const owner = cleanString(value.owner, MAX_LENGTH.short, tally);
      if (owner) entry.owner = owner;
      if (typeof value.due === 'string' && isIsoDay(value.due)) entry.due = value.due;
      else if (value.due !== undefined && value.due !== null && value.due !== '') tally.dropped += 1;
      // "todo" is the default and is not written; an unknown status is dropped (told), the line kept.
      if (value.status === 'doing' || value.status === 'done') entry.status = value.status;
      else if (value.status !== undefined && value.status !== null && value.status !== 'todo') tally.dropped += 1;
      const progress = cleanString(value.progress, MAX_LENGTH.medium, tally);
      if (progress) entry.progress = progress;
      if (Object.keys(entry).length) plan[id] = entry;
    }
  }

  const profileDraft: ProfileDraft = {};
  if (isObject(raw.profileDraft)) {
    for (const field of PROFILE_FIELDS) {
      const v = cleanString(raw.profileDraft[field], MAX_LENGTH.short, tally);
      if (v !== undefined) profileDraft[field] = v;
    }
  }

  let profile: unknown = null;
  let profileReset = false;
  if (isObject(raw.profile)) {
    const { parsed, unknownProvince, cleaned } = cleanProfile(raw.profile, tally);
    // A province id this version does not know (a hand edit, a merged province) is for the form to ask again.
    if (unknownProvince) delete cleaned.province;
    if (parsed) {
      profile = parsed;
    } else {
      // Keep what was typed so the producer can fix it in the profile form.
      profileReset = true;
      for (const [k, v] of Object.entries(cleaned)) {
        if (typeof v === 'string' && v && profileDraft[k as keyof ProfileDraft] === undefined) {
          profileDraft[k as keyof ProfileDraft] = v;
        }
      }
    }
  }

  const followUp =
    raw.followUp === undefined || raw.followUp === null ? undefined : repairFollowUp(raw.followUp, index, tally);
  const id = str(raw.id);
  const rev = raw.rev;
  return {
    profileReset,
    assessment: {
      id: id && ID_PATTERN.test(id) ? id : fallback.id(),
      title: cleanString(raw.title, MAX_LENGTH.short, tally) ?? '',
      createdAt: isoDateTime(raw.createdAt) ?? now,
      updatedAt: isoDateTime(raw.updatedAt) ?? now,
      contentVersion: contentVersion(raw.contentVersion, index.content.version),
      step: (str(raw.step) ?? 'profile').slice(0, 64),
      profile,
      profileDraft,
      answers,
      setAside,
      plan,
      // Remembered choices, not the producer's data: a value this version does not know is forgotten, silently.
      reportLanguage: isLanguage(raw.reportLanguage) ? raw.reportLanguage : null,
      reportFormat: isReportFormat(raw.reportFormat) ? raw.reportFormat : null,
      // Safe integers only: 1e21 passes Number.isInteger but not the schema, and must not refuse the file.
      rev: typeof rev === 'number' && Number.isSafeInteger(rev) && rev >= 0 ? rev : 0,
      ...(followUp && { followUp }),
    },
  };
}

/** A submitted profile as the schema wants it, with a province this version knows; undefined otherwise. */
function cleanProfile(
  raw: JsonObject,
  tally: Tally,
): { parsed?: Profile; unknownProvince: boolean; cleaned: Record<string, string | undefined> } {
  const cleaned = Object.fromEntries(
    PROFILE_FIELDS.map((f) => [f, cleanString(raw[f], MAX_LENGTH.short, tally)?.trim()]),
  );
  const parsed = profileSchema.safeParse(cleaned);
  const known = parsed.success && provinceById(parsed.data.province) !== undefined;
  return { parsed: known ? parsed.data : undefined, unknownProvince: parsed.success && !known, cleaned };
}

/**
 * The follow-up link of an assessment started with "assess again". Without a readable baseline
 * (id, date, profile) there is nothing to compare with: the link is dropped and told, the
 * assessment itself kept whole. A baseline answer that cannot be read is dropped on its own.
 */
function repairFollowUp(raw: Json, index: ContentIndex, tally: Tally): FollowUp | undefined {
  const base = isObject(raw) && isObject(raw.baseline) ? raw.baseline : undefined;
  const id = str(base?.id);
  const date = isoDateTime(base?.date);
  const profile = base && isObject(base.profile) ? cleanProfile(base.profile, tally).parsed : undefined;
  if (!isObject(raw) || !base || !id || !ID_PATTERN.test(id) || !date || !profile) {
    tally.dropped += 1;
    return undefined;
  }
  const answers: Baseline['answers'] = {};
  if (isObject(base.answers)) {
    for (const [item, value] of Object.entries(base.answers)) {
      const answer = isItemKey(item) ? repairAnswer(value, tally) : undefined;
      if (!answer?.value) {
        tally.dropped += 1;
        continue;
      }
      const reason = answer.value === 'na' ? answer.reason : undefined;
      answers[item] = reason ? { value: answer.value, reason } : { value: answer.value };
    }
  } else if (base.answers !== undefined) tally.dropped += 1;
  const carried = Array.isArray(raw.carried)
    ? raw.carried.filter((c): c is string => typeof c === 'string' && isItemKey(c))
    : [];
  if (Array.isArray(raw.carried) && carried.length < raw.carried.length)
    tally.dropped += raw.carried.length - carried.length;
  return {
    baseline: {
      id,
      date,
      contentVersion: contentVersion(base.contentVersion, index.content.version),
      profile,
      answers,
    },
    carried: [...new Set(carried)].sort(),
  };
}

export interface ReadOptions {
  index: ContentIndex;
  /** New id for a record whose own id is unusable. */
  newId: () => string;
  now: () => Date;
}

export function readAssessment(textValue: string, options: ReadOptions): ReadResult {
  const parsed = parseJson(textValue);
  if (!parsed) return { ok: false, reason: 'not-json' };
  const root = parsed.value;
  if (!isObject(root) || root.format !== FORMAT || !isObject(root.assessment)) return { ok: false, reason: 'not-ocop' };
  const version = root.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: false, reason: 'not-ocop' };
  if (version > FORMAT_VERSION) return { ok: false, reason: 'newer-version' };

  const migrated = migrateEnvelope(root, version);
  if (!migrated) return { ok: false, reason: 'unsupported-version' };

  const tally: Tally = { dropped: parsed.dropped, truncated: 0, setAside: 0, setAsideCapped: 0 };
  const { assessment: repaired, profileReset } = repairAssessment(
    migrated.assessment as JsonObject,
    options.index,
    { id: options.newId, now: options.now },
    tally,
  );
  const checked = assessmentSchema.safeParse(repaired);
  if (!checked.success) return { ok: false, reason: 'invalid' };

  const repairs: Notice[] = [];
  if (tally.setAside) repairs.push({ key: 'repair.setAside', values: { count: tally.setAside }, tone: 'info' });
  if (tally.setAsideCapped) {
    repairs.push({ key: 'repair.setAsideCapped', values: { count: tally.setAsideCapped }, tone: 'error' });
  }
  if (tally.dropped) repairs.push({ key: 'repair.dropped', values: { count: tally.dropped }, tone: 'info' });
  if (tally.truncated) repairs.push({ key: 'repair.truncated', values: { count: tally.truncated }, tone: 'info' });
  if (profileReset) repairs.push({ key: 'repair.profile', tone: 'info' });
  return {
    ok: true,
    // reportFormat is optional in the file (added within format 4) and always set in the app.
    assessment: canonicalAssessment({ ...checked.data, reportFormat: checked.data.reportFormat ?? null }),
    repairs,
    migratedFrom: version === FORMAT_VERSION ? null : version,
  };
}

/** The envelope written to storage and to exported files, in canonical form. */
export function toEnvelope(assessment: Assessment, savedAt: Date, index: ContentIndex): Envelope {
  return {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    savedAt: savedAt.toISOString(),
    content: { version: index.content.version, lawAsOf: index.content.lawAsOf },
    assessment: canonicalAssessment(assessment),
  };
}
