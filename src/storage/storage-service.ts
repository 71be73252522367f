import type { Notice, StorageCommand, StorageEvent } from '../../machines/storage-protocol';
import type { ContentIndex } from '../content/content';
import { newAssessment, type Assessment } from '../domain/assessment';
import { startFollowUp } from '../domain/follow-up-start';
import { isQuotaError } from './device-storage';
import { readAssessment, toEnvelope } from './read-assessment';
import { KEY_PREFIX, type StorageLike } from './storage-keys';

/**
 * Keeps assessments in the browser's localStorage (or any Storage-like
 * object): one key per assessment, written synchronously on every change so
 * that a reload mid-word loses nothing. It answers the wizard machine's
 * commands with events; storage-actor.ts connects it to the machine.
 *
 * Why localStorage and not IndexedDB: writes are synchronous (nothing is lost
 * to a tab closed between keystrokes), a cross-tab `storage` event exists for
 * conflict detection, and an assessment is tens of kilobytes, far below the
 * quota. The cost is that the quota (about 5 MB) bounds how many very long
 * assessments fit; a full quota is reported and nothing in memory is lost.
 */

export { KEY_PREFIX, type StorageLike } from './storage-keys';
export const OPEN_KEY = 'ocop:open';
export const TRASH_PREFIX = 'ocop:trash:';
/** When each trashed assessment was deleted ({id: ms}); kept apart so that the trash copy is no longer than the record. */
export const TRASH_TIMES_KEY = 'ocop:trashed-at';
export const QUARANTINE_PREFIX = 'ocop:quarantine:';
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/**
 * How long a deleted assessment is kept for undo. Start-up sweeps only older
 * trash: another tab may be showing its "undo" right now.
 */
export const TRASH_KEEP_MS = 60 * 60 * 1000;

export interface StorageDeps {
  storage: StorageLike;
  /** True when the browser refused storage and the app keeps data in memory only (some in-app browsers). */
  volatile?: boolean;
  /** True when the quota was already full at start-up: saved records are still read, new writes may fail. */
  full?: boolean;
  index: ContentIndex;
  now: () => Date;
  newId: () => string;
}

const keyOf = (id: string) => `${KEY_PREFIX}${id}`;

function storageKeys(storage: StorageLike, prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i += 1) {
    const key = storage.key(i);
    if (key?.startsWith(prefix)) keys.push(key);
  }
  return keys;
}

const trashKey = (id: string) => `${TRASH_PREFIX}${id}`;

const FULL: Notice = { key: 'storage.full', tone: 'error' };

const byUpdatedDesc = (a: Assessment, b: Assessment) => b.updatedAt.localeCompare(a.updatedAt);

/** Nothing typed yet: no profile, no draft value, no answer, no title. */
const isPristine = (a: Assessment) =>
  !a.profile &&
  !a.title &&
  Object.values(a.profileDraft).every((v) => !v) &&
  Object.keys(a.answers).length === 0 &&
  Object.keys(a.plan).length === 0;

export class StorageService {
  /** The raw text last written for the open assessment: anything else in storage was written by another tab. */
  private lastWritten: string | null = null;
  private openId: string | null = null;
  private openRev = 0;
  /** Unreadable records that start-up could not move aside (no room): still listed as set aside. */
  private stuck = new Set<string>();

  constructor(private readonly deps: StorageDeps) {}

  private read(text: string) {
    return readAssessment(text, { index: this.deps.index, now: this.deps.now, newId: this.deps.newId });
  }

  private get(id: string): Assessment | null {
    const text = this.deps.storage.getItem(keyOf(id));
    if (text === null) return null;
    const result = this.read(text);
    return result.ok ? result.assessment : null;
  }

  /**
   * Every write goes through here: a refused write (full quota, storage
   * withdrawn) is a notice for the user, never an exception that would stop
   * the storage actor and blank the app.
   */
  private put(key: string, text: string): Notice | null {
    try {
      this.deps.storage.setItem(key, text);
      return null;
    } catch (error) {
      return isQuotaError(error) ? FULL : { key: 'storage.writeFailed', tone: 'error' };
    }
  }

  /** Writes an assessment; returns the text written, or the notice to show when the browser refuses. */
  private write(assessment: Assessment): string | Notice {
    const text = JSON.stringify(toEnvelope(assessment, this.deps.now(), this.deps.index));
    return this.put(keyOf(assessment.id), text) ?? text;
  }

  /**
   * Moves `text` from key `from` to key `to`. When the quota is full, the old
   * place is freed first and the text written again: it needs no more room
   * than before (the new key is no longer), so this cannot lose it.
   */
  private move(from: string, to: string, text: string): Notice | null {
    const first = this.put(to, text);
    if (first === null) {
      this.deps.storage.removeItem(from);
      return null;
    }
    if (first !== FULL) return first;
    this.deps.storage.removeItem(from);
    const failed = this.put(to, text);
    if (failed) this.put(from, text);
    return failed;
  }

  private trashTimes(): Record<string, number> {
    try {
      const times: unknown = JSON.parse(this.deps.storage.getItem(TRASH_TIMES_KEY) ?? '{}');
      return typeof times === 'object' && times !== null ? (times as Record<string, number>) : {};
    } catch {
      return {};
    }
  }

  /** Best effort: without a time (full quota) the copy counts as old and goes at the next start-up. */
  private setTrashTime(id: string, at: number | null): void {
    const times = this.trashTimes();
    if (at === null) delete times[id];
    else times[id] = at;
    if (Object.keys(times).length) this.put(TRASH_TIMES_KEY, JSON.stringify(times));
    else this.deps.storage.removeItem(TRASH_TIMES_KEY);
  }

  /** Every readable assessment; unreadable ones are moved aside (never deleted) and reported. */
  private loadAll(): { entries: Assessment[]; notices: Notice[] } {
    const entries: Assessment[] = [];
    const notices: Notice[] = [];
    let setAside = 0;
    let repaired = false;
    let repairPending = false;
    for (const key of storageKeys(this.deps.storage, KEY_PREFIX)) {
      const text = this.deps.storage.getItem(key) ?? '';
      const result = this.read(text);
      if (!result.ok || keyOf(result.assessment.id) !== key) {
        // When even the set-aside copy does not fit, the record stays where it is (still listed as set aside).
        const failed = this.move(
          key,
          `${QUARANTINE_PREFIX}${key.slice(KEY_PREFIX.length)}:${this.deps.now().toISOString()}`,
          text,
        );
        if (failed) this.stuck.add(key);
        setAside += 1;
        continue;
      }
      if (result.migratedFrom !== null || result.repairs.length) {
        // Keep the original beside the upgraded record until the user has seen the result.
        const originalKey = `${QUARANTINE_PREFIX}${result.assessment.id}:original`;
        if (this.put(originalKey, text) === null) {
          if (typeof this.write(result.assessment) !== 'string') this.deps.storage.removeItem(originalKey);
          repaired = true;
        } else {
          // No room for the original beside the repaired copy (a very large record, or a full quota): the record
          // stays as stored, is repaired again on every read, and is rewritten only when the user changes it.
          repairPending = true;
        }
      }
      entries.push(result.assessment);
    }
    this.sweepTrash();
    if (repaired) notices.push({ key: 'storage.repaired', tone: 'info' });
    if (repairPending) notices.unshift({ key: 'storage.repairPending', tone: 'error' });
    if (setAside) notices.unshift({ key: 'storage.setAside', values: { count: setAside }, tone: 'error' });
    return { entries: entries.sort(byUpdatedDesc), notices };
  }

  /** Deleted items are kept for undo for a while; only older ones are removed (another tab may still offer undo). */
  private sweepTrash(): void {
    const now = this.deps.now().getTime();
    const times = this.trashTimes();
    for (const key of storageKeys(this.deps.storage, TRASH_PREFIX)) {
      const id = key.slice(TRASH_PREFIX.length);
      if (now - (times[id] ?? 0) > TRASH_KEEP_MS) {
        this.deps.storage.removeItem(key);
        this.setTrashTime(id, null);
      }
    }
  }

  /** Records that could not be read: set aside, or left in place when there was no room to move them. */
  private quarantined(): { key: string; size: number }[] {
    const sizeOf = (key: string) => ({ key, size: this.deps.storage.getItem(key)?.length ?? 0 });
    const stuck = [...this.stuck].filter((key) => this.deps.storage.getItem(key) !== null);
    return [...storageKeys(this.deps.storage, QUARANTINE_PREFIX), ...stuck].map(sizeOf);
  }

  /** The readable assessments, newest first (start() has already set the unreadable ones aside). */
  private list(): Assessment[] {
    const entries: Assessment[] = [];
    for (const key of storageKeys(this.deps.storage, KEY_PREFIX)) {
      const result = this.read(this.deps.storage.getItem(key) ?? '');
      if (result.ok) entries.push(result.assessment);
    }
    return entries.sort(byUpdatedDesc);
  }

  private open(assessment: Assessment): void {
    this.openId = assessment.id;
    this.openRev = assessment.rev;
    this.lastWritten = this.deps.storage.getItem(keyOf(assessment.id));
    // Remembering which one is open is a convenience for the next visit: a full quota must not stop the opening.
    this.put(OPEN_KEY, assessment.id);
  }

  /** Start-up: the saved list and the assessment that was open, if any. */
  start(): StorageEvent {
    const { entries, notices } = this.loadAll();
    const openId = this.deps.storage.getItem(OPEN_KEY);
    const current = entries.find((e) => e.id === openId) ?? null;
    if (current) this.open(current);
    if (this.deps.full) notices.unshift({ key: 'storage.fullAtStart', tone: 'error' });
    if (this.deps.volatile) notices.unshift({ key: 'storage.memoryOnly', tone: 'error' });
    return { type: 'library.loaded', entries, current, notices, quarantined: this.quarantined() };
  }

  /** Another tab wrote `key`: a conflict when it is the open assessment and differs from what we wrote. */
  externalChange(key: string | null, newValue: string | null): StorageEvent[] {
    if (!this.openId || key !== keyOf(this.openId) || newValue === this.lastWritten) return [];
    // Deleted in another tab: say so. The next save here writes it back, so nothing typed here is lost.
    if (newValue === null) return [{ type: 'storage.deletedElsewhere' }];
    const result = this.read(newValue);
    return result.ok ? [{ type: 'storage.conflict', theirs: result.assessment }] : [];
  }

  private save(assessment: Assessment, force: boolean): StorageEvent[] {
    const key = keyOf(assessment.id);
    const stored = this.deps.storage.getItem(key);
    if (!force && this.openId === assessment.id && stored !== null && stored !== this.lastWritten) {
      const theirs = this.read(stored);
      if (theirs.ok) return [{ type: 'storage.conflict', theirs: theirs.assessment }];
    }
    const isOpen = this.openId === assessment.id;
    // Revisions only grow, also when this tab overwrites a newer revision from another tab.
    const theirRev = force && stored !== null ? ((r) => (r.ok ? r.assessment.rev : 0))(this.read(stored)) : 0;
    const updated: Assessment = {
      ...assessment,
      rev: Math.max(assessment.rev, isOpen ? this.openRev : 0, theirRev) + 1,
      updatedAt: this.deps.now().toISOString(),
    };
    const written = this.write(updated);
    if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
    if (isOpen) {
      this.lastWritten = written;
      this.openRev = updated.rev;
    }
    return [{ type: 'storage.saved', id: updated.id, rev: updated.rev, updatedAt: updated.updatedAt }];
  }

  private async importFile(file: Blob): Promise<StorageEvent[]> {
    const fail = (key: string): StorageEvent[] => [
      { type: 'storage.failed', notice: { key: `import.${key}`, tone: 'error' } },
    ];
    if (file.size > IMPORT_MAX_BYTES) return fail('tooLarge');
    let text: string;
    try {
      text = await file.text();
    } catch {
      return fail('unreadable');
    }
    const result = this.read(text);
    if (!result.ok) return fail(result.reason);
    let assessment = result.assessment;
    const notices = [...result.repairs];
    if (this.deps.storage.getItem(keyOf(assessment.id)) !== null) {
      // Never overwrite what is saved: an assessment already on this device is kept, the file becomes a copy.
      assessment = { ...assessment, id: this.deps.newId() };
      notices.unshift({ key: 'import.copy', tone: 'info' });
    }
    const written = this.write(assessment);
    if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
    this.open(assessment);
    // Every repair is reported, not only the first one.
    return [
      {
        type: 'assessment.opened',
        assessment,
        notices: notices.length ? notices : [{ key: 'import.done', tone: 'success' }],
      },
    ];
  }

  /** Handles one command from the machine; imports are asynchronous (the file must be read). */
  handle(command: StorageCommand): StorageEvent[] | Promise<StorageEvent[]> {
    const { storage } = this.deps;
    switch (command.type) {
      case 'list':
        return [{ type: 'library.changed', entries: this.list() }];
      case 'create': {
        const assessment = newAssessment(this.deps.newId(), this.deps.now(), this.deps.index.content.version);
        const written = this.write(assessment);
        if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
        this.open(assessment);
        return [{ type: 'assessment.opened', assessment }];
      }
      case 'open': {
        const assessment = this.get(command.id);
        if (!assessment) return [{ type: 'storage.failed', notice: { key: 'storage.missing', tone: 'error' } }];
        this.open(assessment);
        return [{ type: 'assessment.opened', assessment }];
      }
      case 'close': {
        // An assessment left before anything was typed would only clutter the list: it is removed.
        const open = this.openId ? this.get(this.openId) : null;
        if (open && isPristine(open)) storage.removeItem(keyOf(open.id));
        this.openId = null;
        this.lastWritten = null;
        storage.removeItem(OPEN_KEY);
        return [];
      }
      case 'save':
        return this.save(command.assessment, false);
      case 'overwrite':
        return this.save(command.assessment, true);
      case 'reload': {
        const assessment = this.get(command.id);
        if (!assessment) return [];
        this.open(assessment);
        return [{ type: 'assessment.reloaded', assessment }];
      }
      case 'rename': {
        const source = this.get(command.id);
        if (!source) return [];
        const written = this.write({ ...source, title: command.title });
        if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
        return [{ type: 'library.changed', entries: this.list(), notice: { key: 'library.renamed', tone: 'success' } }];
      }
      case 'duplicate': {
        const source = this.get(command.id);
        if (!source) return [];
        const now = this.deps.now().toISOString();
        const copy: Assessment = {
          ...source,
          id: this.deps.newId(),
          title: command.title,
          createdAt: now,
          updatedAt: now,
          rev: 0,
        };
        const written = this.write(copy);
        if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
        return [
          { type: 'library.changed', entries: this.list(), notice: { key: 'library.duplicated', tone: 'success' } },
        ];
      }
      case 'followUp': {
        const source = this.get(command.id);
        if (!source) return [{ type: 'storage.failed', notice: { key: 'storage.missing', tone: 'error' } }];
        // The source is only read: it stays as it is, frozen into the follow-up as its baseline.
        const followUp = startFollowUp(source, this.deps.newId(), this.deps.now(), this.deps.index.content.version);
        if (!followUp) return [{ type: 'storage.failed', notice: { key: 'followUp.noProfile', tone: 'error' } }];
        const written = this.write(followUp);
        if (typeof written !== 'string') return [{ type: 'storage.failed', notice: written }];
        this.open(followUp);
        return [
          { type: 'assessment.opened', assessment: followUp, notices: [{ key: 'followUp.started', tone: 'success' }] },
        ];
      }
      case 'delete': {
        const text = storage.getItem(keyOf(command.id));
        if (text === null) return [];
        // The record's own place is freed first, so a full quota still has room for the copy kept for undo.
        const failed = this.move(keyOf(command.id), trashKey(command.id), text);
        if (failed) return [{ type: 'storage.failed', notice: failed }];
        this.setTrashTime(command.id, this.deps.now().getTime());
        if (storage.getItem(OPEN_KEY) === command.id) storage.removeItem(OPEN_KEY);
        const deleted = this.read(text);
        const name = deleted.ok
          ? (deleted.assessment.profile?.productName ?? deleted.assessment.profileDraft.productName ?? '')
          : '';
        return [{ type: 'library.changed', entries: this.list(), deleted: { id: command.id, name } }];
      }
      case 'restore': {
        const text = storage.getItem(trashKey(command.id));
        if (text === null) return [];
        if (storage.getItem(keyOf(command.id)) !== null) {
          // Another tab kept editing it and wrote it back: that copy is newer than the one deleted here.
          storage.removeItem(trashKey(command.id));
          this.setTrashTime(command.id, null);
          return [
            { type: 'library.changed', entries: this.list(), notice: { key: 'library.restoredNewer', tone: 'info' } },
          ];
        }
        const failed = this.move(trashKey(command.id), keyOf(command.id), text);
        if (failed) return [{ type: 'storage.failed', notice: failed }];
        this.setTrashTime(command.id, null);
        return [
          { type: 'library.changed', entries: this.list(), notice: { key: 'library.restored', tone: 'success' } },
        ];
      }
      case 'discardQuarantined': {
        // Only what the privacy page lists can be discarded: set-aside copies and unreadable records.
        if (this.quarantined().some((q) => q.key === command.key)) storage.removeItem(command.key);
        return [{ type: 'quarantine.changed', quarantined: this.quarantined() }];
      }
      case 'import':
        return this.importFile(command.file);
    }
  }
}
