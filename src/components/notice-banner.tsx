import type { ReactNode } from 'react';
import { textKey } from '../content/text-keys';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../domain/notice';

interface NoticeBannerProps {
  notices: readonly Notice[];
  onDismiss?: () => void;
  children?: ReactNode;
}

/**
 * Messages from the app (import results, storage problems), shown together so
 * that no repair goes unreported. Errors are announced at once, others politely.
 */
export function NoticeBanner({ notices, onDismiss, children }: NoticeBannerProps) {
  const { t } = useTranslation('common');
  const tone = notices.some((n) => n.tone === 'error') ? 'error' : (notices[0]?.tone ?? 'info');
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <div className="notice__text">
        {notices.map((n) => (
          <p key={`${n.key}:${JSON.stringify(n.values ?? {})}`}>{t(textKey('common', `notices.${n.key}`), n.values)}</p>
        ))}
      </div>
      {children}
      {onDismiss ? (
        <button type="button" className="btn btn--quiet" onClick={onDismiss}>
          {t('notices.dismiss')}
        </button>
      ) : null}
    </div>
  );
}
