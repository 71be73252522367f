import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import viCommon from '../../locales/vi/common.json' with { type: 'json' };
import { DEFAULT_LANGUAGE } from './config';

/**
 * Build time only: i18next for the welcome screen pre-rendered into index.html (src/app/prerender.tsx),
 * in Vietnamese, its words loaded up front. The options that shape the words are those of i18n.ts; a
 * difference would show as a hydration error in e2e/first-screen.spec.ts.
 */
export async function prerenderI18n(): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    resources: { [DEFAULT_LANGUAGE]: { common: viCommon } },
    ns: ['common'],
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: true },
  });
  return i18n;
}
