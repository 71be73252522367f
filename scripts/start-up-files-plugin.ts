import path from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { START_UP_FILES_META } from '../src/app/start-up-files.ts';

/**
 * Build step: names, in index.html, every file the app's start-up evaluates, so that src/app/main.tsx
 * can ask for all of them at once after the first paint (`<link rel="modulepreload">`) while
 * src/app/boot.tsx evaluates them one stage at a time, each stage in a task of its own. Without the
 * list each stage's files would only be asked for when the stage before it has run: one round trip
 * per stage on a slow connection.
 *
 * `modules` are the modules boot.tsx imports, one per stage (paths from the project root); the files
 * are their chunks and everything those import statically. The list goes in
 * `<meta name="ocop-start-up-files">` (START_UP_FILES_META), space-separated, relative to the site root.
 * The dev server has no list: there every file is asked for when it is imported.
 */

export function startUpFilesPlugin(modules: readonly string[]): Plugin {
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
        const files = startUpFiles(
          bundle,
          modules.map((m) => path.resolve(root, m)),
        );
        return [{ tag: 'meta', attrs: { name: START_UP_FILES_META, content: files.join(' ') }, injectTo: 'head' }];
      },
    },
  };
}

function startUpFiles(bundle: Rollup.OutputBundle, moduleIds: readonly string[]): string[] {
  const chunks = Object.values(bundle).filter((item): item is Rollup.OutputChunk => item.type === 'chunk');
  const wanted = new Set<string>();
  const add = (fileName: string) => {
    if (wanted.has(fileName)) return;
    wanted.add(fileName);
    const chunk = chunks.find((c) => c.fileName === fileName);
    for (const imported of chunk?.imports ?? []) add(imported);
  };
  for (const id of moduleIds) {
    const chunk = chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));
    if (!chunk) throw new Error(`start-up-files: no chunk holds ${id}`);
    add(chunk.fileName);
  }
  // The entry is already loaded by index.html's script tag.
  for (const chunk of chunks) if (chunk.isEntry) wanted.delete(chunk.fileName);
  return [...wanted];
}
