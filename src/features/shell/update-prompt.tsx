import { useTranslation } from 'react-i18next';
import { usePwaUpdates } from '../../lib/use-pwa-updates';

/**
 * Offers a waiting new version; the user decides when (never applied under their feet).
 * Shown in the page's flow above the step, like the other notices, so that it never covers a field.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const { needRefresh, applyUpdate, dismiss } = usePwaUpdates();
  if (!needRefresh) return null;
  return (
    <div className="notice" role="status">
      <p>{t('update.available')}</p>
      <button type="button" className="btn btn--primary" onClick={applyUpdate}>
        {t('update.reload')}
      </button>
      <button type="button" className="btn" onClick={dismiss}>
        {t('update.later')}
      </button>
    </div>
  );
}

/**
 * "Ready offline" is good news that needs no answer: one small line in the footer, out of the way of the
 * form the producer is filling in on a first visit (it goes away by itself). The live region is always
 * there, so screen readers announce the line when it appears.
 */
export function OfflineReadyNote() {
  const { t } = useTranslation('common');
  const { offlineReady } = usePwaUpdates();
  return (
    <p className="offline-ready" role="status">
      {offlineReady ? t('update.offlineReady') : ''}
    </p>
  );
}
