import { fromCallback } from 'xstate';
import type { Notice, StorageCommand, StorageEvent } from '../../machines/storage-protocol';
import { KEY_PREFIX, type StorageLike } from './storage-keys';
import type { StorageService } from './storage-service';

/**
 * The browser side of storage as an XState callback actor: it answers the machine's commands
 * through a StorageService, reports writes by other tabs (the `storage` event) as conflicts, and
 * asks for persistent storage the first time the user creates or imports an assessment.
 *
 * The service (with the saved format's schema and migrations, most of storage's code) is either
 * there from the start, or, on a device with nothing saved (a first visit, where the pre-rendered
 * welcome screen is shown: src/app/boot.tsx), loaded with the first command that needs it. This
 * module imports no part of it, so a first visit does not load it to show an empty list.
 */
export type ServiceSource =
  | { ready: () => StorageService }
  | {
      /** Loads the service; only when nothing is stored and storage works (its start-up would say nothing else). */
      deferred: () => Promise<StorageService>;
      storage: StorageLike;
    };

/** What StorageService.start() answers on a device with nothing stored. */
const EMPTY_LIBRARY: StorageEvent = {
  type: 'library.loaded',
  entries: [],
  current: null,
  notices: [],
  quarantined: [],
};

/** The service could not be loaded (offline before the service worker had it): nothing was written. */
const NOT_LOADED: StorageEvent = { type: 'storage.failed', notice: { key: 'notLoaded', tone: 'error' } };

function anythingSaved(storage: StorageLike): boolean {
  for (let i = 0; i < storage.length; i += 1) if (storage.key(i)?.startsWith(KEY_PREFIX)) return true;
  return false;
}

export function storageActor(
  source: ServiceSource,
  persistence: StorageManager | undefined,
  /** Where `storage` events from other tabs arrive: window in the browser, nothing in Node tests. */
  events: Pick<Window, 'addEventListener' | 'removeEventListener'> | null,
) {
  // React may start the machine twice when the first render suspends (translations still loading); the second
  // start-up finds the damaged records already moved aside, so what the first one found is kept to be told.
  let startNotices: Notice[] = [];
  return fromCallback<StorageCommand>(({ sendBack, receive }) => {
    const emit = (events: StorageEvent[]) => events.forEach((e) => sendBack(e));
    const reportPersistence = (ask: boolean) => {
      if (!persistence?.persisted) return;
      const query = ask && persistence.persist ? persistence.persist() : persistence.persisted();
      query.then(
        (persisted) => sendBack({ type: 'storage.persistence', persisted }),
        () => {},
      );
    };

    let service: StorageService | null = null;
    if ('ready' in source) {
      service = source.ready();
      const started = service.start();
      if (started.type === 'library.loaded') {
        const seen = new Set(started.notices.map((n) => n.key));
        started.notices = [...startNotices.filter((n) => !seen.has(n.key)), ...started.notices];
        startNotices = started.notices;
      }
      emit([started]);
    } else {
      emit([EMPTY_LIBRARY]);
    }
    reportPersistence(false);

    const run = (ready: StorageService, command: StorageCommand) => {
      const result = ready.handle(command);
      if (result instanceof Promise) void result.then(emit);
      else emit(result);
      if (command.type === 'create' || command.type === 'import') reportPersistence(true);
    };

    // Commands that came while the service was loading, answered in order once it is there.
    const waiting: StorageCommand[] = [];
    const loadService = (deferred: () => Promise<StorageService>) =>
      deferred().then(
        (loaded) => {
          service = loaded;
          for (let command = waiting.shift(); command; command = waiting.shift()) run(loaded, command);
        },
        () => {
          waiting.length = 0;
          emit([NOT_LOADED]); // the next command tries again
        },
      );

    receive((command) => {
      if (service && !waiting.length) return run(service, command);
      if ('ready' in source) return;
      // Listing an empty device needs no service.
      if (!service && !waiting.length && command.type === 'list' && !anythingSaved(source.storage)) {
        return emit([{ type: 'library.changed', entries: [] }]);
      }
      waiting.push(command);
      if (waiting.length === 1 && !service) void loadService(source.deferred);
    });

    // Before the service is there, nothing is open, so another tab's write concerns nothing here.
    const onStorage = (event: globalThis.StorageEvent) => {
      if (service) emit(service.externalChange(event.key, event.newValue));
    };
    events?.addEventListener('storage', onStorage);
    return () => events?.removeEventListener('storage', onStorage);
  });
}
