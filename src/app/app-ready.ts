import { useEffect, useLayoutEffect, useRef } from 'react';
import { useWizardSelector } from '../wizard/wizard-context';
import { WAITING_ATTRIBUTE } from './first-paint';

/**
 * The welcome screen is on the phone (pre-rendered into index.html) a while before the app runs.
 * Taps on its buttons, and a file chosen in its file field, in that while are remembered by the
 * inline first-paint script (`window.__ocopTaps`), and this component repeats them once React has
 * taken the screen over: "English" then "Start" tapped early on a slow connection opens the
 * assessment in English, and a saved assessment chosen early still opens (the file is still in the
 * field: its change is announced again). Each element is repeated once, in the order of its last
 * tap: a button tapped three times because nothing seemed to happen was meant once.
 *
 * It sits last inside the app's Suspense boundary: React hydrates a boundary's content separately,
 * and its effects run only when that content is hydrated, i.e. when the buttons' handlers exist.
 * The taps are taken when that content commits (a layout effect), not when hydration begins: a tap
 * while React is still hydrating reaches no handler. From the commit on, taps are React's.
 *
 * It then marks the page as running (`<html data-app="ready">`), which the end-to-end tests and
 * the bench wait for before they type into fields or choose files; and from then on the page's
 * waiting mark (a bar along the top, set by the inline script for an early tap) follows the
 * machine: shown while an assessment is being opened.
 */

declare global {
  interface Window {
    /** Buttons tapped and file fields chosen in before the app ran; null once the app has taken the page over. */
    __ocopTaps?: Element[] | null;
  }
}

/** Each element once, where its last tap was. */
function distinctInOrder(taps: readonly Element[]): Element[] {
  return taps.filter((tap, i) => taps.indexOf(tap, i + 1) === -1);
}

function repeat(early: Element) {
  if (!(early instanceof HTMLElement) || !early.isConnected) return;
  if (early instanceof HTMLInputElement && early.type === 'file')
    early.dispatchEvent(new Event('change', { bubbles: true }));
  else early.click();
}

export function AppReady(): null {
  const taps = useRef<Element[]>([]);
  const opening = useWizardSelector((s) => s.hasTag('opening'));
  useLayoutEffect(() => {
    taps.current = distinctInOrder(window.__ocopTaps ?? []);
    window.__ocopTaps = null;
  }, []);
  useEffect(() => {
    document.documentElement.setAttribute('data-app', 'ready');
    const early = taps.current;
    taps.current = [];
    early.forEach(repeat);
  }, []);
  useEffect(() => {
    document.documentElement.toggleAttribute(WAITING_ATTRIBUTE, opening);
  }, [opening]);
  return null;
}
