import { saveBlob } from './download';

/**
 * Getting a made file (the PDF report, the .json backup, the CSV plan) off the
 * app and into the producer's hands.
 *
 * Where the browser can hand files to the phone's share sheet (Web Share API
 * level 2: Android Chrome, Safari), nothing is downloaded by itself: the
 * screen offers "Send…" (Zalo, email…) and "Save on this phone". Elsewhere the
 * file is downloaded at once, as before, and the screen says where it went and
 * offers to open it.
 *
 * `navigator.share` needs a fresh tap, so it is called from the "Send…" button,
 * never right after the (asynchronous) generation of the file.
 */

export type FileKind = 'report' | 'backup' | 'plan';

export interface DeliveredFile {
  kind: FileKind;
  file: File;
  /** `share`: waiting for the user to send or save it; `downloaded`: saved in the Downloads folder. */
  via: 'share' | 'downloaded';
  /** An object URL of the file, alive until the next file of the same kind replaces it ("Open"). */
  url: string;
  /** Increases with every file delivered: a screen shows only files made while it is open. */
  seq: number;
}

/** The parts of the browser this module uses; tests pass their own. */
export interface ShareEnv {
  navigator: Pick<Navigator, 'canShare' | 'share'> | undefined;
  createObjectURL: (blob: Blob) => string;
  revokeObjectURL: (url: string) => void;
  /** Starts a download of the file (an <a download> click in the browser). */
  download: (blob: Blob, fileName: string) => void;
  open: (url: string) => void;
}

const browserEnv = (): ShareEnv => ({
  navigator: typeof navigator === 'undefined' ? undefined : navigator,
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  download: saveBlob,
  open: (url) => void window.open(url, '_blank', 'noopener'),
});

/** True when the browser can put this very file in the share sheet. */
export function canShareFile(file: File, nav: ShareEnv['navigator']): boolean {
  if (!nav || typeof nav.share !== 'function' || typeof nav.canShare !== 'function') return false;
  try {
    return nav.canShare({ files: [file] });
  } catch {
    return false;
  }
}

export type ShareOutcome = 'shared' | 'cancelled' | 'failed';

export interface FileDelivery {
  /** A file was made: offered for sending where possible, downloaded otherwise. */
  deliver: (kind: FileKind, blob: Blob, fileName: string) => DeliveredFile;
  /** "Send…": the share sheet, from a tap. */
  share: (delivered: DeliveredFile) => Promise<ShareOutcome>;
  /** "Save on this phone": downloads a file that was waiting to be sent. */
  save: (delivered: DeliveredFile) => DeliveredFile;
  /** "Open": the file in a new tab (the browser's own PDF viewer, or its download). */
  open: (delivered: DeliveredFile) => void;
  latest: (kind: FileKind) => DeliveredFile | undefined;
  subscribe: (listener: () => void) => () => void;
}

export function createFileDelivery(env: () => ShareEnv = browserEnv): FileDelivery {
  const files = new Map<FileKind, DeliveredFile>();
  const listeners = new Set<() => void>();
  let seq = 0;
  const put = (delivered: DeliveredFile) => {
    const old = files.get(delivered.kind);
    if (old && old.url !== delivered.url) env().revokeObjectURL(old.url);
    files.set(delivered.kind, delivered);
    for (const listener of listeners) listener();
    return delivered;
  };

  return {
    deliver(kind, blob, fileName) {
      const e = env();
      const file = new File([blob], fileName, { type: blob.type });
      const url = e.createObjectURL(file);
      seq += 1;
      if (canShareFile(file, e.navigator)) return put({ kind, file, via: 'share', url, seq });
      e.download(file, fileName);
      return put({ kind, file, via: 'downloaded', url, seq });
    },
    async share(delivered) {
      const nav = env().navigator;
      if (!nav || !canShareFile(delivered.file, nav)) return 'failed';
      try {
        await nav.share({ files: [delivered.file], title: delivered.file.name });
        return 'shared';
      } catch (error) {
        // The user closed the share sheet: not an error worth a message.
        return error instanceof DOMException && error.name === 'AbortError' ? 'cancelled' : 'failed';
      }
    },
    save(delivered) {
      env().download(delivered.file, delivered.file.name);
      return put({ ...delivered, via: 'downloaded' });
    },
    open(delivered) {
      env().open(delivered.url);
    },
    latest: (kind) => files.get(kind),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one delivery service (the machine's download actions and the report screen share it). */
export const fileDelivery = createFileDelivery();
