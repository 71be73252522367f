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
  const bind = (ns: string) => {
    const t = i18n.getFixedT(language, ns);
    return (key: string, options?: Record<string, unknown>) => t(key, options) as string;
  };
  return { common: bind('common'), checklist: bind('checklist'), legal: bind('legal'), report: bind('report') };
}
