/**
 * What the first screen's JavaScript cannot go below with this stack: scripts/bench/floor/main.js
 * (the libraries alone) built with the app's build target, gzipped the same way as the app's files.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { ROOT } from './config.mjs';

const FLOOR_OUT = path.join(ROOT, 'node_modules/.bench/floor');

export async function measureStackFloor() {
  await rm(FLOOR_OUT, { recursive: true, force: true });
  await build({
    configFile: false,
    root: ROOT,
    mode: 'production',
    // The bench's earlier steps start Vite servers, which set NODE_ENV=development for this process:
    // without this, React's development build would be weighed.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    logLevel: 'silent',
    build: {
      outDir: FLOOR_OUT,
      emptyOutDir: true,
      // As vite.config.ts.
      target: ['chrome111', 'firefox114', 'safari16.4'],
      rollupOptions: { input: path.join(ROOT, 'scripts/bench/floor/main.js') },
    },
  });
  const files = (await readdir(FLOOR_OUT, { recursive: true })).filter((f) => f.endsWith('.js'));
  let gzipBytes = 0;
  for (const file of files) gzipBytes += gzipSync(await readFile(path.join(FLOOR_OUT, file))).length;
  return { gzipBytes, files: files.length };
}
