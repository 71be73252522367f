import { LANGUAGES } from '../domain/languages';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY } from '../i18n/config';
import type { FirstPaintFacts } from './first-paint';

/** What the first-paint check needs to know about the app (shared by the inline copy and boot.tsx). */
export const FIRST_PAINT_FACTS: FirstPaintFacts = {
  prefix: 'ocop:',
  languageKey: LANGUAGE_STORAGE_KEY,
  languages: [...LANGUAGES],
  defaultLanguage: DEFAULT_LANGUAGE,
};
