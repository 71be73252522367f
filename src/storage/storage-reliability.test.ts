import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { memoryStorage } from '../testing/memory-storage';
import { PROFILES } from '../testing/profiles';
import v1 from './fixtures/format-v1.json' with { type: 'json' };
import { deviceStorage, isQuotaError } from './device-storage';
import { toEnvelope } from './read-assessment';
import {
  KEY_PREFIX,
  OPEN_KEY,
  QUARANTINE_PREFIX,
  StorageService,
  TRASH_KEEP_MS,
  TRASH_PREFIX,
  type StorageLike,
} from './storage-service';

/**
 * Full storage, start-up writes, and a second tab: the failures of the
 * December red-team pass (S8–S14, I27, N2, N3, S13). Each must be a message
 * or a defined outcome, never an exception that stops the storage actor.
 */

let n = 0;
const newId = () => `22222222-2222-4333-8444-${String(++n).padStart(12, '0')}`;
const service = (storage: StorageLike, extra: { full?: boolean; now?: () => Date } = {}) =>
  new StorageService({ storage, index: CONTENT_INDEX, now: extra.now ?? (() => FIXED_DATE), newId, full: extra.full });

type Storage = ReturnType<typeof memoryStorage>;

const envelopeOf = (a: Assessment) => JSON.stringify(toEnvelope(a, FIXED_DATE, CONTENT_INDEX));

function saved(storage: Storage, id = '00000000-0000-4000-8000-000000000001'): Assessment {
  const a = { ...assessmentWith(PROFILES.foodCoopCrop, { 'rmz-zone': { value: 'met', note: 'ghi chú' } }), id };
  storage.setItem(`${KEY_PREFIX}${id}`, envelopeOf(a));
  return a;
}

/** Fills the storage with one filler record so that only `free` characters remain under `quota`. */
function fillTo(storage: Storage, quota: number, free: number) {
  const used = [...storage.map].reduce((sum, [k, v]) => sum + k.length + v.length, 0);
  storage.setItem('filler', 'x'.repeat(quota - used - free - 'filler'.length));
}

const QUOTA = 5_242_880; // Chromium's localStorage quota in characters (keys and values)

function nearlyFull(free: number) {
  const storage = memoryStorage(QUOTA);
  return { storage, fill: () => fillTo(storage, QUOTA, free) };
}

const loaded = (s: StorageService) => {
  const event = s.start();
  if (event.type !== 'library.loaded') throw new Error(event.type);
  return event;
};

describe('deviceStorage tells a full quota from blocked storage (S8, S9, S12)', () => {
  it('keeps using a full localStorage so that saved assessments are still listed', () => {
    const storage = memoryStorage(QUOTA);
    const a = saved(storage);
    fillTo(storage, QUOTA, 0);
    const device = deviceStorage(() => storage);
    expect(device).toMatchObject({ volatile: false, full: true });
    expect(device.storage).toBe(storage);
    const event = loaded(service(device.storage, { full: device.full }));
    expect(event.entries.map((e) => e.id)).toEqual([a.id]);
    expect(event.notices[0]).toEqual({ key: 'storage.fullAtStart', tone: 'error' });
    expect(event.notices.some((x) => x.key === 'storage.memoryOnly')).toBe(false);
  });

  it('falls back to memory when the browser refuses storage', () => {
    const blocked = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(deviceStorage(blocked)).toMatchObject({ volatile: true, full: false });
    const refusing = { ...memoryStorage(), setItem: blocked } as StorageLike;
    expect(deviceStorage(() => refusing)).toMatchObject({ volatile: true, full: false });
  });

  it('recognises the quota errors of the main browsers', () => {
    expect(isQuotaError(new DOMException('x', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'NS_ERROR_DOM_QUOTA_REACHED'))).toBe(true);
    expect(isQuotaError(new DOMException('x', 'SecurityError'))).toBe(false);
    expect(isQuotaError('full')).toBe(false);
  });
});

describe('start-up with storage nearly full never throws (S14a–d)', () => {
  it('S14a: a damaged record that cannot be moved aside stays in place, listed as set aside', () => {
    const { storage, fill } = nearlyFull(10);
    const good = saved(storage);
    storage.setItem(`${KEY_PREFIX}broken-1`, '{"format": "ocop-self-assess');
    fill();
    const event = loaded(service(storage));
    expect(event.entries.map((e) => e.id)).toEqual([good.id]);
    expect(event.notices[0]).toMatchObject({ key: 'storage.setAside', values: { count: 1 } });
    expect(event.quarantined.map((q) => q.key)).toEqual([`${KEY_PREFIX}broken-1`]);
    expect(storage.getItem(`${KEY_PREFIX}broken-1`)).toBe('{"format": "ocop-self-assess');
  });

  it('S14b: a record needing repair is listed repaired, stored as it was, and the user is told', () => {
    const { storage, fill } = nearlyFull(10);
    const a = saved(storage);
    const raw = JSON.parse(envelopeOf(a));
    raw.assessment.answers['gone-item'] = { value: 'met' };
    const text = JSON.stringify(raw);
    storage.setItem(`${KEY_PREFIX}${a.id}`, text);
    fill();
    const event = loaded(service(storage));
    expect(event.entries[0].setAside).toEqual({ 'gone-item': { value: 'met' } });
    expect(event.notices).toContainEqual({ key: 'storage.repairPending', tone: 'error' });
    expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).toBe(text);
  });

  it('S14c: a version 1 record is read and opened even when the upgrade cannot be written', () => {
    const { storage, fill } = nearlyFull(10);
    storage.setItem(`${KEY_PREFIX}${v1.assessment.id}`, JSON.stringify(v1));
    storage.setItem(OPEN_KEY, v1.assessment.id);
    fill();
    const event = loaded(service(storage));
    expect(event.current?.id).toBe(v1.assessment.id);
    expect(event.current?.answers).toEqual(v1.assessment.answers);
  });

  it('S14d: a record too large to keep beside its repaired copy opens in empty storage', () => {
    const storage = memoryStorage(QUOTA);
    const a = saved(storage);
    const raw = JSON.parse(envelopeOf(a));
    for (let i = 0; i < 4_000; i += 1) raw.assessment.answers[`old-item-${i}`] = { note: 'n'.repeat(800) };
    const text = JSON.stringify(raw);
    expect(text.length * 2).toBeGreaterThan(QUOTA);
    storage.setItem(`${KEY_PREFIX}${a.id}`, text);
    const event = loaded(service(storage));
    expect(event.entries.map((e) => e.id)).toEqual([a.id]);
    expect(event.notices).toContainEqual({ key: 'storage.repairPending', tone: 'error' });
  });
});

describe('open, delete and restore with storage full (S10, I27)', () => {
  it('S10: opens a saved assessment although its id cannot be remembered', () => {
    const { storage, fill } = nearlyFull(0);
    const a = saved(storage);
    fill();
    const s = service(storage);
    loaded(s);
    expect(s.handle({ type: 'open', id: a.id })).toEqual([
      expect.objectContaining({ type: 'assessment.opened', assessment: expect.objectContaining({ id: a.id }) }),
    ]);
  });

  it('I27: deletes with storage full, and undo brings it back', () => {
    const { storage, fill } = nearlyFull(0);
    const a = saved(storage);
    fill();
    const s = service(storage);
    loaded(s);
    const [deleted] = s.handle({ type: 'delete', id: a.id }) as { type: string; entries: Assessment[] }[];
    expect(deleted).toMatchObject({ type: 'library.changed', entries: [], deleted: { id: a.id } });
    expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).toBeNull();
    const [restored] = s.handle({ type: 'restore', id: a.id }) as { type: string; entries: Assessment[] }[];
    expect(restored.entries.map((e) => e.id)).toEqual([a.id]);
  });

  it('a refused write is reported, never thrown', () => {
    const storage = memoryStorage();
    const a = saved(storage);
    const s = service(storage);
    loaded(s);
    storage.setItem = () => {
      throw new DOMException('storage withdrawn', 'InvalidStateError');
    };
    expect(s.handle({ type: 'delete', id: a.id })).toEqual([
      { type: 'storage.failed', notice: { key: 'storage.writeFailed', tone: 'error' } },
    ]);
    expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).not.toBeNull();
  });
});

describe('two tabs (N2, N3)', () => {
  it('N2: another tab starting keeps this tab’s pending undo; old trash is swept', () => {
    const storage = memoryStorage();
    const a = saved(storage);
    const tabA = service(storage);
    loaded(tabA);
    tabA.handle({ type: 'delete', id: a.id });
    storage.setItem(`${TRASH_PREFIX}from-an-older-version`, '{}');
    loaded(service(storage)); // tab B opens the app
    expect(storage.getItem(`${TRASH_PREFIX}from-an-older-version`)).toBeNull();
    // An hour later the copy kept for undo is swept.
    const later = service(storage, { now: () => new Date(FIXED_DATE.getTime() + TRASH_KEEP_MS + 1) });
    const copy = storage.getItem(`${TRASH_PREFIX}${a.id}`);
    expect(copy).not.toBeNull();
    loaded(later);
    expect(storage.getItem(`${TRASH_PREFIX}${a.id}`)).toBeNull();
    storage.setItem(`${TRASH_PREFIX}${a.id}`, copy ?? '');
    const [restored] = tabA.handle({ type: 'restore', id: a.id }) as { type: string; entries: Assessment[] }[];
    expect(restored.entries.map((e) => e.id)).toEqual([a.id]);
  });

  it('N3: the tab editing an assessment is told when another tab deletes it', () => {
    const storage = memoryStorage();
    const a = saved(storage);
    storage.setItem(OPEN_KEY, a.id);
    const tabA = service(storage);
    loaded(tabA);
    expect(tabA.externalChange(`${KEY_PREFIX}${a.id}`, null)).toEqual([{ type: 'storage.deletedElsewhere' }]);
  });

  it('N3: undo in the deleting tab never writes its older copy over what the other tab kept editing', () => {
    const storage = memoryStorage();
    const a = saved(storage);
    storage.setItem(OPEN_KEY, a.id);
    const tabA = service(storage);
    loaded(tabA);
    const tabB = service(storage);
    loaded(tabB);
    tabB.handle({ type: 'delete', id: a.id });
    const newer = { ...a, answers: { ...a.answers, 'rmz-water': { value: 'met' as const } } };
    tabA.handle({ type: 'save', assessment: newer });
    const [event] = tabB.handle({ type: 'restore', id: a.id }) as { type: string; notice?: { key: string } }[];
    expect(event.notice?.key).toBe('library.restoredNewer');
    expect(JSON.parse(storage.getItem(`${KEY_PREFIX}${a.id}`) ?? '{}').assessment.answers['rmz-water']).toEqual({
      value: 'met',
    });
  });
});

describe('set-aside records can be discarded (S13)', () => {
  it('removes a set-aside record and lists the rest', () => {
    const storage = memoryStorage();
    storage.setItem(`${KEY_PREFIX}broken-1`, 'not json');
    storage.setItem(`${KEY_PREFIX}broken-2`, 'nor this');
    const s = service(storage);
    const { quarantined } = loaded(s);
    expect(quarantined).toHaveLength(2);
    const [event] = s.handle({ type: 'discardQuarantined', key: quarantined[0].key }) as {
      type: string;
      quarantined: unknown[];
    }[];
    expect(event).toEqual({ type: 'quarantine.changed', quarantined: [quarantined[1]] });
    expect(storage.getItem(quarantined[0].key)).toBeNull();
  });

  it('never removes a key that is not set aside', () => {
    const storage = memoryStorage();
    const a = saved(storage);
    const s = service(storage);
    loaded(s);
    s.handle({ type: 'discardQuarantined', key: `${KEY_PREFIX}${a.id}` });
    expect(storage.getItem(`${KEY_PREFIX}${a.id}`)).not.toBeNull();
    expect(QUARANTINE_PREFIX).toBe('ocop:quarantine:');
  });
});
