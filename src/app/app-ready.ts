import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * The welcome screen is on the phone (pre-rendered into index.html) a while before the app runs.
 * A tap on one of its buttons in that while is remembered by the inline first-paint script
 * (`window.__ocopTaps`), and this component repeats the last such tap once React has taken the
 * screen over, so "Start" tapped early on a slow connection still starts. It sits last inside the
 * app's Suspense boundary: React hydrates a boundary's content separately, and its effects run only
 * when that content is hydrated, i.e. when the button's handler exists.
 *
 * The taps are taken when that content commits (a layout effect), not when hydration begins: a tap
 * while React is still hydrating reaches no handler (on a first visit the app starts at the first
 * touch or key, so the tap that follows often lands just then). From the commit on, taps are React's.
 * It then marks the page as running (`<html data-app="ready">`), which the end-to-end tests and
 * the bench wait for before they type into fields or choose files.
 */

declare global {
  interface Window {
    /** Buttons tapped before the app ran; null once the app has taken the page over. */
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
    if (early instanceof HTMLElement && early.isConnected) early.click();
  }, []);
  return null;
}
