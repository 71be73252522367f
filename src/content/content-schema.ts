import { z } from 'zod';
import {
  ADDRESSEES,
  CITATION_STATUSES,
  INSTRUMENT_TYPES,
  ITEM_CONDITIONS,
  PRIORITIES,
  RULE_KINDS,
  SECTION_IDS,
  type QuestionKind,
} from './types';
import { RULES } from './rules';

const QUESTION_KINDS = RULE_KINDS.filter((k): k is QuestionKind => k !== 'information') as [
  QuestionKind,
  ...QuestionKind[],
];

/**
 * The schema the content must satisfy, checked by content.test.ts. It is not
 * part of the app bundle: the content is static, so one test run proves it.
 */
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const isoDate = z.iso.date();
const ruleId = z.enum(Object.keys(RULES) as [keyof typeof RULES, ...(keyof typeof RULES)[]]);

const instrument = z.strictObject({
  id,
  type: z.enum(INSTRUMENT_TYPES),
  number: z.string().min(1).nullable(),
  issuer: z.enum(['mard', 'most', 'pm', 'gov', 'na']),
  date: isoDate.nullable(),
  effective: isoDate.nullable(),
  amendedBy: z.array(id),
  status: z.enum(CITATION_STATUSES),
  source: z.url().nullable(),
});

const point = z.string().regex(/^[a-zđ]$/);
const locator = z.strictObject({
  points: z.array(point).min(1).optional(),
  clause: z.number().int().positive().optional(),
  article: z.number().int().positive().optional(),
  part: z
    .string()
    .regex(/^[A-Z]$/)
    .optional(),
  appendix: z
    .string()
    .regex(/^[IVX]+$/)
    .optional(),
  item: z.number().int().positive().optional(),
  heading: z.enum(['rmz', 'capacity']).optional(),
  amendedBy: z
    .strictObject({
      instrument: id,
      points: z.array(point).min(1).optional(),
      clause: z.number().int().positive().optional(),
      article: z.number().int().positive().optional(),
    })
    .optional(),
});

const provision = z.strictObject({
  id: z.string().regex(/^[A-Z0-9]+(?:-[A-Za-z0-9.]+)+$/),
  instrument: id,
  locator,
  status: z.enum(CITATION_STATUSES),
  textKind: z.enum(['wording', 'summary']),
  addressees: z.array(z.enum(ADDRESSEES)).min(1),
  coverage: z.enum(['question', 'information']).optional(),
  aims: z.array(id).min(2).optional(),
  supports: z.enum(QUESTION_KINDS).nullable(),
  condition: z.enum(ITEM_CONDITIONS).optional(),
});

const citation = z.strictObject({ provision: z.string(), aims: z.array(id).min(1).optional() });

const item = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    kind: z.enum(QUESTION_KINDS),
    priority: z.enum(PRIORITIES),
    appliesWhen: ruleId,
    cites: z.array(citation).min(1),
    condition: z.enum(ITEM_CONDITIONS).optional(),
  }),
  z.strictObject({ id, kind: z.literal('information'), appliesWhen: ruleId, cites: z.array(citation).min(1) }),
]);

const page = z.strictObject({ id, items: z.array(item).min(1).max(5) });

export const contentSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  lawAsOf: isoDate,
  instruments: z.array(instrument).min(1),
  provisions: z.array(provision).min(1),
  sections: z.array(z.strictObject({ id: z.enum(SECTION_IDS), appliesWhen: ruleId, pages: z.array(page).min(1) })),
});
