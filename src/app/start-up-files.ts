/**
 * The files start-up evaluates, stage by stage (src/app/boot.tsx). The build lists them in index.html,
 * in `<meta name="ocop-start-up-files">` (scripts/start-up-files-plugin.ts); the dev server has no list.
 */
export const START_UP_FILES_META = 'ocop-start-up-files';

/**
 * Each language's first-screen words (the file i18next asks for as it starts), in `<meta
 * name="ocop-start-up-words">` as JSON (language → file): main.tsx asks for the page's language's with the rest.
 */
export const START_UP_WORDS_META = 'ocop-start-up-words';

/**
 * What the first tap on the welcome screen ("Start") needs beyond start-up: storage's code (a first
 * visit loads it with the first tap), the profile screen, and every word of `common`. The build lists
 * their files in `<meta name="ocop-first-tap-files">`, as JSON ({@link FirstTapFiles}), and boot.tsx
 * asks for them (to be kept, not run) when the phone is idle after start-up, so a producer who reads
 * the welcome screen first does not wait for them after the tap on a slow connection.
 */
export const FIRST_TAP_FILES_META = 'ocop-first-tap-files';
export const FIRST_TAP_MODULES = [
  'src/storage/storage-service.ts',
  'src/storage/read-assessment.ts',
  'src/features/profile/profile-screen.tsx',
];
export interface FirstTapFiles {
  code: string[];
  /** `common` whole, per language: only the one in use is asked for. */
  words: Record<string, string[]>;
}
