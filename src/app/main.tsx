import './zod-jitless';
import '../styles.css';
import './first-paint.css';
import { askForFiles, metaContent, metaJson } from './ask-for-files';
import { START_UP_FILES_META, START_UP_WORDS_META } from './start-up-files';

/**
 * The entry point does as little as possible: index.html already holds the welcome screen
 * (pre-rendered at build time), so the browser can paint it before any of the app runs. Only then
 * is the app fetched and started: until the screen is up, the HTML and the stylesheet have the
 * connection to themselves.
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
 * Asks for every file of start-up at once (listed in index.html by scripts/start-up-files-plugin.ts).
 * src/app/boot.tsx evaluates them stage by stage; each stage's import then finds its files already on
 * their way, and Vite's preload helper, which would otherwise add a stage's links when the stage
 * starts, finds them there and adds none.
 */
function askForStartUpFiles() {
  const files = metaContent(START_UP_FILES_META).split(' ').filter(Boolean);
  // The words of the page's language: the pre-rendered screen's, which is the visitor's. Without a list,
  // they come when i18next asks for them.
  const mine = metaJson<Record<string, string>>(START_UP_WORDS_META, {})[document.documentElement.lang];
  askForFiles(mine ? [...files, mine] : files, 'modulepreload');
}

afterFirstScreen(() => {
  askForStartUpFiles();
  void import('./boot').then(({ boot }) => boot());
});
