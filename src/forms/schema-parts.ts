import * as z from 'zod/mini';
import { errorKey } from './error-text';

/** Building blocks of the step schemas; every message is a translation key. */
export const requiredText = (max: number) =>
  z.string().check(
    z.trim(),
    z.minLength(1, { error: errorKey('errors.required') }),
    z.maxLength(max, { error: errorKey('errors.tooLong', max) }),
  );

export const optionalText = (max: number) =>
  z.optional(z.nullable(z.string().check(z.maxLength(max, { error: errorKey('errors.tooLong', max) }))));

export const choice = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: errorKey('errors.choose') });
