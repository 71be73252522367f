import { PRERENDER_ATTRIBUTE } from './first-paint';

/**
 * When the app itself should start (src/app/main.tsx). The welcome screen a first visitor sees is
 * complete without it: index.html holds it, and a tap on it before the app runs is remembered and
 * repeated (src/app/app-ready.ts). Starting the app (React's code and the taking over of the screen)
 * is the largest piece of work a phone does for this page, so it waits for the visitor: the first
 * touch, key, focus or pointer over the page. Reading the screen, a producer on a cheap phone then
 * has a phone that answers, and the work comes when it is asked for; its files are already fetched
 * by then (main.tsx asks for them as soon as the screen is up).
 *
 * The app starts at once when the screen on display needs it: nothing pre-rendered (the dev
 * server), the pre-rendered screen hidden as not this visitor's (saved assessments: "Loading…"
 * stands in its place), or a visitor already there (a touch or a tap before this module ran).
 */

/**
 * The first signs of someone at the screen. A tap's `pointerdown` comes before its `click`, a head
 * start. The inline first-paint script (src/app/prerender.tsx) listens for them from the first paint
 * on and sets `window.__ocopVisitor`, so a touch before this module runs counts too.
 */
export const SIGNS_OF_A_VISITOR = [
  'pointerdown',
  'pointermove',
  'touchstart',
  'keydown',
  'focusin',
  'wheel',
  // Also without any of the above: a screen reader's activation, a file dropped on the file field.
  'click',
  'change',
] as const;

declare global {
  interface Window {
    /** Set by the inline first-paint script at the first sign of a visitor. */
    __ocopVisitor?: boolean;
  }
}

/** Whether the app must start now, without waiting for a visitor (see above). */
export function appNeededNow(): boolean {
  const root = document.getElementById('root');
  return (
    root === null ||
    root.firstElementChild === null ||
    document.documentElement.hasAttribute(PRERENDER_ATTRIBUTE) ||
    (window.__ocopTaps?.length ?? 0) > 0 ||
    window.__ocopVisitor === true
  );
}

/** Runs `start` once: now when the screen needs the app, else at the first sign of a visitor. */
export function whenWanted(start: () => void): void {
  if (appNeededNow()) return start();
  const once = () => {
    for (const type of SIGNS_OF_A_VISITOR) document.removeEventListener(type, once, true);
    start();
  };
  for (const type of SIGNS_OF_A_VISITOR) document.addEventListener(type, once, { capture: true, passive: true });
}
