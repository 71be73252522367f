import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { StepHeading } from '../../components/step-heading';
import { formatBytes } from '../../i18n/format';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/** Where the data lives, how to back it up, and what the browser promised about keeping it. */
export function PrivacyScreen() {
  const { t } = useTranslation('common');
  const lng = useLanguage();
  const send = useWizardSend();
  const persisted = useWizardSelector((s) => s.context.persisted);
  const quarantined = useWizardSelector((s) => s.context.quarantined);
  // A damaged copy can be deleted once it has been downloaded here, so nothing goes without a copy kept.
  const [downloaded, setDownloaded] = useState<ReadonlySet<string>>(new Set());
  return (
    <>
      <StepHeading>{t('privacy.title')}</StepHeading>
      <p>{t('privacy.p1')}</p>
      <p>{t('privacy.p2')}</p>
      <p>{t('privacy.p3')}</p>
      <p>{t('privacy.offline')}</p>
      <p className="note">{persisted ? t('privacy.persisted') : t('privacy.notPersisted')}</p>
      {quarantined.length ? (
        <section aria-labelledby="set-aside-title">
          <h2 id="set-aside-title">{t('privacy.setAsideTitle')}</h2>
          <p>{t('privacy.setAsideText')}</p>
          <p>{t('privacy.setAsideDeleteHint')}</p>
          <ul className="plain-list">
            {quarantined.map((q, i) => (
              <li key={q.key}>
                <span>{t('privacy.setAsideItem', { n: i + 1, size: formatBytes(q.size, lng) })}</span>
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    send({ type: 'quarantine.export', key: q.key });
                    setDownloaded((d) => new Set(d).add(q.key));
                  }}
                >
                  {t('privacy.setAsideDownload')}
                </button>
                {downloaded.has(q.key) ? (
                  <button
                    type="button"
                    className="btn btn--danger"
                    onClick={() => send({ type: 'quarantine.discard', key: q.key })}
                  >
                    {t('privacy.setAsideDelete', { n: i + 1 })}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className="btn-row">
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'nav.close' })}>
          {t('nav.back')}
        </button>
      </div>
    </>
  );
}
