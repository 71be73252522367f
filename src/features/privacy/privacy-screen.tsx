import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/step-heading';
import { useWizardSelector, useWizardSend } from '../../app/wizard-context';

/** Where the data lives, how to back it up, and what the browser promised about keeping it. */
export function PrivacyScreen() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const persisted = useWizardSelector((s) => s.context.persisted);
  return (
    <>
      <StepHeading>{t('privacy.title')}</StepHeading>
      <p>{t('privacy.p1')}</p>
      <p>{t('privacy.p2')}</p>
      <p>{t('privacy.p3')}</p>
      <p>{t('privacy.offline')}</p>
      <p className="note">{persisted ? t('privacy.persisted') : t('privacy.notPersisted')}</p>
      <div className="btn-row">
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'nav.close' })}>
          {t('nav.back')}
        </button>
      </div>
    </>
  );
}
