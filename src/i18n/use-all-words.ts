import { use } from 'react';
import { allWordsLoaded, loadAllWords } from './words';

/** One attempt (React's `use` needs the same promise on every render); a failed one lets the caller go on. */
let wordsLoaded: Promise<void> | undefined;

/**
 * Notices, and the conflict choice, use words beyond the first screen's (src/i18n/first-screen-words.ts):
 * a component that is about to show some calls this, and waits (suspends, so its Suspense boundary shows
 * its fallback) until every word is there; without a connection, it goes on with the words it has.
 */
export function useAllWordsWhen(needed: boolean): void {
  if (needed && !allWordsLoaded()) use((wordsLoaded ??= loadAllWords().catch(() => undefined)));
}
