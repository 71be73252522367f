import { useSyncExternalStore } from 'react';
import { pwaNews } from './pwa-updates';

/** The service worker's news (src/lib/pwa-updates.ts) for a component, with what can be done about it. */
export function usePwaUpdates() {
  // Rendered at build time too (the welcome screen in index.html), with no worker news.
  const current = useSyncExternalStore(pwaNews.subscribe, pwaNews.get, pwaNews.atBuild);
  return { ...current, applyUpdate: pwaNews.applyUpdate, dismiss: pwaNews.dismiss };
}
