import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import {
  FIRST_TAP_FILES_META,
  FIRST_TAP_MODULES,
  START_UP_FILES_META,
  START_UP_WORDS_META,
  type FirstTapFiles,
} from '../src/app/start-up-files.ts';
import { FIRST_SCREEN_QUERY } from '../src/i18n/first-screen-words.ts';

/**
 * Build step: names, in index.html, every file the app's start-up evaluates, so that src/app/main.tsx
 * can ask for all of them at once after the first paint (`<link rel="modulepreload">`) while
 * src/app/boot.tsx evaluates them one stage at a time, each stage in a task of its own. Without the
 * list each stage's files would only be asked for when the stage before it has run: one round trip
 * per stage on a slow connection.
 *
 * The stages are what `boot` imports dynamically: the files are boot's chunk, the chunks it imports
 * dynamically, and everything those import statically, so a new stage in boot.tsx is listed without
 * more ado. The list goes in `<meta name="ocop-start-up-files">` (START_UP_FILES_META), space-separated,
 * relative to the site root. The dev server has no list: there every file is asked for when it is
 * imported.
 *
 * With it go each language's first-screen words, which i18next asks for as it starts
 * (src/i18n/first-screen-words.ts; main.tsx takes the page's language's, so they do not wait for that
 * stage either), in `<meta name="ocop-start-up-words">`; and what the first tap needs beyond start-up
 * (FIRST_TAP_MODULES and `common` whole per language, without the start-up files) in
 * `<meta name="ocop-first-tap-files">`.
 */
export function startUpFilesPlugin(boot: string): Plugin {
  let root = '';
  return {
    name: 'ocop-start-up-files',
    apply: 'build',
    configResolved(config) {
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        if (!bundle) return [];
        const files = startUpFiles(bundle, path.resolve(root, boot));
        const words = startUpWords(bundle);
        const firstTap = firstTapFiles(
          bundle,
          FIRST_TAP_MODULES.map((id) => path.resolve(root, id)),
          new Set(files),
        );
        return [
          { tag: 'meta', attrs: { name: START_UP_FILES_META, content: files.join(' ') }, injectTo: 'head' },
          { tag: 'meta', attrs: { name: START_UP_WORDS_META, content: JSON.stringify(words) }, injectTo: 'head' },
          { tag: 'meta', attrs: { name: FIRST_TAP_FILES_META, content: JSON.stringify(firstTap) }, injectTo: 'head' },
        ];
      },
    },
  };
}

const chunksOf = (bundle: Rollup.OutputBundle) =>
  Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');

/** Chunk files and, through `add`, everything they import statically, each once. */
function closure(chunks: readonly Rollup.OutputChunk[]) {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const files = new Set<string>();
  const add = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    for (const imported of byName.get(fileName)?.imports ?? []) add(imported);
  };
  return { files, add };
}

function chunkOf(chunks: readonly Rollup.OutputChunk[], id: string): Rollup.OutputChunk {
  const chunk = chunks.find((c) => c.facadeModuleId === id);
  if (!chunk) throw new Error(`start-up-files: no chunk for ${id}`);
  return chunk;
}

function startUpFiles(bundle: Rollup.OutputBundle, bootId: string): string[] {
  const chunks = chunksOf(bundle);
  const boot = chunkOf(chunks, bootId);
  const { files, add } = closure(chunks);
  for (const fileName of [boot.fileName, ...boot.dynamicImports]) add(fileName);
  // The entry is already loaded by index.html's script tag.
  for (const chunk of chunks) if (chunk.isEntry) files.delete(chunk.fileName);
  return [...files];
}

/** `common` per language, as a chunk file, for each `common.json` module of the bundle with `query` (or none). */
function commonChunks(chunks: readonly Rollup.OutputChunk[], query: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const chunk of chunks) {
    const [file, found = ''] = (chunk.facadeModuleId ?? '').split('?');
    const language = /[\\/]locales[\\/]([^\\/]+)[\\/]common\.json$/.exec(file)?.[1];
    if (language && found === query) files[language] = chunk.fileName;
  }
  return files;
}

/** Each language's first-screen words (src/i18n/first-screen-words.ts), which i18next asks for as it starts. */
function startUpWords(bundle: Rollup.OutputBundle): Record<string, string> {
  return commonChunks(chunksOf(bundle), FIRST_SCREEN_QUERY);
}

function firstTapFiles(
  bundle: Rollup.OutputBundle,
  ids: readonly string[],
  startUp: ReadonlySet<string>,
): FirstTapFiles {
  const chunks = chunksOf(bundle);
  const { files, add } = closure(chunks);
  for (const id of ids) add(chunkOf(chunks, id).fileName);
  const words = Object.fromEntries(Object.entries(commonChunks(chunks, '')).map(([lng, file]) => [lng, [file]]));
  const later = (file: string) => !startUp.has(file) && !chunks.some((c) => c.isEntry && c.fileName === file);
  return { code: [...files].filter(later), words };
}
