import type { ReportFormat } from '../../domain/report-format';

/**
 * A phone, where the report will be read on the phone itself (most producers open the PDF sent
 * through Zalo there): a touch screen whose shorter side is under 40rem (640 px at the default text size).
 *
 * - The short side, so that a phone held sideways counts too. Under 640 px, an A4 page read at
 *   fit-to-width shows 10 pt body text at under 11 px (it is 595 pt wide), too small to read; the narrow
 *   page shows it at about 12.7 px on a 360 px phone (docs/report.md). Every phone is under it (360–430 px
 *   upright), a small 7-inch tablet too (where the narrow page reads better as well), larger tablets not.
 * - Touch as the main pointer (`pointer: coarse`): on a computer a narrow or zoomed window (a 1280 px
 *   window at 200 % is 640 px wide) says nothing about where the PDF is read: it opens in a viewer of its
 *   own or is printed, so a computer keeps A4.
 *
 * The only place that decides it: nothing else in the app asks what the device is.
 */
export const PHONE_SCREEN = '(pointer: coarse) and (max-width: 40rem), (pointer: coarse) and (max-height: 40rem)';

/** The page format offered when none was chosen yet for an assessment (A4 where media queries are unknown). */
export function deviceReportFormat(): ReportFormat {
  return typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(PHONE_SCREEN).matches
    ? 'phone'
    : 'a4';
}
