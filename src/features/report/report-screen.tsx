import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/step-heading';
import { LANGUAGES, type Language } from '../../domain/assessment';
import { formatBytes } from '../../i18n/format';
import { useWizardSelector, useWizardSend } from '../../app/wizard-context';

/** Make the PDF in either language, whatever the screen's; export the assessment and the action plan. */
export function ReportScreen() {
  const { t, i18n } = useTranslation('common');
  const send = useWizardSend();
  const report = useWizardSelector((s) => s.context.report);
  const saved = useWizardSelector((s) => s.context.assessment?.reportLanguage ?? null);
  const screenLanguage = (i18n.resolvedLanguage ?? 'vi') as Language;
  const language: Language = saved ?? screenLanguage;
  const busy = report.state === 'generating';

  return (
    <>
      <StepHeading>{t('report.title')}</StepHeading>
      <p>{t('report.intro')}</p>
      <fieldset>
        <legend>{t('report.language')}</legend>
        <span className="field__hint">{t('report.languageHint')}</span>
        <div className="choices">
          {LANGUAGES.map((lng) => (
            <label key={lng} className="choice" lang={lng}>
              <input
                type="radio"
                name="report-language"
                value={lng}
                checked={language === lng}
                onChange={() => send({ type: 'report.setLanguage', language: lng })}
              />
              <span>{t(`language.${lng}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="btn-row">
        <button
          type="button"
          className="btn btn--primary"
          aria-disabled={busy || undefined}
          onClick={() => !busy && send({ type: 'report.generate', language })}
        >
          {busy ? t('report.generating') : t('report.generate')}
        </button>
      </div>
      <p role="status">
        {report.state === 'ready'
          ? t('report.ready', { file: report.fileName, size: formatBytes(report.size, screenLanguage) })
          : report.state === 'generating'
            ? t('report.generating')
            : ''}
      </p>
      {report.state === 'failed' ? (
        <p className="notice notice--error" role="alert">
          {t('report.failed')}
        </p>
      ) : null}

      <h2>{t('report.otherTitle')}</h2>
      <p className="field__hint">{t('report.exportHint')}</p>
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => send({ type: 'assessment.export' })}>
          {t('report.export')}
        </button>
        <button type="button" className="btn" onClick={() => send({ type: 'plan.exportCsv', language })}>
          {t('report.exportCsv')}
        </button>
      </div>
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => send({ type: 'nav.back' })}>
          {t('nav.back')}
        </button>
      </div>
    </>
  );
}
