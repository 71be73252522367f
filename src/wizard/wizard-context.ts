import { createContext, createElement, useContext, type ReactNode } from 'react';
import { useSelector } from '@xstate/react';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { wizardMachine } from '../../machines/wizard.machine';

/**
 * The running wizard, shared by every screen: read with useSelector, act with useActorRef().send.
 *
 * The actor is created and started by whoever renders the app (src/app/boot.tsx in the browser,
 * src/app/prerender.tsx at build time), not inside React: the first render must already show the
 * screen the stored data leads to (the welcome screen for a first visit), or React could not
 * hydrate the welcome screen that is pre-rendered into index.html.
 */
export type WizardActor = ActorRefFrom<typeof wizardMachine>;
type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

const ActorContext = createContext<WizardActor | null>(null);

function useActorRef(): WizardActor {
  const actor = useContext(ActorContext);
  if (!actor) throw new Error('useWizardSelector/useWizardSend used outside <WizardContext.Provider>');
  return actor;
}

function Provider({ actor, children }: { actor: WizardActor; children: ReactNode }) {
  return createElement(ActorContext.Provider, { value: actor }, children);
}

export function useWizardSelector<T>(selector: (snapshot: WizardSnapshot) => T, compare?: (a: T, b: T) => boolean): T {
  return useSelector(useActorRef(), selector, compare);
}

export const useWizardSend = () => useActorRef().send;

export const WizardContext = { Provider, useActorRef, useSelector: useWizardSelector };
