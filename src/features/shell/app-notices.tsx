import { use } from 'react';
import { useTranslation } from 'react-i18next';
import { NoticeBanner } from '../../components/notice-banner';
import { changesLostBy } from '../../domain/differences';
import { allWordsLoaded, loadAllWords } from '../../i18n/words';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/** One attempt (React's `use` needs the same promise on every render); a failed one shows the notice anyway. */
let wordsLoaded: Promise<void> | undefined;

/** The machine's current notices and, when another tab changed the open assessment, the choice it needs. */
export function AppNotices() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const notices = useWizardSelector((s) => s.context.notices);
  const conflict = useWizardSelector((s) => s.context.conflict !== null);
  // What "use the latest" would throw away, said before it is chosen.
  const lost = useWizardSelector((s) =>
    s.context.conflict && s.context.assessment ? changesLostBy(s.context.assessment, s.context.conflict) : 0,
  );
  // The conflict choice, and the values of some notices, use words beyond the first screen's: shown once they
  // are there (the shell's Suspense waits); without a connection, the notice comes with the words it has.
  if ((conflict || notices.length) && !allWordsLoaded()) use((wordsLoaded ??= loadAllWords().catch(() => undefined)));
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
