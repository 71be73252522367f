/**
 * The report's page formats: A4 for printing, and a narrow page read on a
 * phone at fit-to-width (opened from Zalo or a browser), where an A4 page's
 * body text would be about 6 px tall.
 */
export const REPORT_FORMATS = ['a4', 'phone'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (value: unknown): value is ReportFormat =>
  typeof value === 'string' && (REPORT_FORMATS as readonly string[]).includes(value);
