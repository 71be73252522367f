import { fromCallback } from 'xstate';
import type { Notice, StorageCommand, StorageEvent } from '../../machines/storage-protocol';
import { StorageService, type StorageDeps } from './storage-service';

/**
 * The browser side of storage as an XState callback actor: it answers the
 * machine's commands through StorageService, reports writes by other tabs
 * (the `storage` event) as conflicts, and asks for persistent storage the
 * first time the user creates or imports an assessment.
 */
export function createStorageActor(
  deps: StorageDeps,
  persistence: StorageManager | undefined,
  /** Where `storage` events from other tabs arrive: window in the browser, nothing in Node tests. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null,
) {
  // React may start the machine twice when the first render suspends (translations still loading); the second
  // start-up finds the damaged records already moved aside, so what the first one found is kept to be told.
  let startNotices: Notice[] = [];
  return fromCallback<StorageCommand>(({ sendBack, receive }) => {
    const service = new StorageService(deps);
    const emit = (events: StorageEvent[]) => events.forEach((e) => sendBack(e));
    const reportPersistence = (ask: boolean) => {
      if (!persistence?.persisted) return;
      const query = ask && persistence.persist ? persistence.persist() : persistence.persisted();
      query.then(
        (persisted) => sendBack({ type: 'storage.persistence', persisted }),
        () => {},
      );
    };

    const started = service.start();
    if (started.type === 'library.loaded') {
      const seen = new Set(started.notices.map((n) => n.key));
      started.notices = [...startNotices.filter((n) => !seen.has(n.key)), ...started.notices];
      startNotices = started.notices;
    }
    emit([started]);
    reportPersistence(false);

    receive((command) => {
      const result = service.handle(command);
      if (result instanceof Promise) void result.then(emit);
      else emit(result);
      if (command.type === 'create' || command.type === 'import') reportPersistence(true);
    });

    const onStorage = (event: globalThis.StorageEvent) => emit(service.externalChange(event.key, event.newValue));
    events?.addEventListener('storage', onStorage);
    return () => events?.removeEventListener('storage', onStorage);
  });
}
