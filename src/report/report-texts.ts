import type { Language } from '../domain/languages';
import { i18n } from '../i18n/i18n';
import type { ReportTexts } from './report-model';

/**
 * Translators for the report's language, independent of the screen's: fixed
 * translators are used and the UI language is never changed.
 */
export async function reportTexts(language: Language): Promise<ReportTexts> {
  // Register the namespaces first: loadLanguages loads every registered namespace in that language.
  await i18n.loadNamespaces(['common', 'checklist', 'legal', 'report']);
  await i18n.loadLanguages(language);
  const [common, checklist, legal, report] = [
    i18n.getFixedT(language, 'common'),
    i18n.getFixedT(language, 'checklist'),
    i18n.getFixedT(language, 'legal'),
    i18n.getFixedT(language, 'report'),
  ] as const;
  return {
    common: (key, options) => common(key, options),
    checklist: (key, options) => checklist(key, options),
    legal: (key, options) => legal(key, options),
    report: (key, options) => report(key, options),
  };
}
