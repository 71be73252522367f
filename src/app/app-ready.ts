import { useEffect } from 'react';

/**
 * The welcome screen is on the phone (pre-rendered into index.html) a while before the app runs.
 * A tap on one of its buttons in that while is remembered by the inline first-paint script
 * (`window.__ocopTaps`), and this component repeats the last such tap once React has taken the
 * screen over, so "Start" tapped early on a slow connection still starts. It sits last inside the
 * app's Suspense boundary: React hydrates a boundary's content separately, and its effects run only
 * when that content is hydrated, i.e. when the button's handler exists.
 * It then marks the page as running (`<html data-app="ready">`), which the end-to-end tests and
 * the bench wait for before they type into fields or choose files.
 */

declare global {
  interface Window {
    /** Buttons tapped before the app ran; null once boot.tsx has taken them over. */
    __ocopTaps?: Element[] | null;
  }
}

let pendingTap: Element | null = null;

/** Called by boot.tsx when it hands the page to React: later taps are React's own. */
export function takeEarlyTaps(): void {
  pendingTap = window.__ocopTaps?.at(-1) ?? null;
  window.__ocopTaps = null;
}

export function AppReady(): null {
  useEffect(() => {
    document.documentElement.setAttribute('data-app', 'ready');
    const tap = pendingTap;
    pendingTap = null;
    if (tap instanceof HTMLElement && tap.isConnected) tap.click();
  }, []);
  return null;
}
