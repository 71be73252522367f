import type { Plugin, Rollup } from 'vite';
import { FIRST_SCREEN_QUERY } from '../src/i18n/first-screen-words.ts';

/**
 * Build step: index.html names the files the app needs to start on the pre-rendered welcome screen
 * (`<meta name="ocop-start-up">`): boot.tsx, show-app.tsx (React and the screens), the screen's
 * words, and everything they import. src/app/main.tsx asks the browser to prefetch them once the page
 * has loaded (not before: until the screen is painted the HTML and the stylesheet have the connection
 * to themselves), and starts the app from the cache when the page is first used.
 */
export const START_UP_META = 'ocop-start-up';
const startUp = (language: string) => [
  '/src/app/boot.tsx',
  '/src/app/show-app.tsx',
  `/locales/${language}/common.json?${FIRST_SCREEN_QUERY}`,
];

type OutputChunk = Rollup.OutputChunk;

function startUpFiles(bundle: Rollup.OutputBundle, language: string): string[] {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const add = (chunk: OutputChunk | undefined) => {
    if (!chunk || files.has(chunk.fileName)) return;
    files.add(chunk.fileName);
    for (const name of chunk.imports) add(byName.get(name));
  };
  for (const id of startUp(language)) {
    const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(id));
    if (!chunk) throw new Error(`Prefetch: no chunk for ${id}`);
    add(chunk);
  }
  // The entry is already loaded by its <script>.
  for (const chunk of chunks) if (chunk.isEntry) files.delete(chunk.fileName);
  return [...files].sort();
}

export function startUpFilesPlugin(): Plugin {
  let base = '/';
  return {
    name: 'ocop-start-up-files',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return [];
        // The pre-rendered screen's language is the page's.
        const language = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1];
        if (!language) throw new Error('Prefetch: index.html has no <html lang>');
        const files = startUpFiles(ctx.bundle, language).map((file) => `${base}${file}`);
        return [{ tag: 'meta', attrs: { name: START_UP_META, content: files.join(' ') }, injectTo: 'head' as const }];
      },
    },
  };
}
