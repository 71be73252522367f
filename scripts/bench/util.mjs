/** Small helpers of the bench: statistics, formatting, ports, timing. */
import net from 'node:net';

export function median(values) {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
export const ms = (value) => `${Math.round(value)} ms`;

/** A plain-text table: `rows` are arrays of cells; the first row is the header. */
export function table(rows) {
  const cells = rows.map((row) => row.map((cell) => String(cell ?? '')));
  const columns = cells[0].map((_, col) => cells.map((row) => row[col] ?? ''));
  const widths = columns.map((column) => Math.max(...column.map((text) => text.length)));
  // A column of numbers (with an optional unit) reads better right-aligned.
  const numeric = columns.map(
    (column, col) => col > 0 && column.slice(1).every((text) => text === '' || /^[\d.,/\s]+(KiB|ms|%)?$/.test(text)),
  );
  const line = (row) =>
    row
      .map((text, col) => (numeric[col] ? text.padStart(widths[col]) : text.padEnd(widths[col])))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Is `port` free on 127.0.0.1? (We bind the same host the preview server will.) */
function portIsFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.once('listening', () => probe.close(() => resolve(true)));
    probe.listen(port, '127.0.0.1');
  });
}

/** The first free port from `first` on (a few tries), so parallel benches or a running preview do not clash. */
export async function freePort(first, tries = 20) {
  for (let port = first; port < first + tries; port++) {
    if (await portIsFree(port)) return port;
  }
  throw new Error(`No free port between ${first} and ${first + tries - 1}`);
}

/** Runs `fn` and returns [result, seconds]. */
export async function timed(fn) {
  const start = performance.now();
  const result = await fn();
  return [result, (performance.now() - start) / 1000];
}

export const section = (title) => console.log(`\n== ${title} ==`);
