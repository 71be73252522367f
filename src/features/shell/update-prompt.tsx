import { useTranslation } from 'react-i18next';
import { usePwaUpdates } from '../../app/pwa-updates';

/**
 * Offers a waiting new version; the user decides when (never applied under their feet).
 * Shown as a toast fixed to the bottom of the screen so that it never pushes the page.
 */
export function UpdatePrompt() {
  const { t } = useTranslation('common');
  const { needRefresh, offlineReady, applyUpdate, dismiss } = usePwaUpdates();
  if (needRefresh) {
    return (
      <div className="notice toast" role="status">
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
  if (offlineReady) {
    return (
      <div className="notice notice--success toast" role="status">
        <p>{t('update.offlineReady')}</p>
        <button type="button" className="btn btn--quiet" onClick={dismiss}>
          {t('notices.dismiss')}
        </button>
      </div>
    );
  }
  return null;
}
