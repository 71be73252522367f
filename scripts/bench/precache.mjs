/** Total size of what the service worker precaches (what a phone downloads for offline use). */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * Finds the argument of `precacheAndRoute([...])` in the generated (minified)
 * sw.js by bracket matching, skipping brackets inside string literals.
 */
function precacheArrayText(source) {
  const call = source.indexOf('precacheAndRoute(');
  if (call < 0) throw new Error('sw.js has no precacheAndRoute(...) call');
  const start = source.indexOf('[', call);
  let depth = 0;
  let quote = null;
  for (let i = start; i < source.length; i++) {
    const ch = source[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) return source.slice(start, i + 1);
  }
  throw new Error('Unterminated precache manifest in sw.js');
}

/** The precache manifest's `url`s (Workbox writes `{url:"…",revision:…}` objects, keys quoted or not). */
export function precacheUrls(swSource) {
  const text = precacheArrayText(swSource);
  return [...text.matchAll(/["']?url["']?\s*:\s*(["'])(.*?)\1/g)].map((m) => m[2]);
}

export async function measurePrecache(outDir) {
  const sw = await readFile(path.join(outDir, 'sw.js'), 'utf8');
  const urls = precacheUrls(sw);
  if (urls.length === 0) throw new Error('The precache manifest in sw.js has no entries');
  const files = await Promise.all(
    urls.map(async (url) => {
      // Manifest URLs are relative to the service worker's scope, i.e. the build root.
      const file = path.join(outDir, decodeURIComponent(url.split(/[?#]/)[0]));
      return { url, bytes: (await stat(file)).size };
    }),
  );
  files.sort((a, b) => b.bytes - a.bytes);
  return { count: files.length, bytes: files.reduce((sum, f) => sum + f.bytes, 0), files };
}
