import { LANGUAGE_INFO, type Language } from '../domain/languages';

/**
 * Numbers, percentages, dates and times for the active (or report) language: through Intl with the
 * language's locale, except calendar dates, written by the language table (src/domain/languages.ts).
 * Vietnamese: 1.234,5 and 28/11/2026; English: 1,234.5 and 28 Nov 2026.
 */
const locale = (lng: Language) => LANGUAGE_INFO[lng].intl;

/** An Intl formatter is costly to make and free to reuse: one per language and kind. */
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function reuse<F extends Intl.NumberFormat | Intl.DateTimeFormat>(id: string, make: () => F): F {
  let f = formatters.get(id) as F | undefined;
  if (!f) {
    f = make();
    formatters.set(id, f);
  }
  return f;
}

export const formatPercent = (value: number, lng: Language): string =>
  reuse(
    `percent ${lng}`,
    () => new Intl.NumberFormat(locale(lng), { style: 'percent', maximumFractionDigits: 0 }),
  ).format(value);

export const formatNumber = (value: number, lng: Language, maximumFractionDigits = 0): string =>
  reuse(
    `number ${lng} ${maximumFractionDigits}`,
    () => new Intl.NumberFormat(locale(lng), { maximumFractionDigits }),
  ).format(value);

/** Vietnam keeps UTC+7 all year (no daylight saving since 1975). */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** An instant as the wall-clock reading in Vietnam (read with the getUTC… methods). */
function inVietnam(iso: string): Date {
  const time = Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00+07:00` : iso);
  if (Number.isNaN(time)) throw new RangeError(`Invalid date: ${iso}`);
  return new Date(time + VIETNAM_OFFSET_MS);
}

/**
 * A calendar date (yyyy-mm-dd, or an ISO date-time read as the day it is in Vietnam) in the language's
 * usual form. Not through Intl (see `writeDate` in src/domain/languages.ts); an invalid date throws, as
 * Intl does.
 */
export function formatDate(iso: string, lng: Language): string {
  const day = inVietnam(iso);
  return LANGUAGE_INFO[lng].writeDate(day.getUTCDate(), day.getUTCMonth() + 1, day.getUTCFullYear());
}

/**
 * The time of an ISO date-time in Vietnam, 24-hour (17:05) in every language: on the same clock as
 * `formatDate`, so that a date and a time written side by side ("Last changed 3 Dec 2026 00:46") agree
 * on a device set to another time zone.
 */
export function formatTime(iso: string): string {
  const time = inVietnam(iso);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${two(time.getUTCHours())}:${two(time.getUTCMinutes())}`;
}

export const formatBytes = (bytes: number, lng: Language): string =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lng)} KB`
    : `${formatNumber(bytes / 1024 / 1024, lng, 1)} MB`;
