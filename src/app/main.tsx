import './zod-jitless';
import '../styles.css';
import './first-paint.css';
import { STALE_ATTRIBUTE } from './first-paint';

/**
 * The entry point does as little as possible: index.html already holds the welcome screen
 * (pre-rendered at build time), so the browser can paint it before any of the app runs.
 *
 * When that screen is what this visitor should see (a first visit, in the screen's language), it is
 * complete as it stands: the app is downloaded in the background soon after the page has loaded (the build
 * names its start-up files: scripts/start-up-files-plugin.ts) and started at the first sign that someone is using
 * the page: a touch (also the start of a scroll), a key, a click, focus, the mouse moving. On a cheap
 * phone, starting React is most of a second of work that would otherwise block the page while the
 * producer is still reading it; a tap made meanwhile is remembered and repeated (src/app/app-ready.ts).
 *
 * When it is not (another language, saved assessments, in a frame: the first-paint check has hidden
 * it), the app starts right after the first paint, as it must draw the right screen.
 */

function afterFirstPaint(run: () => void) {
  // A hidden tab paints nothing (and gets no animation frames): start at once.
  if (document.visibilityState === 'hidden') setTimeout(run, 0);
  // The frame callback runs just before the paint; a task queued from it runs after.
  else requestAnimationFrame(() => setTimeout(run, 0));
}

/** What a person does to a page they are using, as opposed to reading: each starts the app. */
const USE_EVENTS = ['pointerdown', 'touchstart', 'keydown', 'focusin', 'click', 'mousemove', 'wheel'] as const;

function whenUsed(run: () => void) {
  const options = { capture: true, passive: true } as const;
  const start = () => {
    for (const type of USE_EVENTS) window.removeEventListener(type, start, options);
    run();
  };
  for (const type of USE_EVENTS) window.addEventListener(type, start, options);
}

/**
 * The app's start-up files, fetched at the browser's lowest priority into its cache, not run. One link
 * per task: each costs the phone a few milliseconds, and all at once would be a task long enough to
 * delay a tap.
 */
function prefetchStartUp() {
  const files = (document.querySelector<HTMLMetaElement>('meta[name="ocop-start-up"]')?.content ?? '')
    .split(' ')
    .filter(Boolean);
  const next = () => {
    const href = files.shift();
    if (href === undefined) return;
    const link = document.createElement('link');
    link.rel = 'prefetch';
    link.as = 'script';
    link.crossOrigin = '';
    link.href = href;
    document.head.append(link);
    setTimeout(next, 0);
  };
  next();
}

/**
 * A second after the page has loaded: on a slow link the app's files then take nothing from what the
 * screen shows (its stylesheet, icon and manifest), and a reader spends far longer than that anyway.
 */
function aWhileAfterLoad(run: () => void) {
  const later = () => setTimeout(run, 1000);
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}

const start = () => void import('./boot').then(({ boot }) => boot());

if (
  document.documentElement.hasAttribute(STALE_ATTRIBUTE) ||
  document.getElementById('root')?.firstElementChild == null
)
  afterFirstPaint(start);
else {
  aWhileAfterLoad(prefetchStartUp);
  whenUsed(start);
}
