import i18next, { type i18n, type TFunction } from 'i18next';
import enChecklist from '../../locales/en/checklist.json';
import enCommon from '../../locales/en/common.json';
import enLegal from '../../locales/en/legal.json';
import enReport from '../../locales/en/report.json';
import viChecklist from '../../locales/vi/checklist.json';
import viCommon from '../../locales/vi/common.json';
import viLegal from '../../locales/vi/legal.json';
import viReport from '../../locales/vi/report.json';
import type { Language } from '../domain/languages';
import type { Namespace } from '../i18n/config';

/** Every locale file, for tests that run without a browser. */
export const LOCALES = {
  vi: { common: viCommon, checklist: viChecklist, legal: viLegal, report: viReport },
  en: { common: enCommon, checklist: enChecklist, legal: enLegal, report: enReport },
} as const satisfies Record<Language, Record<Namespace, unknown>>;

/** The suffixes i18next adds to a key for plural categories (Vietnamese uses only "other"). */
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** A locale tree as dotted key → text. */
export function flattenKeys(tree: unknown, prefix = ''): Record<string, string> {
  if (typeof tree === 'string') return { [prefix]: tree };
  return Object.entries(tree as Record<string, unknown>).reduce<Record<string, string>>(
    (acc, [k, v]) => Object.assign(acc, flattenKeys(v, prefix ? `${prefix}.${k}` : k)),
    {},
  );
}

let instance: i18n | undefined;

/** One i18next instance with both languages loaded, configured like the app's. */
export function testI18n(): i18n {
  if (instance) return instance;
  instance = i18next.createInstance();
  void instance.init({
    resources: LOCALES,
    lng: 'vi',
    fallbackLng: false,
    ns: ['common', 'checklist', 'legal', 'report'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    initAsync: false,
  });
  return instance;
}

export const fixedT = <Ns extends Namespace>(lng: Language, ns: Ns): TFunction<Ns> => testI18n().getFixedT(lng, ns);
