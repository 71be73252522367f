/**
 * The languages of the app, one row each: everything the code does differently per language is read from
 * here, never from a comparison with a language code. A new language is a row here plus a `locales/<code>/`
 * folder with the four namespaces (src/i18n/languages.test.ts fails until every piece exists).
 */
export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export interface LanguageInfo {
  /** Its own name, as the language switch and the report's language choice show it in every language. */
  nativeName: string;
  /** The Intl locale for numbers, dates, times and sorting. */
  intl: string;
  /**
   * How a calendar date is written: Vietnamese 06/07/2025 (as the legal texts do), English 6 Jul 2025.
   * Written out here instead of asking Intl: the first Intl formatter a page makes costs tens of
   * milliseconds of start-up on a phone, and the first screen's footer carries a date.
   * `dateParts` are the Intl options whose output `writeDate` matches (src/i18n/format.test.ts holds
   * them together for every day of several years).
   */
  writeDate: (day: number, month: number, year: number) => string;
  dateParts: { day: 'numeric' | '2-digit'; month: 'numeric' | '2-digit' | 'short' | 'long' };
  /**
   * Field separator of the CSV action plan: what a spreadsheet set up for this language opens as columns
   * (where the decimal separator is a comma, as in Vietnamese, spreadsheets expect a semicolon).
   */
  csvSeparator: ';' | ',';
  /** The PDF report's document language (BCP 47), read by screen readers. */
  pdfLanguage: string;
  /** Which of a province's two names to show: the Vietnamese one, or the usual form without diacritics. */
  placeNames: 'vi' | 'en';
}

const twoDigits = (n: number) => String(n).padStart(2, '0');
/** British English short months, as Intl writes them for en-GB ("Sept" included). */
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];

/**
 * A `Record` over every code: a language without a row does not compile. Kept literal (`as const`), so the
 * PDF language is checked against the tags jsPDF knows.
 */
export const LANGUAGE_INFO = {
  vi: {
    nativeName: 'Tiếng Việt',
    intl: 'vi-VN',
    writeDate: (day, month, year) => `${twoDigits(day)}/${twoDigits(month)}/${year}`,
    dateParts: { day: '2-digit', month: '2-digit' },
    csvSeparator: ';',
    pdfLanguage: 'vi',
    placeNames: 'vi',
  },
  en: {
    nativeName: 'English',
    intl: 'en-GB',
    writeDate: (day, month, year) => `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`,
    dateParts: { day: 'numeric', month: 'short' },
    csvSeparator: ',',
    pdfLanguage: 'en-GB',
    placeNames: 'en',
  },
} as const satisfies Record<Language, LanguageInfo>;

/**
 * The language the law is written in. The legal texts in any other language are unofficial translations:
 * marked so, with the original shown beside them.
 */
export const LAW_LANGUAGE: Language = 'vi';

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
