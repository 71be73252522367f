import i18next, { type i18n as I18n } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { initReactI18next } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../domain/languages';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY } from './config';
import { splitWordsLoader } from './words';

/**
 * i18next for the app. Locale files load on demand, one chunk per language and
 * namespace, so the first screen carries only `common` in one language, and of
 * it only the first screen's words until `loadAllWords` is called (src/i18n/words.ts);
 * the service worker precaches them all for offline use. `changeLanguage` loads
 * every namespace in use before it switches, so the switch never shows a
 * loading state and no component remounts (half-typed fields stay as they are).
 */

/** The stored choice, else the browser's first supported language, else Vietnamese. */
export function detectLanguage(stored: string | null, browser: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

function storedLanguage(): string | null {
  try {
    return localStorage.getItem(LANGUAGE_STORAGE_KEY);
  } catch {
    return null;
  }
}

export const i18n: I18n = i18next.createInstance();

function applyToDocument(lng: string) {
  document.documentElement.lang = lng;
  document.title = i18n.getFixedT(lng, 'common')('app.documentTitle');
}

export const i18nReady: Promise<void> = i18n
  .use(resourcesToBackend(splitWordsLoader(i18n)))
  .use(initReactI18next)
  .init({
    lng: detectLanguage(storedLanguage(), navigator.languages ?? [navigator.language]),
    supportedLngs: [...LANGUAGES],
    fallbackLng: false,
    ns: ['common'],
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnEmptyString: false,
    react: { useSuspense: true },
  })
  .then(() => applyToDocument(i18n.language));

i18n.on('languageChanged', (lng) => {
  applyToDocument(lng);
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // Private mode or a full quota: the choice lasts for this visit only.
  }
});
