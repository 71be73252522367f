import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../domain/languages';

/** Every language's `common`, loaded up front: the build renders the welcome screen in each. */
const COMMON = import.meta.glob<Record<string, unknown>>('../../locales/*/common.json', {
  eager: true,
  import: 'default',
});

/** A language's `common` words (the pre-render's waiting line reads them too). */
export function commonWords(lng: Language): Record<string, unknown> {
  const words = COMMON[`../../locales/${lng}/common.json`];
  if (!words) throw new Error(`Pre-render: no locales/${lng}/common.json`);
  return words;
}

/**
 * Build time only: i18next for the welcome screens pre-rendered into index.html (src/app/prerender.tsx),
 * in `lng`, its words loaded up front. The options that shape the words are those of i18n.ts; a
 * difference would show as a hydration error in e2e/first-screen.spec.ts.
 */
export async function prerenderI18n(lng: Language): Promise<I18n> {
  const i18n = i18next.createInstance();
  await i18n.use(initReactI18next).init({
    lng,
    resources: { [lng]: { common: commonWords(lng) } },
    ns: ['common'],
    defaultNS: 'common',
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: true },
  });
  return i18n;
}
