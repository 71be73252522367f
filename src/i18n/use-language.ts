import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../domain/languages';
import { DEFAULT_LANGUAGE } from './config';

/**
 * The interface language, typed. i18next only ever resolves to a supported language (`supportedLngs`), and
 * components render after it has (Suspense), so the default is for the type, never a guess in use.
 */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
}
