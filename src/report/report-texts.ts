import type { Language } from '../domain/languages';
import { i18n } from '../i18n/i18n';
import { bindReportTexts } from './model/bind-texts';
import type { ReportTexts } from './report-model';

/**
 * Translators for the report's language, independent of the screen's: fixed
 * translators are used and the UI language is never changed.
 */
export async function reportTexts(language: Language): Promise<ReportTexts> {
  // Register the namespaces first: loadLanguages loads every registered namespace in that language.
  await i18n.loadNamespaces(['common', 'checklist', 'legal', 'report']);
  await i18n.loadLanguages(language);
  return bindReportTexts({
    common: i18n.getFixedT(language, 'common'),
    checklist: i18n.getFixedT(language, 'checklist'),
    legal: i18n.getFixedT(language, 'legal'),
    report: i18n.getFixedT(language, 'report'),
  });
}
