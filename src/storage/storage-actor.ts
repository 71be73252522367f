import { StorageService, type StorageDeps } from './storage-service';
import { storageActor } from './storage-connection';

/**
 * The storage actor with its StorageService there from the start (tests, and any caller that has
 * the service's code at hand); src/storage/storage-connection.ts is the actor itself.
 */
export function createStorageActor(
  deps: StorageDeps,
  persistence: StorageManager | undefined,
  /** Where `storage` events from other tabs arrive: window in the browser, nothing in Node tests. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null,
) {
  return storageActor({ ready: () => new StorageService(deps) }, persistence, events);
}
