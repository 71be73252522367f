import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../machines/storage-protocol';

interface NoticeBannerProps {
  notice: Notice;
  onDismiss?: () => void;
  children?: ReactNode;
}

/** A message from the app (import result, storage problem). Errors are announced at once, others politely. */
export function NoticeBanner({ notice, onDismiss, children }: NoticeBannerProps) {
  const { t } = useTranslation('common');
  return (
    <div className={`notice notice--${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'}>
      <p>{t(`notices.${notice.key}`, notice.values)}</p>
      {children}
      {onDismiss ? (
        <button type="button" className="btn btn--quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
