import type { i18n as I18n } from 'i18next';

/**
 * Where i18next's words come from in the browser: one chunk per language and namespace, loaded on
 * demand, except that `common` first comes as the first screen's part only
 * (src/i18n/first-screen-words.ts) until `loadAllWords` is called. One loader for the app's one
 * i18next instance (src/i18n/i18n.ts); without it (the build-time pre-render, tests with every word
 * given up front) `loadAllWords` has nothing to do.
 */

type Words = { default: Record<string, unknown> };

/** The first screen's part of each language's `common` (scripts/first-screen-words-plugin.ts; the query is FIRST_SCREEN_QUERY). */
const FIRST_SCREEN = import.meta.glob<Words>('../../locales/*/common.json', { query: '?first-screen' });

const file = (lng: string, ns: string): Promise<Words> => import(`../../locales/${lng}/${ns}.json`);

let loadAll: (() => Promise<void>) | null = null;
/** Every word is there: no split loader, or `loadAllWords` has finished. */
let complete = true;

/** The loader to give i18next (through i18next-resources-to-backend) for `i18n`. */
export function splitWordsLoader(i18n: I18n): (lng: string, ns: string) => Promise<Words> {
  /** Set once the rest of `common` is wanted: from then on, `common` loads whole. */
  let wantAll = false;
  let all: Promise<void> | null = null;
  /** Languages whose `common` holds only the first screen's words so far, with that load. */
  const partial = new Map<string, Promise<Words>>();

  complete = false;
  loadAll = () => {
    wantAll = true;
    all ??= Promise.all(
      [...partial].map(async ([lng, first]) => {
        // After the first-screen part: i18next adds that part over what is there, the whole file goes over it.
        await first.catch(() => undefined);
        const { default: words } = await file(lng, 'common');
        i18n.addResourceBundle(lng, 'common', words, true, true);
        partial.delete(lng);
      }),
    ).then(
      () => {
        complete = true;
      },
      (error: unknown) => {
        all = null; // the next call tries again
        throw error;
      },
    );
    return all;
  };

  return (lng, ns) => {
    const first = FIRST_SCREEN[`../../locales/${lng}/common.json`];
    if (ns !== 'common' || wantAll || !first) return file(lng, ns);
    const words = first();
    partial.set(lng, words);
    return words;
  };
}

/** True once every word is there (what is shown then needs not wait for `loadAllWords`). */
export const allWordsLoaded = (): boolean => complete;

/**
 * The rest of `common` for every language loaded so far, and `common` whole from now on. Called by
 * whatever may show a word beyond the first screen (the next screens, notices, a start-up that does
 * not show the pre-rendered welcome screen) before it shows it. One promise for every caller; after a
 * failure (offline before the service worker had the file) the next call tries again.
 */
export function loadAllWords(): Promise<void> {
  return loadAll?.() ?? Promise.resolve();
}
