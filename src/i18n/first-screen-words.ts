/**
 * The words of the first screen: the groups of `common` that the welcome screen, the shell around it
 * and what can happen there before anything is loaded (its dialogs, a failed screen, a waiting update,
 * the notices, among them the one for code that could not be loaded because the connection dropped)
 * use. The browser loads only these at start-up (about a third of `common`); the rest comes with the
 * first thing that needs it (src/i18n/i18n.ts, `loadAllWords`). The files stay whole: the build picks
 * these groups out of `locales/<lng>/common.json` (scripts/first-screen-words-plugin.ts).
 *
 * A word of these screens outside these groups would show as its key until the rest arrives; a test
 * (first-screen-words.test.tsx) renders them with these groups only.
 */
export const FIRST_SCREEN_GROUPS = [
  'app',
  'nav',
  'language',
  'saved',
  'welcome',
  'update',
  'framed',
  'failure',
  'notices',
] as const;

/** The query that asks the build for the first-screen part of a `common.json`. */
export const FIRST_SCREEN_QUERY = 'first-screen';

export function firstScreenWords(common: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    FIRST_SCREEN_GROUPS.filter((group) => group in common).map((group) => [group, common[group]]),
  );
}
