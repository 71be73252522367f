import { firstPaintLanguage, PRERENDER_ATTRIBUTE } from './first-paint';
import { framedByOtherOrigin } from './framed-by-other-origin';
import { FIRST_PAINT_FACTS } from './first-paint-facts';

/**
 * The app's start (src/app/main.tsx loads this once the pre-rendered welcome screen is on the screen
 * and the visitor touches it, or at once when the screen needs the app, src/app/when-wanted.ts): the
 * words, the stored assessments, then React. The pre-rendered screen in #root (the visitor's
 * language's, src/app/prerender.tsx) is hydrated when it is what this visitor should see, and
 * replaced otherwise (saved assessments), in which case the first-paint check has kept it hidden
 * meanwhile.
 *
 * Start-up goes in stages, each evaluated in a task of its own with the browser free in between
 * (a tap on the welcome screen is answered between two stages, not after all of them): i18next and
 * the words, the wizard machine, React DOM, the screens, then hydration, which React itself does in
 * slices. main.tsx has already asked for every stage's files (scripts/start-up-files-plugin.ts lists
 * them from this module's dynamic imports), so a stage never waits for the network because the one
 * before it ran.
 */

function prerenderFits(root: HTMLElement, framed: boolean): boolean {
  const page = document.documentElement;
  if (framed || root.firstElementChild === null || page.hasAttribute(PRERENDER_ATTRIBUTE)) return false;
  try {
    // The screen in #root is in the page's language (the swap script set it when it put another one in).
    return (
      firstPaintLanguage(localStorage, navigator.languages ?? [navigator.language], FIRST_PAINT_FACTS) === page.lang
    );
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

export async function boot(): Promise<void> {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  try {
    const framed = framedByOtherOrigin(window);
    const hydrate = prerenderFits(root, framed);
    // The words, asked for now and awaited just before React renders. A screen drawn afresh may be any
    // screen, with notices: every word first. The pre-rendered one needs only its own
    // (src/i18n/first-screen-words.ts).
    const [{ i18n, i18nReady }, { loadAllWords }] = await Promise.all([
      import('../i18n/i18n'),
      import('../i18n/words'),
    ]);
    const words = Promise.all([i18nReady, hydrate ? null : loadAllWords()]);
    words.catch(() => {}); // awaited below; a failure is thrown there
    await yieldToBrowser();
    // The machine, started before React renders, so the first render already shows the screen the
    // stored data leads to. Storage's code loads now only when something is stored.
    const { createWizard, storageSource } = await import('./provided-machine');
    const storage = await storageSource(nothingStored());
    await yieldToBrowser();
    const actor = createWizard(storage);
    await yieldToBrowser();
    actor.start();
    await yieldToBrowser();
    // React DOM, then the screens: the two largest evaluations of start-up, apart.
    await import('react-dom/client');
    await yieldToBrowser();
    const { showApp } = await import('./show-app');
    await words;
    await yieldToBrowser();
    showApp(root, { i18n, actor, framed, hydrate });
  } finally {
    document.documentElement.removeAttribute(PRERENDER_ATTRIBUTE);
  }
}
