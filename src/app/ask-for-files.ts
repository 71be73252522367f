/**
 * Asks the browser for files the build listed in a `<meta>` of index.html (src/app/start-up-files.ts),
 * all in one go: `modulepreload` to have them ready to run now, `prefetch` to keep them for later.
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

export function askForFiles(files: readonly string[], rel: 'modulepreload' | 'prefetch') {
  for (const file of files) {
    const link = document.createElement('link');
    link.rel = rel;
    link.crossOrigin = ''; // as Vite's helper does: a module is fetched that way, and the fetch is then reused
    link.href = import.meta.env.BASE_URL + file;
    document.head.append(link);
  }
}
