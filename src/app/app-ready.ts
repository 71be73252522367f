import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The welcome screen is on the phone (pre-rendered into index.html) a while before the app runs.
 * A tap on one of its buttons, or a file chosen in its file field, in that while is remembered by the
 * inline first-paint script (`window.__ocopTaps`), and this component repeats the last one once React
 * has taken the screen over, so "Start" tapped early on a slow connection still starts and a saved
 * assessment chosen early still opens (the file is still in the field: its change is announced again). It sits last inside the
 * app's Suspense boundary: React hydrates a boundary's content separately, and its effects run only
 * when that content is hydrated, i.e. when the button's handler exists.
 *
 * The taps are taken when that content commits (a layout effect), not when hydration begins: a tap
 * while React is still hydrating reaches no handler. From the commit on, taps are React's.
 * It then marks the page as running (`<html data-app="ready">`), which the end-to-end tests and
 * the bench wait for before they type into fields or choose files.
 */

declare global {
  interface Window {
    /** Buttons tapped and file fields chosen in before the app ran; null once the app has taken the page over. */
    __ocopTaps?: Element[] | null;
  }
}

export function AppReady(): null {
  const tap = useRef<Element | null>(null);
  useLayoutEffect(() => {
    tap.current = window.__ocopTaps?.at(-1) ?? null;
    window.__ocopTaps = null;
  }, []);
  useEffect(() => {
    document.documentElement.setAttribute('data-app', 'ready');
    const early = tap.current;
    tap.current = null;
    if (!(early instanceof HTMLElement) || !early.isConnected) return;
    if (early instanceof HTMLInputElement && early.type === 'file')
      early.dispatchEvent(new Event('change', { bubbles: true }));
    else early.click();
  }, []);
  return null;
}
