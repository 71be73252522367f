import type { Language } from '../domain/languages';

/** Namespaces: UI words, checklist wording, legal texts, report wording. */
export const NAMESPACES = ['common', 'checklist', 'legal', 'report'] as const;
export type Namespace = (typeof NAMESPACES)[number];

export const DEFAULT_LANGUAGE: Language = 'vi';

/** Where the chosen UI language is kept (the only UI preference stored). */
export const LANGUAGE_STORAGE_KEY = 'ocop:language';
