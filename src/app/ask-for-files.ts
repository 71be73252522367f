/**
 * Asks the browser for files the build listed in a `<meta>` of index.html (src/app/start-up-files.ts),
 * `modulepreload` to have them ready to run now, or fetched ahead to keep them for later.
 * The paths are relative to the site root.
 */
export function metaContent(name: string): string {
  return document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content ?? '';
}

/** A `<meta>` whose content is JSON; `fallback` when there is none (the dev server) or it does not parse. */
export function metaJson<T>(name: string, fallback: T): T {
  try {
    return (JSON.parse(metaContent(name) || 'null') as T | null) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Readies modules to run now: fetched and compiled, as for an import about to happen. */
export function preloadModules(files: readonly string[]) {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    link.crossOrigin = ''; // as Vite's helper does: a module is fetched that way, and the fetch is then reused
    link.href = import.meta.env.BASE_URL + file;
    document.head.append(link);
  }
}

/**
 * Fetches files to keep them for later, in a worker (src/app/fetch-ahead.worker.ts): asked for from
 * the page, each file is a millisecond or more of main-thread work on a phone, and the twenty-odd
 * files of start-up made the phone slow to answer while the welcome screen is read. `lists` are
 * fetched one after the other, each whole before the next begins.
 */
export function fetchAhead(lists: readonly (readonly string[])[]) {
  if (typeof Worker === 'undefined') return;
  const worker = new Worker(new URL('./fetch-ahead.worker.ts', import.meta.url), { type: 'module' });
  worker.postMessage(lists.map((files) => files.map((file) => import.meta.env.BASE_URL + file)));
}
