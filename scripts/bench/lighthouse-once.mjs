#!/usr/bin/env node
/**
 * One Lighthouse mobile run of a built app, for looking into TBT: `node scripts/bench/lighthouse-once.mjs <dist> <port> [out.json]`.
 * Prints the scores, the metrics, the load average and the main thread's long tasks (start, duration, what ran);
 * the full report goes to out.json when given. The bench (npm run bench) remains the measurement of record.
 */
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH, ROOT } from './config.mjs';
import { METRICS } from './lighthouse.mjs';

const [dist, port = '4251', out] = process.argv.slice(2);
if (!dist) {
  console.error('Usage: node scripts/bench/lighthouse-once.mjs <dist> [port] [out.json]');
  process.exit(2);
}
const server = await preview({
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: path.resolve(dist) },
  preview: { port: Number(port), host: '127.0.0.1', strictPort: true, open: false },
});
const load = os.loadavg()[0].toFixed(2);
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  chromeFlags: ['--headless=new', '--lang=vi-VN', '--accept-lang=vi-VN,vi', ...CHROMIUM_ARGS],
  envVars: { ...process.env, LANGUAGE: 'vi_VN:vi' },
  logLevel: 'silent',
});
try {
  const url = `http://127.0.0.1:${port}/${process.env.PAGE ?? ''}`;
  const { lhr } = await lighthouse(url, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance'],
  });
  console.log(`load average ${load}; performance ${Math.round(lhr.categories.performance.score * 100)}`);
  for (const [label, id] of Object.entries(METRICS))
    console.log(`${label} ${Math.round(lhr.audits[id].numericValue * 1000) / 1000}`);
  for (const item of lhr.audits['long-tasks']?.details?.items ?? []) {
    console.log(`long task at ${Math.round(item.startTime)} ms: ${Math.round(item.duration)} ms ${item.url}`);
  }
  for (const item of lhr.audits['bootup-time']?.details?.items ?? []) {
    console.log(
      `bootup ${item.url}: total ${Math.round(item.total)} ms, script ${Math.round(item.scripting)} ms, parse ${Math.round(item.scriptParseCompile)} ms`,
    );
  }
  if (out) await writeFile(out, JSON.stringify(lhr));
} finally {
  chrome.kill();
  await server.close();
}
