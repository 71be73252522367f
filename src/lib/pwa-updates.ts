import { useSyncExternalStore } from 'react';

/**
 * The service worker's news for the UI: a new version is waiting, or the app
 * is ready offline. Registration is loaded after the first screen (it is not
 * needed to show it). With `registerType: 'prompt'`, a new version waits until
 * the user accepts it, so an update never replaces the app mid-assessment; the
 * assessment is saved on every change, so the reload loses nothing.
 */

type UpdateState = { needRefresh: boolean; offlineReady: boolean };

let state: UpdateState = { needRefresh: false, offlineReady: false };
let update: ((reload?: boolean) => Promise<void>) | undefined;
const listeners = new Set<() => void>();

function set(next: Partial<UpdateState>) {
  state = { ...state, ...next };
  listeners.forEach((l) => l());
}

export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    update = registerSW({
      onNeedRefresh: () => set({ needRefresh: true }),
      // Good news needs no answer: it goes away by itself after a few seconds (the update question stays).
      onOfflineReady: () => {
        set({ offlineReady: true });
        setTimeout(() => set({ offlineReady: false }), 8_000);
      },
    });
  });
}

export function usePwaUpdates() {
  const current = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
    // Rendered at build time too (the welcome screen in index.html): no worker news there.
    () => state,
  );
  return {
    ...current,
    applyUpdate: () => void update?.(true),
    dismiss: () => set({ needRefresh: false, offlineReady: false }),
  };
}
