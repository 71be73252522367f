import { startTransition, StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import type { i18n as I18n } from 'i18next';
import { App } from './app';
import type { WizardActor } from '../wizard/wizard-context';

/**
 * The last step of start-up (src/app/boot.tsx): React takes the page over. A chunk of its own,
 * fetched together with boot.tsx's but evaluated in a task of its own: React DOM and the screens are
 * most of the start-up code, and evaluating all of it at once would block the phone for one long task.
 */
export function showApp(
  root: HTMLElement,
  { i18n, actor, framed, hydrate }: { i18n: I18n; actor: WizardActor; framed: boolean; hydrate: boolean },
) {
  const app = (
    <StrictMode>
      <App i18n={i18n} actor={actor} framed={framed} />
    </StrictMode>
  );
  if (hydrate) {
    // As a transition, hydration works in slices of a few milliseconds, yielding to the browser between
    // them, instead of one long task (the screen is already on display, so nothing waits for it).
    startTransition(() => void hydrateRoot(root, app));
  } else {
    window.__ocopTaps = null; // a hidden screen was not tapped, and this one replaces it
    flushSync(() => createRoot(root).render(app));
  }
}
