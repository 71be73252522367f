/**
 * The app's TypeScript modules, loaded in Node through Vite's module graph (ssrLoadModule strips the
 * types and resolves the same imports the app uses), so the bench reuses the test fixtures and the
 * report code instead of copies that would drift.
 */
import { createServer } from 'vite';
import { CACHE_DIR, ROOT } from './config.mjs';

export function moduleServer() {
  return createServer({
    root: ROOT,
    logLevel: 'warn',
    appType: 'custom',
    // No HTTP listener, no HMR socket: only the module loader.
    server: { middlewareMode: true, hmr: false, ws: false },
    // Own cache and no dependency pre-bundling, so we never touch node_modules/.vite
    // that a developer's `npm run dev` may be using at the same moment.
    cacheDir: CACHE_DIR,
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}
