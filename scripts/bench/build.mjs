/** The production build and its preview server, in the bench's own directory. */
import { spawn } from 'node:child_process';
import { preview } from 'vite';
import { OUT_DIR, ROOT } from './config.mjs';

/**
 * `vite build` into OUT_DIR. Run as a child process (the CLI, exactly as a
 * developer would) so the build's config loading and plugins (the PWA plugin
 * writes sw.js) behave exactly as in `npm run build`. Its output is kept and
 * shown only when it fails, so the bench's own table stays readable.
 */
export function buildApp() {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['vite', 'build', '--outDir', OUT_DIR, '--emptyOutDir'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`vite build exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/**
 * Serves OUT_DIR with Vite's preview server (the same server `npm run preview`
 * and the e2e tests use: static files, SPA fallback, correct MIME types).
 * `strictPort` so we fail loudly instead of silently serving on another port.
 */
export async function startPreview(port) {
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    build: { outDir: OUT_DIR },
    preview: { port, host: '127.0.0.1', strictPort: true, open: false },
  });
  return { server, url: `http://127.0.0.1:${port}/` };
}
