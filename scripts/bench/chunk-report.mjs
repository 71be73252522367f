#!/usr/bin/env node
/**
 * What the first screen's chunks are made of: `node scripts/bench/chunk-report.mjs <dist> [chunk…]`
 * on a build made with `--sourcemap` (e.g. `npx vite build --outDir /tmp/x --sourcemap`). Without chunk
 * names it follows the static imports from index.html's entry. For each chunk, the source modules by
 * gzipped size (each module's generated code gzipped alone: an estimate, the sum exceeds the chunk's).
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { TraceMap, eachMapping } from '@jridgewell/trace-mapping';

const [dist = 'dist', ...named] = process.argv.slice(2);
const assets = path.join(dist, 'assets');
const gz = (text) => gzipSync(text).length;
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;

function staticImports(file) {
  const code = readFileSync(path.join(assets, file), 'utf8');
  return [...code.matchAll(/(?:import|from)\s*"\.\/([^"]+\.js)"/g)].map((m) => m[1]);
}

function closure(start) {
  const seen = new Set();
  const todo = [...start];
  while (todo.length) {
    const file = todo.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    todo.push(...staticImports(file));
  }
  return [...seen];
}

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = html.match(/src="\/assets\/([^"]+\.js)"/)[1];
const chunks = named.length ? closure(named) : closure([entry]);
let total = 0;
for (const file of chunks.sort()) {
  const code = readFileSync(path.join(assets, file), 'utf8');
  const size = gz(code);
  total += size;
  console.log(`\n${file}: ${kib(code.length)} raw, ${kib(size)} gzip`);
  const mapFile = path.join(assets, `${file}.map`);
  if (!existsSync(mapFile)) continue;
  const map = new TraceMap(readFileSync(mapFile, 'utf8'));
  const lines = code.split('\n');
  const bySource = new Map();
  let prev = null;
  const flush = (end) => {
    if (!prev) return;
    const text = prev.line === end.line ? lines[prev.line].slice(prev.col, end.col) : lines[prev.line].slice(prev.col);
    bySource.set(prev.source, (bySource.get(prev.source) ?? '') + text);
  };
  eachMapping(map, (m) => {
    const here = { line: m.generatedLine - 1, col: m.generatedColumn, source: m.source ?? '(none)' };
    flush(here);
    prev = here;
  });
  flush({ line: lines.length - 1, col: lines.at(-1).length });
  const rows = [...bySource].map(([source, text]) => [
    source.replace(/^.*node_modules\//, 'nm:').replace(/^(\.\.\/)+/, ''),
    text.length,
    gz(text),
  ]);
  rows.sort((a, b) => b[2] - a[2]);
  for (const [source, raw, g] of rows.slice(0, 40))
    console.log(`  ${kib(g).padStart(9)} ${kib(raw).padStart(9)}  ${source}`);
}
console.log(`\nTotal gzip of ${chunks.length} chunks: ${kib(total)}`);
