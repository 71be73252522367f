import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { CONTENT_INDEX } from '../src/content/content';
import { createStorageActor } from '../src/storage/storage-actor';
import { storageActor } from '../src/storage/storage-connection';
import { KEY_PREFIX, StorageService } from '../src/storage/storage-service';
import { memoryStorage } from '../src/testing/memory-storage';
import { PROFILES } from '../src/testing/profiles';
import { startWizard, testIds } from '../src/testing/wizard';
import { screenOf } from './screens';
import { wizardMachine } from './wizard.machine';

/** The machine's side of the reliability fixes: what it tells the UI when storage or another tab gets in the way. */

function withTabEvents(storage = memoryStorage()) {
  const events = new EventTarget();
  const machine = wizardMachine.provide({
    actors: {
      storage: createStorageActor(
        { storage, index: CONTENT_INDEX, now: () => new Date('2026-11-28T03:00:00Z'), newId: testIds },
        undefined,
        events as Window,
      ),
    },
  });
  const actor = createActor(machine, { input: {} }).start();
  const otherTab = (key: string, newValue: string | null) =>
    events.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }));
  return { actor, storage, otherTab };
}

describe('wizard reliability', () => {
  it('"saved at" is withdrawn while writes fail, and comes back with the next good save', () => {
    const storage = memoryStorage(8_000);
    const { actor } = startWizard(storage);
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.submit', profile: PROFILES.foodCoopCrop });
    expect(actor.getSnapshot().context.saveFailed).toBe(false);
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { note: 'x'.repeat(9_000) } } });
    expect(actor.getSnapshot().context.saveFailed).toBe(true);
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { note: 'ngắn' } } });
    expect(actor.getSnapshot().context.saveFailed).toBe(false);
  });

  it('N3: tells the tab editing an assessment that another tab deleted it', () => {
    const { actor, storage, otherTab } = withTabEvents();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'profile.submit', profile: PROFILES.foodCoopCrop });
    const key = `${KEY_PREFIX}${actor.getSnapshot().context.assessment?.id}`;
    storage.removeItem(key);
    otherTab(key, null);
    expect(actor.getSnapshot().context.notices.map((n) => n.key)).toContain('tabs.deleted');
    // Typing on writes it back: nothing typed here is lost.
    actor.send({ type: 'answers.change', answers: { 'rmz-zone': { value: 'met' } } });
    expect(storage.getItem(key)).not.toBeNull();
  });

  it('reports an unhandled failure once as a notice', () => {
    const { actor } = startWizard();
    actor.send({ type: 'app.unexpectedError' });
    actor.send({ type: 'app.unexpectedError' });
    expect(actor.getSnapshot().context.notices).toEqual([{ key: 'unexpected', tone: 'error' }]);
  });

  it('S13: discards a set-aside record from the privacy page', () => {
    const storage = memoryStorage();
    storage.setItem(`${KEY_PREFIX}broken-1`, 'not json');
    const { actor } = startWizard(storage);
    const [entry] = actor.getSnapshot().context.quarantined;
    actor.send({ type: 'quarantine.discard', key: entry.key });
    expect(actor.getSnapshot().context.quarantined).toEqual([]);
    expect(storage.map.size).toBe(0);
  });
});

describe('start-up notices', () => {
  it('survive the machine being started twice (React retrying a suspended first render)', () => {
    const storage = memoryStorage();
    storage.setItem(`${KEY_PREFIX}broken-1`, 'not json');
    const events = new EventTarget();
    const machine = wizardMachine.provide({
      actors: {
        storage: createStorageActor(
          { storage, index: CONTENT_INDEX, now: () => new Date('2026-11-28T03:00:00Z'), newId: testIds },
          undefined,
          events as Window,
        ),
      },
    });
    createActor(machine, { input: {} }).start().stop();
    const second = createActor(machine, { input: {} }).start();
    expect(second.getSnapshot().context.notices.map((n) => n.key)).toContain('storage.setAside');
  });
});

describe('a slow first visit (storage code still loading)', () => {
  /** A device with nothing saved, whose storage service arrives when `arrive` is called (or fails to, `offline`). */
  function firstVisit() {
    const storage = memoryStorage();
    let arrive: (offline?: boolean) => void = () => {};
    const machine = wizardMachine.provide({
      actors: {
        storage: storageActor(
          {
            storage,
            deferred: () =>
              new Promise<StorageService>((resolve, reject) => {
                arrive = (offline) =>
                  offline
                    ? reject(new Error('offline'))
                    : resolve(
                        new StorageService({
                          storage,
                          index: CONTENT_INDEX,
                          now: () => new Date('2026-11-28T03:00:00Z'),
                          newId: testIds,
                        }),
                      );
              }),
          },
          undefined,
          null,
        ),
      },
    });
    const actor = createActor(machine, { input: {} }).start();
    const saved = () => [...storage.map.keys()].filter((k) => k.startsWith(KEY_PREFIX));
    return { actor, arrive: (offline?: boolean) => arrive(offline), saved };
  }
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('Start tapped three times while storage loads makes one assessment', async () => {
    const { actor, arrive, saved } = firstVisit();
    actor.send({ type: 'assessment.new' });
    expect(actor.getSnapshot().hasTag('opening')).toBe(true);
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'assessment.new' });
    arrive();
    await settle();
    expect(screenOf(actor.getSnapshot())).toBe('profile');
    expect(saved()).toHaveLength(1);
    expect(saved()[0]).toBe(`${KEY_PREFIX}${actor.getSnapshot().context.assessment?.id}`);
  });

  it('the legal basis opened while storage loads: the assessment asked for is shown when it is there', async () => {
    const { actor, arrive, saved } = firstVisit();
    actor.send({ type: 'assessment.new' });
    actor.send({ type: 'nav.legal' });
    arrive();
    await settle();
    expect(screenOf(actor.getSnapshot())).toBe('profile');
    expect(saved()).toHaveLength(1);
    actor.send({ type: 'nav.back' });
    expect(screenOf(actor.getSnapshot())).toBe('welcome');
    expect(actor.getSnapshot().hasTag('opening')).toBe(false);
  });

  it('when storage cannot load, says so and lets Start be tapped again', async () => {
    const { actor, arrive, saved } = firstVisit();
    actor.send({ type: 'assessment.new' });
    arrive(true);
    await settle();
    expect(screenOf(actor.getSnapshot())).toBe('welcome');
    expect(actor.getSnapshot().hasTag('opening')).toBe(false);
    expect(actor.getSnapshot().context.notices.map((n) => n.key)).toEqual(['notLoaded']);
    actor.send({ type: 'assessment.new' });
    expect(actor.getSnapshot().hasTag('opening')).toBe(true);
    arrive();
    await settle();
    expect(screenOf(actor.getSnapshot())).toBe('profile');
    expect(saved()).toHaveLength(1);
  });
});
