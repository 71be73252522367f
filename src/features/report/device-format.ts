import type { ReportFormat } from '../../domain/report-format';

/**
 * A phone's screen, where the report is read on the phone itself (most producers open the PDF sent
 * through Zalo there), so the narrow page suits it better than A4.
 *
 * - Narrower than 40rem (640 px at the default text size): every phone held upright (360–430 px), and
 *   no tablet or computer window the app is used in. It is also the width below which the stylesheet
 *   lays the app out for a phone (its `min-width: 40rem` rules), so the two agree.
 * - Or a phone held sideways: wider than that, but at most 40rem tall with touch as the main pointer.
 *   A computer's short window has a mouse; a tablet is taller.
 *
 * The only place that decides it: nothing else in the app asks what the device is.
 */
export const PHONE_SCREEN = '(max-width: 40rem), (pointer: coarse) and (max-height: 40rem)';

/** The page format offered when none was chosen yet for an assessment (A4 where media queries are unknown). */
export function deviceReportFormat(): ReportFormat {
  return typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function' &&
    window.matchMedia(PHONE_SCREEN).matches
    ? 'phone'
    : 'a4';
}
