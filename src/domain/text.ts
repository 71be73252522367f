/**
 * Normalisation of everything a user types, applied when it is saved, exported
 * or printed: Unicode NFC (decomposed Vietnamese renders with misplaced marks in
 * the PDF), no control characters except line breaks and tabs turned to spaces,
 * and a length cap so a pasted novel cannot fill the device's storage.
 */

// Soft line breaks (Word's U+000B, form feed, NEL, the Unicode line and paragraph separators) are line breaks
// to the person who typed them: they become "\n", not nothing, or the words on either side are glued together.
// eslint-disable-next-line no-control-regex -- mapping control characters is the point
const SOFT_BREAK = /[\u000B\u000C\u0085\u2028\u2029]/g;

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/g;

export const MAX_LENGTH = {
  /** Producer and product names, owners. */
  short: 200,
  /** Evidence references, reasons. */
  medium: 2_000,
  /** Notes: the bench fixture has a 10,000-character note; allow twice that. */
  long: 20_000,
} as const;

export function normalizeText(value: string, max: number = MAX_LENGTH.long): string {
  const cleaned = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/\t/g, ' ')
    .replace(SOFT_BREAK, '\n')
    .replace(CONTROL, '');
  if (cleaned.length <= max) return cleaned;
  // Cut on a code point boundary so a surrogate pair (an emoji) is never split.
  const cut = cleaned.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** Length limits of an answer's texts. */
export const ANSWER_LIMITS = { reason: MAX_LENGTH.medium, note: MAX_LENGTH.long, evidence: MAX_LENGTH.medium } as const;

/** Length limits of a plan line's texts. */
export const PLAN_LIMITS = { owner: MAX_LENGTH.short, progress: MAX_LENGTH.medium } as const;

/** Normalise, then trim: for values at rest (storage, export, report). */
export const cleanText = (value: string, max?: number): string => normalizeText(value, max).trim();

/**
 * A composed title ("{{name}} (bản sao)") that fits `max` once canonical: the
 * name is shortened with "…" so that what is added to it is never the part cut.
 */
export function titleWithin(compose: (name: string) => string, name: string, max: number = MAX_LENGTH.short): string {
  const full = compose(name);
  if (cleanText(full).length <= max) return full;
  const room = max - normalizeText(compose(''), Number.MAX_SAFE_INTEGER).length - 1;
  return compose(`${normalizeText(name, Math.max(0, room)).trimEnd()}…`);
}
