import type checklist from '../../locales/vi/checklist.json';
import type common from '../../locales/vi/common.json';
import type legal from '../../locales/vi/legal.json';
import type report from '../../locales/vi/report.json';

/**
 * Translation keys are checked by the compiler: every `t('…')`, and every translator handed to the content
 * and the report (`LegalT`, `ReportTexts`), accepts only keys of the Vietnamese locale files, the language
 * the texts are written in first (locales.test.ts holds every other language to the same keys). Keys built
 * from ids in the data go through `textKey` (src/content/text-keys.ts), and the content tests check those.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: { common: typeof common; checklist: typeof checklist; legal: typeof legal; report: typeof report };
  }
}
