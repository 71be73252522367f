/**
 * The service worker's news for the UI: a new version is waiting, or the app
 * is ready offline. Registration is loaded after the first screen (it is not
 * needed to show it), whether or not the app itself starts (src/app/main.tsx),
 * so this module needs no React; the screens read the news through
 * src/lib/use-pwa-updates.ts. With `registerType: 'prompt'`, a new version waits until
 * the user accepts it, so an update never replaces the app mid-assessment; the
 * assessment is saved on every change, so the reload loses nothing.
 */

type UpdateState = { needRefresh: boolean; offlineReady: boolean };

/** No news: what the pre-rendered welcome screen was built with. */
const NO_NEWS: UpdateState = { needRefresh: false, offlineReady: false };

let state: UpdateState = NO_NEWS;
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

/** For useSyncExternalStore: the news as it stands, and a way to hear of changes. */
export const pwaNews = {
  get: (): UpdateState => state,
  /**
   * What React hydrates the pre-rendered screen with: the worker is registered when the phone is idle,
   * before the app may start (src/app/main.tsx), and its news must not differ from the HTML; it
   * is shown right after.
   */
  atBuild: (): UpdateState => NO_NEWS,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  applyUpdate: () => void update?.(true),
  dismiss: () => set({ needRefresh: false, offlineReady: false }),
};
