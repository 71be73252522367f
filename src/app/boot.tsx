import { createActor } from 'xstate';
import { i18n, i18nReady } from '../i18n/i18n';
import { loadAllWords } from '../i18n/words';
import { prerenderIsStale, STALE_ATTRIBUTE } from './first-paint';
import { framedByOtherOrigin } from './frame-guard';
import { FIRST_PAINT_FACTS } from './first-paint-facts';
import { provideWizardMachine, storageSource } from './provided-machine';
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

/** No key of the app's but the language: nothing to read at start-up (a first visit). */
function nothingStored(): boolean {
  try {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i);
      if (key?.startsWith(FIRST_PAINT_FACTS.prefix) && key !== FIRST_PAINT_FACTS.languageKey) return false;
    }
    return true;
  } catch {
    return false;
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
  // React DOM and the screens: fetched now, evaluated in a task of their own when they arrive (src/app/show-app.tsx).
  const view = import('./show-app');
  view.catch(() => {}); // awaited below; a failure is thrown there
  try {
    const framed = framedByOtherOrigin(window);
    const hydrate = prerenderFits(root, framed);
    // A screen drawn afresh may be any screen, with notices: every word first. The pre-rendered one needs
    // only its own (src/i18n/first-screen-words.ts), and storage's code only when something is stored.
    const [storage] = await Promise.all([storageSource(nothingStored()), i18nReady, hydrate ? null : loadAllWords()]);
    await yieldToBrowser();
    // Started before React renders, so the first render already shows the screen the stored data leads to.
    const actor = createActor(provideWizardMachine(storage), { input: {} }).start();
    const { showApp } = await view;
    await yieldToBrowser();
    showApp(root, { i18n, actor, framed, hydrate });
  } finally {
    document.documentElement.removeAttribute(STALE_ATTRIBUTE);
  }
  whenIdle(registerServiceWorker);
}
