import type { ParseKeys } from 'i18next';

/** The validation messages: keys under `errors.` in the common namespace (checked by tsc). */
export type ErrorKey = Extract<ParseKeys<'common'>, `errors.${string}`>;

/**
 * Validation messages are translation keys, optionally with one parameter
 * ("errors.tooLong|200"), so they re-render in the new language at once
 * when the user switches, without validating again.
 */
export const errorKey = (key: ErrorKey, max?: number): string => (max === undefined ? key : `${key}|${max}`);

/** A translator whose first namespace is `common`, where the messages live. */
type ErrorT = (key: ErrorKey, options: { max?: number }) => string;

export function errorText(t: ErrorT, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const [key, max] = message.split('|');
  // The message is one errorKey() made: zod passes it through as a plain string.
  return t(key as ErrorKey, { max: max === undefined ? undefined : Number(max) });
}
