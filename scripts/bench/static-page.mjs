/**
 * The yardstick for the first screen: the built index.html with every script removed (the app's
 * modules, their preloads and the inline first-paint check), i.e. the same pre-rendered welcome
 * screen and stylesheet as a plain static page. The bench writes it next to the build and measures
 * it beside the app: "as fast as static HTML" is then a ratio, not a guess.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const STATIC_PAGE = 'bench-static-first-screen.html';

export async function writeStaticPage(outDir) {
  const html = await readFile(path.join(outDir, 'index.html'), 'utf8');
  const stripped = html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<link rel="manifest"[^>]*>\s*/g, '');
  if (!stripped.includes('<h1')) throw new Error('index.html has no pre-rendered <h1>: nothing to compare against');
  await writeFile(path.join(outDir, STATIC_PAGE), stripped);
  return STATIC_PAGE;
}
