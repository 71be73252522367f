import { useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { formatBytes } from '../../i18n/format';
import { fileDelivery, type FileKind, type ShareOutcome } from '../../lib/share-file';

/** The latest file of a kind made while this screen is open (a file from an earlier visit is not news). */
function useDeliveredSinceMount(kind: FileKind) {
  const [since] = useState(() => fileDelivery.latest(kind)?.seq ?? 0);
  const latest = useSyncExternalStore(fileDelivery.subscribe, () => fileDelivery.latest(kind));
  return latest && latest.seq > since ? latest : undefined;
}

/**
 * A made file and what to do with it: "Send…" to the phone's share sheet and
 * "Save on this phone" where the browser can share files; elsewhere where the
 * download went (the Downloads folder) and a button that opens it.
 */
export function FileReady({ kind }: { kind: FileKind }) {
  const { t } = useTranslation('common');
  const delivered = useDeliveredSinceMount(kind);
  const [outcome, setOutcome] = useState<{ seq: number; value: ShareOutcome } | null>(null);
  const lng = useLanguage();
  const shareOutcome = delivered && outcome?.seq === delivered.seq ? outcome.value : null;
  const values = delivered ? { file: delivered.file.name, size: formatBytes(delivered.file.size, lng) } : {};
  const message = !delivered
    ? ''
    : delivered.via === 'downloaded'
      ? t('file.savedInDownloads', values)
      : shareOutcome === 'shared'
        ? t('file.sent', values)
        : shareOutcome === 'failed'
          ? t('file.sendFailed', values)
          : t('file.readyToSend', values);

  return (
    <div className="file-ready">
      {/* Always in the page, so that screen readers announce the message when it appears. */}
      <p role="status">{message}</p>
      {delivered?.via === 'share' ? (
        <div className="btn-row">
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              void fileDelivery.share(delivered).then((value) => setOutcome({ seq: delivered.seq, value }));
            }}
          >
            {t('file.send')}
            <span className="visually-hidden"> {delivered.file.name}</span>
          </button>
          <button type="button" className="btn" onClick={() => fileDelivery.save(delivered)}>
            {t('file.save')}
            <span className="visually-hidden"> {delivered.file.name}</span>
          </button>
        </div>
      ) : delivered ? (
        <div className="btn-row">
          <button type="button" className="btn" onClick={() => fileDelivery.open(delivered)}>
            {t('file.open')}
            {/* Several files can be ready on one screen: the name tells the buttons apart. */}
            <span className="visually-hidden"> {delivered.file.name}</span>
          </button>
        </div>
      ) : null}
    </div>
  );
}
