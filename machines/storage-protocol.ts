import type { Assessment } from '../src/domain/assessment';
import type { Notice } from '../src/domain/notice';

/**
 * Messages between the wizard machine and the storage actor the app injects
 * (src/storage/storage-actor.ts in the browser, an in-memory one in tests).
 * Notices are translation keys with values, never text.
 */

export type { Notice };

export interface QuarantineEntry {
  key: string;
  size: number;
}

/** Sent by the machine to the storage actor. */
export type StorageCommand =
  | { type: 'list' }
  | { type: 'create' }
  | { type: 'open'; id: string }
  | { type: 'close' }
  | { type: 'save'; assessment: Assessment }
  | { type: 'overwrite'; assessment: Assessment }
  | { type: 'reload'; id: string }
  | { type: 'rename'; id: string; title: string }
  /** Copy an assessment under a new name (the UI words it in the user's language: "… (bản sao)"). */
  | { type: 'duplicate'; id: string; title: string }
  /** "Assess again": a new assessment started from a saved one, which stays as it is (its baseline). */
  | { type: 'followUp'; id: string }
  | { type: 'delete'; id: string }
  | { type: 'restore'; id: string }
  /** Remove a record set aside as unreadable (the privacy page offers it after a download). */
  | { type: 'discardQuarantined'; key: string }
  | { type: 'import'; file: Blob };

/** Sent back by the storage actor to the machine. */
export type StorageEvent =
  | {
      type: 'library.loaded';
      entries: Assessment[];
      /** The assessment that was open when the app was last closed, if it still loads. */
      current: Assessment | null;
      notices: Notice[];
      /** Records that could not be read, kept aside under these keys for the user to download. */
      quarantined: QuarantineEntry[];
    }
  /** Whether the browser granted persistent storage (it answers after start-up). */
  | { type: 'storage.persistence'; persisted: boolean }
  /** A write went through: the stored revision and time. */
  | { type: 'storage.saved'; id: string; rev: number; updatedAt: string }
  | { type: 'library.changed'; entries: Assessment[]; notice?: Notice; deleted?: { id: string; name: string } }
  | { type: 'assessment.opened'; assessment: Assessment; notices?: Notice[] }
  | { type: 'assessment.reloaded'; assessment: Assessment }
  | { type: 'storage.conflict'; theirs: Assessment }
  /** Another tab deleted the open assessment. */
  | { type: 'storage.deletedElsewhere' }
  | { type: 'quarantine.changed'; quarantined: QuarantineEntry[] }
  | { type: 'storage.failed'; notice: Notice };
