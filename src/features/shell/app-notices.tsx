import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '../../components/notice-banner';
import { changesLostBy } from '../../domain/differences';
import { isImportProblem } from '../../domain/notice';
import { useAllWordsWhen } from '../../i18n/use-all-words';
import { useScreen } from '../../wizard/use-screen';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/** The machine's current notices and, when another tab changed the open assessment, the choice it needs. */
export function AppNotices() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const all = useWizardSelector((s) => s.context.notices);
  // On the welcome screen, a file that could not be opened is said beside the file field (../welcome/import-file.tsx).
  const notices = useScreen() === 'welcome' ? all.filter((n) => !isImportProblem(n)) : all;
  const conflict = useWizardSelector((s) => s.context.conflict !== null);
  // What "use the latest" would throw away, said before it is chosen.
  const lost = useWizardSelector((s) =>
    s.context.conflict && s.context.assessment ? changesLostBy(s.context.assessment, s.context.conflict) : 0,
  );
  // Shown once their words are there (the shell's Suspense waits).
  useAllWordsWhen(conflict || notices.length > 0);
  return (
    <>
      {conflict ? (
        // Sticky: the user is usually typing further down the page when another tab saves.
        <div className="notice notice--error notice--sticky" role="alert">
          <p>{t('conflict.message')}</p>
          <p>{t('conflict.unsaved')}</p>
          {lost ? <p>{t('conflict.willLose', { count: lost })}</p> : null}
          <div className="btn-row">
            <button type="button" className="btn btn--primary" onClick={() => send({ type: 'conflict.keepMine' })}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" className="btn" onClick={() => send({ type: 'conflict.reload' })}>
              {t('conflict.reload')}
            </button>
          </div>
        </div>
      ) : null}
      {notices.length ? <NoticeBanner notices={notices} onDismiss={() => send({ type: 'notice.dismiss' })} /> : null}
    </>
  );
}
