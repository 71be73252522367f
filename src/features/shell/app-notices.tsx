import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '../../components/notice-banner';
import { useWizardSelector, useWizardSend } from '../../app/wizard-context';

/** The machine's current notices and, when another tab changed the open assessment, the choice it needs. */
export function AppNotices() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const notices = useWizardSelector((s) => s.context.notices);
  const conflict = useWizardSelector((s) => s.context.conflict !== null);
  return (
    <>
      {conflict ? (
        <div className="notice notice--error" role="alert">
          <p>{t('conflict.message')}</p>
          <div className="btn-row">
            <button type="button" className="btn btn--primary" onClick={() => send({ type: 'conflict.reload' })}>
              {t('conflict.reload')}
            </button>
            <button type="button" className="btn" onClick={() => send({ type: 'conflict.keepMine' })}>
              {t('conflict.keepMine')}
            </button>
          </div>
        </div>
      ) : null}
      {notices.length ? (
        <NoticeBanner notices={notices} onDismiss={() => send({ type: 'notice.dismiss' })} />
      ) : null}
    </>
  );
}
