import './zod-jitless';
import '../styles.css';
import './first-paint.css';

/**
 * The entry point does as little as possible: index.html already holds the welcome screen
 * (pre-rendered at build time), so the browser can paint it before any of the app runs. Only then
 * is the app fetched and started: until the screen is up, the HTML and the stylesheet have the
 * connection to themselves.
 */

function afterFirstPaint(run: () => void) {
  // A hidden tab paints nothing (and gets no animation frames): start at once.
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  // The frame callback runs just before the paint; a task queued from it runs after.
  else requestAnimationFrame(() => setTimeout(run, 0));
}

afterFirstPaint(() => void import('./boot').then(({ boot }) => boot()));
