import { useTranslation } from 'react-i18next';
import type { LegalT } from '../../content/citation';
import { nsTextKey } from '../../content/text-keys';
import { useLanguage } from '../../i18n/use-language';
import { LAW_LANGUAGE } from '../../domain/languages';
import { StepHeading } from '../../components/step-heading';
import { formatInstrument } from '../../content/citation';
import { CONTENT, CONTENT_INDEX } from '../../content/content';
import { wordingStatuses } from '../../content/instrument-status';
import { CITATION_STATUSES } from '../../content/types';
import { formatDate } from '../../i18n/format';
import { useWizardSend } from '../../wizard/wizard-context';

/**
 * Every instrument of the register: number, title, issuer, verified dates, amendments, the status
 * of the instrument and, beside it, the status of the wording of its cited articles (an instrument
 * verified to exist can still be cited from a source article); the programme-period note; what
 * each status means. Outside Vietnamese, titles and the period note are our translations and say
 * so (Citation spec, rule 7).
 */
export function LegalBasisScreen() {
  const { t } = useTranslation(['common', 'legal']);
  const send = useWizardSend();
  const lng = useLanguage();
  const legalT: LegalT = (key, options) => t(`legal:${key}`, options);
  const date = formatDate(CONTENT.lawAsOf, lng);
  const translated = lng !== LAW_LANGUAGE;
  const unofficial = translated ? (
    <>
      <span className="tag">{t('legal:unofficial')}</span>{' '}
    </>
  ) : null;
  return (
    <>
      <StepHeading>{t('common:legalPage.title')}</StepHeading>
      <p>{t('common:legalPage.intro')}</p>
      <p className="note" data-testid="legal-period">
        {unofficial}
        {t('legal:period', { date })}
      </p>
      <p>{t('common:legalPage.version', { version: CONTENT.version, date })}</p>
      <section aria-labelledby="legal-statuses">
        <h2 id="legal-statuses">{t('common:legalPage.statusesTitle')}</h2>
        <p className="field__hint">{t('common:legalPage.statusHelp')}</p>
        <dl className="legal-statuses">
          {CITATION_STATUSES.map((s) => (
            <div key={s}>
              <dt>{t(`legal:statuses.${s}`)}</dt>
              <dd>{t(`legal:statusMeaning.${s}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <ul className="cards">
        {CONTENT.instruments.map((i) => (
          <li key={i.id} className="card" data-instrument={i.id}>
            <h2>{formatInstrument(legalT, i)}</h2>
            <p>
              {unofficial}
              {t(nsTextKey('legal', `instruments.${i.id}.title`))}
            </p>
            <p className="card__meta">{t(nsTextKey('legal', `issuers.${i.issuer}`))}</p>
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
            <WordingStatus instrumentId={i.id} />
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

/** The statuses of the cited articles' wording, when the checklist cites any article of this instrument. */
function WordingStatus({ instrumentId }: { instrumentId: string }) {
  const { t } = useTranslation(['common', 'legal']);
  const statuses = wordingStatuses(CONTENT_INDEX, instrumentId);
  if (statuses.length === 0) return null;
  return (
    <p className="card__meta">
      {t('common:legalPage.wording', { statuses: statuses.map((s) => t(`legal:statuses.${s}`)).join('; ') })}
    </p>
  );
}
