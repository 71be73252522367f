import * as z from 'zod/mini';
import { normalizeText } from '../domain/text';
import { errorKey } from './error-text';

/**
 * Length as stored: the canonical text (NFC, tabs to spaces), not the code
 * units typed. A Vietnamese name pasted decomposed is longer in code units
 * than it will ever be stored; the fields carry no `maxlength`, which would
 * cut such text (and a long paste) silently, so this check says it instead.
 */
const withinLength = (max: number) =>
  z.refine((v: unknown) => typeof v !== 'string' || normalizeText(v, Number.MAX_SAFE_INTEGER).trim().length <= max, {
    error: errorKey('errors.tooLong', max),
  });

/** Building blocks of the step schemas; every message is a translation key. */
export const requiredText = (max: number) =>
  z.string().check(z.trim(), z.minLength(1, { error: errorKey('errors.required') }), withinLength(max));

export const optionalText = (max: number) => z.optional(z.nullable(z.string().check(withinLength(max))));

/** One of a fixed list: the form holds a string ('' until something is chosen), the schema gives the typed value. */
export const choice = <const T extends readonly string[]>(values: T) =>
  z.pipe(z.string({ error: errorKey('errors.choose') }), z.enum(values, { error: errorKey('errors.choose') }));
