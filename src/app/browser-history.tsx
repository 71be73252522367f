import { useEffect } from 'react';
import type { SnapshotFrom } from 'xstate';
import { isSidePage, isStepScreen, screenOf } from '../../machines/screens';
import type { wizardMachine, WizardEvent } from '../../machines/wizard.machine';
import { WizardContext } from '../wizard/wizard-context';

/**
 * The phone's Back button (and the browser's Forward). Every step the machine
 * moves to becomes a browser history entry numbered in order, so a popstate
 * tells Back from Forward. Back is turned into the machine's own "back" (or
 * "close" on a side page), so it walks back through the steps instead of
 * leaving the app; Forward goes to the step the entry stands for. The machine
 * still decides where each leads; this only translates.
 */

type Snapshot = SnapshotFrom<typeof wizardMachine>;

/** A screen outside the assessment is its own location; a step is the assessment's id and the step. */
function locationOf(s: Snapshot): string {
  const screen = screenOf(s);
  return isStepScreen(screen) ? `step:${s.context.assessment?.id ?? ''}:${s.context.assessment?.step ?? ''}` : screen;
}

/** The machine event that takes it one step towards `target`, the location of the history entry the browser moved to. */
function stepTowards(snapshot: Snapshot, target: string | undefined, forward: boolean): WizardEvent | null {
  const screen = screenOf(snapshot);
  if (isSidePage(screen)) return { type: 'nav.close' };
  if (!forward) return screen === 'welcome' ? null : { type: 'nav.back' };
  if (target === 'legal') return { type: 'nav.legal' };
  if (target === 'privacy') return { type: 'nav.privacy' };
  const [kind, id, step] = (target ?? '').split(':');
  if (kind === 'step' && step && id === snapshot.context.assessment?.id) return { type: 'nav.goto', step };
  if (kind === 'step' && id && screen === 'welcome') return { type: 'assessment.open', id };
  return null;
}

interface EntryState {
  ocop: string;
  /** Position in this visit's history: a popstate to a lower index is Back, to a higher one Forward. */
  index: number;
}

const entryOf = (state: unknown): EntryState | null =>
  typeof state === 'object' && state !== null && typeof (state as EntryState).index === 'number'
    ? (state as EntryState)
    : null;

export function BrowserHistorySync() {
  const actor = WizardContext.useActorRef();
  useEffect(() => {
    let current = locationOf(actor.getSnapshot());
    let index = entryOf(history.state)?.index ?? 0;
    let answering = false;
    // The actor is started before the first render (src/app/boot.tsx), so the first location is known already.
    if (current !== 'booting') history.replaceState({ ocop: current, index } satisfies EntryState, '');
    const subscription = actor.subscribe((snapshot) => {
      const next = locationOf(snapshot);
      if (next === current) return;
      const previous = current;
      current = next;
      if (answering || previous === 'booting') {
        // The browser has already moved: its entry now stands for where the machine went.
        history.replaceState({ ocop: next, index } satisfies EntryState, '');
      } else {
        index += 1;
        history.pushState({ ocop: next, index } satisfies EntryState, '');
      }
    });
    const onPopState = (event: PopStateEvent) => {
      const snapshot = actor.getSnapshot();
      if (screenOf(snapshot) === 'booting') return;
      const entry = entryOf(event.state);
      const forward = entry !== null && entry.index > index;
      // Back while a dialog (a clause text, a confirmation) is open closes the dialog and nothing else,
      // as Android's back gesture does everywhere; the step's own entry is put back.
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]');
      if (dialog && !forward) {
        history.pushState({ ocop: current, index } satisfies EntryState, '');
        dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
        return;
      }
      index = entry?.index ?? 0;
      const move = stepTowards(snapshot, entry?.ocop, forward);
      if (!move) return;
      answering = true;
      actor.send(move);
      answering = false;
    };
    window.addEventListener('popstate', onPopState);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener('popstate', onPopState);
    };
  }, [actor]);
  return null;
}
