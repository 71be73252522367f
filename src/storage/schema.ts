import * as z from 'zod/mini';
import { LEGAL_FORMS, OCOP_STATUSES, PRODUCT_GROUPS, RAW_MATERIALS, TRACEABILITY } from '../content/profile-options';
import { ANSWER_VALUES } from '../domain/answers';
import { PLAN_STATUSES } from '../domain/assessment';
import { LANGUAGES } from '../domain/languages';
import { REPORT_FORMATS } from '../domain/report-format';
import { MAX_LENGTH } from '../domain/text';

/**
 * The saved and exported format of one assessment (documented in
 * docs/assessment-file.schema.json). zod/mini keeps this out of the first
 * screen's budget while still validating every stored record at start-up.
 */

export const FORMAT = 'ocop-self-assessment';
export const FORMAT_VERSION = 4;

export const ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;
export const ITEM_ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const text = (max: number) => z.string().check(z.maxLength(max));

export const answerSchema = z.object({
  value: z.optional(z.enum(ANSWER_VALUES)),
  reason: z.optional(text(MAX_LENGTH.medium)),
  note: z.optional(text(MAX_LENGTH.long)),
  evidence: z.optional(text(MAX_LENGTH.medium)),
});

export const profileSchema = z.object({
  producerName: text(MAX_LENGTH.short).check(z.minLength(1)),
  productName: text(MAX_LENGTH.short).check(z.minLength(1)),
  productGroup: z.enum(PRODUCT_GROUPS),
  rawMaterial: z.enum(RAW_MATERIALS),
  legalForm: z.enum(LEGAL_FORMS),
  ocopStatus: z.enum(OCOP_STATUSES),
  province: text(64).check(z.minLength(1)),
  // Since format 3; optional so that older profiles stay valid (missing: the condition is not established).
  traceability: z.optional(z.enum(TRACEABILITY)),
});

const PROFILE_KEYS = Object.keys(profileSchema.def.shape) as [keyof typeof profileSchema.def.shape];

export const planEntrySchema = z.object({
  owner: z.optional(text(MAX_LENGTH.short)),
  due: z.optional(z.iso.date()),
  // Since format 4: missing means not started.
  status: z.optional(z.enum(PLAN_STATUSES)),
  progress: z.optional(text(MAX_LENGTH.medium)),
});

const itemKey = z.string().check(z.regex(ITEM_ID_PATTERN));

/** Since format 4: the earlier assessment a follow-up started from, frozen inside it. */
export const followUpSchema = z.object({
  baseline: z.object({
    id: z.string().check(z.regex(ID_PATTERN)),
    date: z.iso.datetime(),
    contentVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
    profile: profileSchema,
    answers: z.record(itemKey, z.object({ value: z.enum(ANSWER_VALUES), reason: z.optional(text(MAX_LENGTH.medium)) })),
  }),
  carried: z.array(itemKey),
});

export const assessmentSchema = z.object({
  id: z.string().check(z.regex(ID_PATTERN)),
  title: text(MAX_LENGTH.short),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  contentVersion: z.string().check(z.regex(/^\d+\.\d+\.\d+$/)),
  step: text(64),
  profile: z.nullable(profileSchema),
  profileDraft: z.partialRecord(z.enum(PROFILE_KEYS), text(MAX_LENGTH.short)),
  answers: z.record(z.string().check(z.regex(ITEM_ID_PATTERN)), answerSchema),
  setAside: z.record(z.string().check(z.regex(ITEM_ID_PATTERN)), answerSchema),
  plan: z.record(z.string().check(z.regex(ITEM_ID_PATTERN)), planEntrySchema),
  reportLanguage: z.nullable(z.enum(LANGUAGES)),
  // Added within format 4 without a version bump: optional, and a file without it (any version) reads as null.
  reportFormat: z.optional(z.nullable(z.enum(REPORT_FORMATS))),
  rev: z.number().check(z.int(), z.nonnegative()),
  followUp: z.optional(followUpSchema),
});

/** What is stored under one key, and what an exported file holds. */
export const envelopeSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.literal(FORMAT_VERSION),
  savedAt: z.iso.datetime(),
  content: z.optional(z.object({ version: z.string(), lawAsOf: z.string() })),
  assessment: assessmentSchema,
});

export type Envelope = z.infer<typeof envelopeSchema>;
export const PROFILE_FIELDS = PROFILE_KEYS;
