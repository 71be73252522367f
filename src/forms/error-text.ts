import type { TFunction } from 'i18next';

/**
 * Validation messages are translation keys, optionally with one parameter
 * ("errors.tooLong|200"), so they re-render in the new language at once
 * when the user switches, without validating again.
 */
export const errorKey = (key: string, max?: number): string => (max === undefined ? key : `${key}|${max}`);

export function errorText(t: TFunction, message: string | undefined): string | undefined {
  if (!message) return undefined;
  const [key, max] = message.split('|');
  // Messages live in the common namespace whatever the calling component's default namespace is.
  return t(`common:${key}`, { max: max === undefined ? undefined : Number(max) });
}
