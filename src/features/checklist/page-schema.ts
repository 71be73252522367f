import * as z from 'zod/mini';
import { ANSWER_VALUES, compactAnswer, type ItemAnswer } from '../../domain/answers';
import { ANSWER_LIMITS, MAX_LENGTH, normalizeText } from '../../domain/text';
import { errorKey } from '../../forms/error-text';
import { choice, optionalText } from '../../forms/schema-parts';

/** "Not applicable" needs a reason; everything else is optional (an unanswered question is allowed, and listed). */
const itemSchema = z
  .object({
    // A radio group gives null until one is picked; '' stands for "no answer" too.
    value: z.nullable(z.union([z.literal(''), choice(ANSWER_VALUES)])),
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

/** One checklist page's form as typed (an answer per item, keyed by item id), and as the schema passes it. */
export type PageFormValues = z.input<ReturnType<typeof pageSchema>>;
export type PageAnswers = z.output<ReturnType<typeof pageSchema>>;

export function formValuesFrom(
  itemIds: readonly string[],
  answers: Readonly<Record<string, ItemAnswer>>,
): PageFormValues {
  return {
    answers: Object.fromEntries(
      itemIds.map((id) => {
        const a = Object.hasOwn(answers, id) ? answers[id] : undefined;
        return [
          id,
          { value: a?.value ?? null, reason: a?.reason ?? '', note: a?.note ?? '', evidence: a?.evidence ?? '' },
        ];
      }),
    ),
  };
}

/**
 * Form values → answers for the machine: NFC, no empty fields, but otherwise as typed (a trailing
 * space mid-word stays; trimming happens when it is saved). An untouched item gives an empty answer,
 * which the machine reads as "no answer".
 */
export function answersFrom(values: PageFormValues): Record<string, ItemAnswer> {
  return Object.fromEntries(
    Object.entries(values.answers ?? {}).map(([id, a]) => [
      id,
      (a && compactAnswer(a, normalizeText, ANSWER_LIMITS)) ?? {},
    ]),
  );
}
