import { useEffect } from 'react';
import type { SnapshotFrom } from 'xstate';
import type { wizardMachine } from '../../machines/wizard.machine';
import { WizardContext } from './wizard-context';

/**
 * The phone's Back button. Every step the machine moves to becomes a browser
 * history entry, and Back is turned into the machine's own "back" (or "close"
 * on a side page), so it walks back through the steps instead of leaving the
 * app. The machine still decides where Back leads; this only translates.
 */

type Snapshot = SnapshotFrom<typeof wizardMachine>;

function locationOf(s: Snapshot): string {
  if (s.matches('booting')) return 'booting';
  if (s.matches('legal')) return 'legal';
  if (s.matches('privacy')) return 'privacy';
  if (s.matches({ wizard: 'welcome' })) return 'welcome';
  return `step:${s.context.assessment?.id ?? ''}:${s.context.assessment?.step ?? ''}`;
}

export function BrowserHistorySync() {
  const actor = WizardContext.useActorRef();
  useEffect(() => {
    let current = locationOf(actor.getSnapshot());
    let answeringBack = false;
    // The actor is started before the first render, so the first location is usually known already.
    if (current !== 'booting') history.replaceState({ ocop: current }, '');
    const subscription = actor.subscribe((snapshot) => {
      const next = locationOf(snapshot);
      if (next === current) return;
      const previous = current;
      current = next;
      if (answeringBack) {
        // The browser has already stepped back: its entry now stands for where the machine went.
        history.replaceState({ ocop: next }, '');
      } else if (previous === 'booting') {
        history.replaceState({ ocop: next }, '');
      } else {
        history.pushState({ ocop: next }, '');
      }
    });
    const onPopState = () => {
      const snapshot = actor.getSnapshot();
      if (snapshot.matches('booting') || snapshot.matches({ wizard: 'welcome' })) return;
      answeringBack = true;
      actor.send(snapshot.matches('legal') || snapshot.matches('privacy') ? { type: 'nav.close' } : { type: 'nav.back' });
      answeringBack = false;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor]);
  return null;
}
