import * as z from 'zod/mini';
import { ANSWER_VALUES, type ItemAnswer } from '../../domain/answers';
import { MAX_LENGTH, normalizeText } from '../../domain/text';
import { errorKey } from '../../forms/error-text';
import { optionalText } from '../../forms/schema-parts';

/** One checklist page's form: an answer per item, keyed by item id. */
export interface PageFormValues {
  answers: Record<string, { value: string | null; reason: string; note: string; evidence: string }>;
}

/** "Not applicable" needs a reason; everything else is optional (an unanswered question is allowed, and listed). */
const itemSchema = z
  .object({
    value: z.optional(z.nullable(z.union([z.enum(ANSWER_VALUES), z.literal('')]))),
    reason: optionalText(MAX_LENGTH.medium),
    note: optionalText(MAX_LENGTH.long),
    evidence: optionalText(MAX_LENGTH.medium),
  })
  .check(
    z.refine((a) => a.value !== 'na' || Boolean(a.reason?.trim()), {
      path: ['reason'],
      error: errorKey('errors.reasonRequired'),
    }),
  );

export const pageSchema = (itemIds: readonly string[]) =>
  z.object({ answers: z.object(Object.fromEntries(itemIds.map((id) => [id, itemSchema]))) });

export function formValuesFrom(
  itemIds: readonly string[],
  answers: Readonly<Record<string, ItemAnswer>>,
): PageFormValues {
  return {
    answers: Object.fromEntries(
      itemIds.map((id) => {
        const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
        return [id, { value: a?.value ?? null, reason: a?.reason ?? '', note: a?.note ?? '', evidence: a?.evidence ?? '' }];
      }),
    ),
  };
}

/** Form values → answers as stored: NFC, no empty fields. */
export function answersFrom(values: PageFormValues): Record<string, ItemAnswer> {
  const out: Record<string, ItemAnswer> = {};
  for (const [id, a] of Object.entries(values.answers ?? {})) {
    if (!a) continue;
    const answer: ItemAnswer = {};
    if (a.value && (ANSWER_VALUES as readonly string[]).includes(a.value)) answer.value = a.value as ItemAnswer['value'];
    const reason = normalizeText(a.reason ?? '', MAX_LENGTH.medium);
    const note = normalizeText(a.note ?? '', MAX_LENGTH.long);
    const evidence = normalizeText(a.evidence ?? '', MAX_LENGTH.medium);
    if (reason) answer.reason = reason;
    if (note) answer.note = note;
    if (evidence) answer.evidence = evidence;
    out[id] = answer;
  }
  return out;
}
