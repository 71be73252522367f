import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/step-heading';
import { formatInstrument } from '../../content/citation';
import { CONTENT } from '../../content/content';
import { formatDate } from '../../i18n/format';
import { useWizardSend } from '../../app/wizard-context';

/** Every instrument of the register: number, title, issuer, verified dates, amendments, status; and the programme-period note. */
export function LegalBasisScreen() {
  const { t, i18n } = useTranslation(['common', 'legal']);
  const send = useWizardSend();
  const lng = i18n.resolvedLanguage ?? 'vi';
  const legalT = (key: string, options?: Record<string, unknown>) => t(`legal:${key}`, options);
  const date = formatDate(CONTENT.lawAsOf, lng);
  return (
    <>
      <StepHeading>{t('common:legalPage.title')}</StepHeading>
      <p>{t('common:legalPage.intro')}</p>
      <p className="note">{t('legal:period', { date })}</p>
      <p>{t('common:legalPage.version', { version: CONTENT.version, date })}</p>
      <p className="field__hint">{t('common:legalPage.statusHelp')}</p>
      <ul className="cards">
        {CONTENT.instruments.map((i) => (
          <li key={i.id} className="card">
            <h2>{formatInstrument(legalT, i)}</h2>
            <p>{t(`legal:instruments.${i.id}.title`)}</p>
            <p className="card__meta">{t(`legal:issuers.${i.issuer}`)}</p>
            <p className="card__meta">
              {i.date ? t('common:legalPage.issued', { date: formatDate(i.date, lng) }) : t('common:legalPage.noDate')}
              {i.effective ? ` · ${t('common:legalPage.effective', { date: formatDate(i.effective, lng) })}` : ''}
            </p>
            {i.amendedBy.map((by) => {
              const amending = CONTENT.instruments.find((x) => x.id === by);
              return amending ? (
                <p key={by} className="card__meta">
                  {t('common:legalPage.amendedBy', { by: formatInstrument(legalT, amending) })}
                </p>
              ) : null;
            })}
            <p className="card__meta">{t('common:legalPage.status', { status: t(`legal:statuses.${i.status}`) })}</p>
            {i.source ? (
              <p className="card__meta">
                <a className="link-target" href={i.source} rel="noreferrer noopener" target="_blank">
                  {t('common:legalPage.source')}
                </a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="btn-row">
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'nav.close' })}>
          {t('common:nav.back')}
        </button>
      </div>
    </>
  );
}
