import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { createActor } from 'xstate';
import { i18n, i18nReady } from '../i18n/i18n';
import { App } from './app';
import { takeEarlyTaps } from './app-ready';
import { prerenderIsStale, STALE_ATTRIBUTE } from './first-paint';
import { framedByOtherOrigin } from './frame-guard';
import { FIRST_PAINT_FACTS } from './first-paint-facts';
import { providedWizardMachine } from './provided-machine';
import { registerServiceWorker } from '../lib/pwa-updates';

/**
 * Everything after the first paint (src/app/main.tsx loads this once the pre-rendered welcome
 * screen is on the screen): the words, the stored assessments, then React. The pre-rendered screen
 * is hydrated when it is what this visitor should see, and replaced otherwise (another language,
 * saved assessments), in which case the first-paint check has kept it hidden meanwhile.
 */

function prerenderFits(root: HTMLElement, framed: boolean): boolean {
  if (framed || root.firstElementChild === null || document.documentElement.hasAttribute(STALE_ATTRIBUTE)) return false;
  try {
    return !prerenderIsStale(localStorage, navigator.languages ?? [navigator.language], FIRST_PAINT_FACTS);
  } catch {
    return false; // storage refused: the app says so, which the pre-rendered screen does not
  }
}

/** Lets the browser handle input and paint between start-up steps, so none of them is one long task. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The service worker only matters for the next visit: register it when the phone has nothing else to do. */
function whenIdle(run: () => void) {
  if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: 3_000 });
  else setTimeout(run, 1_000);
}

export async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  try {
    const framed = framedByOtherOrigin(window);
    const hydrate = prerenderFits(root, framed);
    await i18nReady;
    await yieldToBrowser();
    // Started before React renders, so the first render already shows the screen the stored data leads to.
    const actor = createActor(providedWizardMachine, { input: {} }).start();
    await yieldToBrowser();
    const app = (
      <StrictMode>
        <App i18n={i18n} actor={actor} framed={framed} />
      </StrictMode>
    );
    if (hydrate) {
      takeEarlyTaps();
      // As a transition, hydration works in slices of a few milliseconds, yielding to the browser between
      // them, instead of one long task (the screen is already on display, so nothing waits for it).
      startTransition(() => void hydrateRoot(root, app));
    } else {
      window.__ocopTaps = null; // a hidden screen was not tapped, and this one replaces it
      flushSync(() => createRoot(root).render(app));
    }
  } finally {
    document.documentElement.removeAttribute(STALE_ATTRIBUTE);
  }
  whenIdle(registerServiceWorker);
}
