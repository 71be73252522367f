import type { TFunction } from 'i18next';
import type { ReportTexts } from './types';

/**
 * The report's four translators from one source of fixed translators (the app's i18next in the browser,
 * the test instance in Node): the browser report, the on-screen summary and the tests bind them alike.
 */
export function bindReportTexts(fixed: {
  common: TFunction<'common'>;
  checklist: TFunction<'checklist'>;
  legal: TFunction<'legal'>;
  report: TFunction<'report'>;
}): ReportTexts {
  return {
    common: (key, options) => fixed.common(key, options),
    checklist: (key, options) => fixed.checklist(key, options),
    legal: (key, options) => fixed.legal(key, options),
    report: (key, options) => fixed.report(key, options),
  };
}
