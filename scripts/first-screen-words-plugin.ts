import { readFile } from 'node:fs/promises';
import type { Plugin } from 'vite';
import { FIRST_SCREEN_QUERY, firstScreenWords } from '../src/i18n/first-screen-words.ts';

/**
 * `locales/<lng>/common.json?first-screen` is that file with only the first screen's groups
 * (src/i18n/first-screen-words.ts): a chunk of its own that start-up loads instead of the whole file.
 * A module whose default export is that part, as Vite makes of a JSON file.
 */
export function firstScreenWordsPlugin(): Plugin {
  const suffix = `common.json?${FIRST_SCREEN_QUERY}`;
  return {
    name: 'ocop-first-screen-words',
    enforce: 'pre',
    async load(id) {
      if (!id.endsWith(suffix)) return null;
      const file = id.slice(0, -`?${FIRST_SCREEN_QUERY}`.length);
      this.addWatchFile(file);
      const words = firstScreenWords(JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>);
      // The module type says JavaScript: the id still ends in .json?… and would be read as JSON.
      return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(words))});`, moduleType: 'js' };
    },
  };
}
