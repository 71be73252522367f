import { describe, expect, it } from 'vitest';
import { assign, createActor, sendTo, setup } from 'xstate';
import type { StorageCommand, StorageEvent } from '../../machines/storage-protocol';
import { CONTENT_INDEX } from '../content/content';
import { FIXED_DATE } from '../testing/assessments';
import { memoryStorage } from '../testing/memory-storage';
import { storageActor, type ServiceSource } from './storage-connection';
import { KEY_PREFIX } from './storage-keys';
import { StorageService } from './storage-service';

/**
 * On a device with nothing stored, the storage actor answers start-up and listing without its
 * service, loads the service with the first command that needs it, answers what came meanwhile in
 * order, and says so when the service cannot be loaded (then tries again with the next command).
 */

let n = 0;
const newId = () => `11111111-2222-4333-8444-${String(++n).padStart(12, '0')}`;

function deferredDevice(failures = 0) {
  const storage = memoryStorage();
  const loads: number[] = [];
  let release: () => void = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  const source: ServiceSource = {
    storage,
    deferred: async () => {
      loads.push(loads.length + 1);
      await gate;
      if (loads.length <= failures) throw new Error('offline');
      return new StorageService({ storage, index: CONTENT_INDEX, now: () => FIXED_DATE, newId });
    },
  };
  return { storage, source, loads, release };
}

/** A parent that sends the storage actor commands and keeps every event it answers. */
function connect(source: ServiceSource) {
  const parent = setup({
    types: {
      context: {} as { events: StorageEvent[] },
      events: {} as StorageEvent | { type: 'send'; command: StorageCommand },
    },
    actors: { storage: storageActor(source, undefined, null) },
  }).createMachine({
    context: { events: [] },
    invoke: { id: 'storage', src: 'storage' },
    on: {
      send: { actions: sendTo('storage', ({ event }) => (event as { command: StorageCommand }).command) },
      '*': { actions: assign({ events: ({ context, event }) => [...context.events, event as StorageEvent] }) },
    },
  });
  const actor = createActor(parent).start();
  return {
    send: (command: StorageCommand) => actor.send({ type: 'send', command }),
    events: () => actor.getSnapshot().context.events.map((e) => e.type),
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the storage actor on a device with nothing stored', () => {
  it('starts and lists an empty library without loading its service', async () => {
    const device = deferredDevice();
    const storage = connect(device.source);
    storage.send({ type: 'list' });
    await settle();
    expect(storage.events()).toEqual(['library.loaded', 'library.changed']);
    expect(device.loads).toEqual([]);
  });

  it('loads the service with the first command that needs it and answers the waiting ones in order', async () => {
    const device = deferredDevice();
    const storage = connect(device.source);
    storage.send({ type: 'create' });
    storage.send({ type: 'list' });
    await settle();
    expect(device.loads).toEqual([1]);
    expect(storage.events()).toEqual(['library.loaded']);
    device.release();
    await settle();
    expect(storage.events()).toEqual(['library.loaded', 'assessment.opened', 'library.changed']);
    expect([...device.storage.map.keys()].filter((k) => k.startsWith(KEY_PREFIX))).toHaveLength(1);
  });

  it('says when the service cannot be loaded, and tries again with the next command', async () => {
    const device = deferredDevice(1);
    const storage = connect(device.source);
    device.release();
    storage.send({ type: 'create' });
    await settle();
    expect(storage.events()).toEqual(['library.loaded', 'storage.failed']);
    storage.send({ type: 'create' });
    await settle();
    expect(device.loads).toEqual([1, 2]);
    expect(storage.events()).toEqual(['library.loaded', 'storage.failed', 'assessment.opened']);
  });

  it('lists through the service once something has been stored (by another tab, say)', async () => {
    const device = deferredDevice();
    device.release();
    const storage = connect(device.source);
    device.storage.setItem(`${KEY_PREFIX}x`, '{}');
    storage.send({ type: 'list' });
    await settle();
    expect(device.loads).toEqual([1]);
  });
});
