import './zod-jitless';
import '../styles.css';
import './first-paint.css';
import { fetchAhead, metaContent, metaJson, preloadModules } from './ask-for-files';
import { FIRST_TAP_FILES_META, START_UP_FILES_META, START_UP_WORDS_META, type FirstTapFiles } from './start-up-files';
import { appNeededNow, whenWanted } from './when-wanted';

/**
 * The entry point does as little as possible: index.html already holds the welcome screen
 * (pre-rendered at build time), so the browser can paint it before any of the app runs. Only then
 * is the app fetched, and it is started when the visitor first touches the page
 * (src/app/when-wanted.ts): until the screen is up, the HTML and the stylesheet have the connection
 * to themselves, and while it is read, the phone has nothing to do.
 */

/**
 * After the screen is on the phone: once the browser has reported the first contentful paint (its
 * paint timing entry comes when the frame is shown, later than the frame callback) and the page has
 * loaded (its icon included, often the largest thing painted). The app's files then never compete with
 * what the first screen shows, on a slow link or in Lighthouse's model of one.
 */
function afterFirstScreen(run: () => void) {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(run, 0);
  };
  // A hidden tab paints nothing: start at once.
  if (document.visibilityState === 'hidden') return start();
  const painted = new Promise<void>((resolve) => {
    if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('paint')) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
      return;
    }
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length === 0) return;
      observer.disconnect();
      resolve();
    });
    observer.observe({ type: 'paint', buffered: true });
  });
  const loaded = new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });
  void Promise.all([painted, loaded]).then(start);
  // Whatever happens to those signals (a browser that reports no paint), the app starts.
  setTimeout(start, 3_000);
}

/**
 * Every file of start-up (listed in index.html by scripts/start-up-files-plugin.ts), with the words
 * of the page's language: the pre-rendered screen's, which is the visitor's. Without a list (the dev
 * server), they come when they are imported.
 */
function startUpFiles(): string[] {
  const files = metaContent(START_UP_FILES_META).split(' ').filter(Boolean);
  const mine = metaJson<Record<string, string>>(START_UP_WORDS_META, {})[document.documentElement.lang];
  return mine ? [...files, mine] : files;
}

/** What "Start" needs beyond start-up (src/app/start-up-files.ts). */
function firstTapFiles(): string[] {
  const files = metaJson<FirstTapFiles>(FIRST_TAP_FILES_META, { code: [], words: {} });
  return [...files.code, ...(files.words[document.documentElement.lang] ?? [])];
}

/** For what matters less than anything on screen: when the phone has nothing else to do. */
function whenIdle(run: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3_000 });
  else setTimeout(run, 1_000);
}

/**
 * Once the screen is up, start-up's files are asked for, so that src/app/boot.tsx, which evaluates
 * them stage by stage, never waits for the network between two stages; then what "Start" needs,
 * ahead of the tap and of the service worker's copy of everything, which takes them from the
 * browser's cache.
 * - The app starts now: its files are `modulepreload`ed, fetched and readied to run (Vite's preload
 *   helper, which would otherwise add a stage's links when the stage starts, finds them and adds none).
 * - It waits for the visitor: they are only fetched and kept, by a worker. Readying a module to run
 *   is work for the main thread (React DOM's alone is a long task on a phone), which would fall in
 *   the time the visitor reads the screen; it is done when the app starts, from the cache.
 */
afterFirstScreen(() => {
  if (appNeededNow()) {
    preloadModules(startUpFiles());
    whenIdle(() => fetchAhead([firstTapFiles()]));
  } else fetchAhead([startUpFiles(), firstTapFiles()]);
  // In a task of its own: asking for files is work for the main thread too.
  whenWanted(() => setTimeout(() => void import('./boot').then(({ boot }) => boot()), 0));
  // The offline copy is made whether or not the app is started this visit.
  whenIdle(() => void import('../lib/pwa-updates').then(({ registerServiceWorker }) => registerServiceWorker()));
});
