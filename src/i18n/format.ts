import { LANGUAGE_INFO, type Language } from '../domain/languages';

/**
 * Numbers, percentages and dates for the active (or report) language, always
 * through Intl with the language's locale and date parts (src/domain/languages.ts).
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

/** A calendar date (yyyy-mm-dd or ISO date-time) in the language's usual form, read in UTC+7. */
export function formatDate(iso: string, lng: Language): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T00:00:00+07:00`) : new Date(iso);
  return reuse(
    `date ${lng}`,
    () =>
      new Intl.DateTimeFormat(locale(lng), {
        ...LANGUAGE_INFO[lng].dateParts,
        year: 'numeric',
        timeZone: 'Asia/Ho_Chi_Minh',
      }),
  ).format(date);
}

export function formatTime(iso: string, lng: Language): string {
  return reuse(
    `time ${lng}`,
    () => new Intl.DateTimeFormat(locale(lng), { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(new Date(iso));
}

export const formatBytes = (bytes: number, lng: Language): string =>
  bytes < 1024 * 1024
    ? `${formatNumber(Math.max(1, Math.round(bytes / 1024)), lng)} KB`
    : `${formatNumber(bytes / 1024 / 1024, lng, 1)} MB`;
