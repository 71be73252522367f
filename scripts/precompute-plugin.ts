import { runnerImport, type Plugin } from 'vite';

/**
 * Build step: a module named `*.precomputed.ts` is run at build time and shipped as its exports'
 * values (JSON), not as the code that computes them. For facts derived from the content that are the
 * same for every visitor and would otherwise cost a phone work on the first screen (the welcome
 * screen's range of question counts: 72 checklists' worth of applicability rules). In the dev server
 * and the tests the module runs as written, so the two can never disagree about how it is computed.
 */
const PRECOMPUTED = /\.precomputed\.ts$/;

export function precomputePlugin(): Plugin {
  let root = '';
  return {
    name: 'ocop-precompute',
    apply: 'build',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    async load(id) {
      if (!PRECOMPUTED.test(id)) return null;
      const { module } = await runnerImport<Record<string, unknown>>(id, {
        configFile: false,
        root,
        logLevel: 'error',
      });
      return Object.entries(module)
        .map(([name, value]) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`)
        .join('\n');
    },
  };
}
