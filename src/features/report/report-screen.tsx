import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import * as z from 'zod/mini';
import { StepHeading } from '../../components/step-heading';
import { isLanguage, LANGUAGE_INFO, LANGUAGES, type Language } from '../../domain/languages';
import { REPORT_FORMATS, type ReportFormat } from '../../domain/report-format';
import { choice } from '../../forms/schema-parts';
import { useAutosave } from '../../forms/use-autosave';
import { deviceReportFormat } from './device-format';
import { FileReady } from './file-ready';
import { WizardContext, useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { ReportSummary } from './report-summary';

const reportSchema = z.object({ language: choice(LANGUAGES), format: choice(REPORT_FORMATS) });
type ReportFormValues = z.input<typeof reportSchema>;
type ReportChoice = z.output<typeof reportSchema>;

/**
 * The report step's form: the report's language (its own choice, independent
 * of the screen's) and page format, both remembered with the assessment, then
 * make and download the PDF. Also the exports of the assessment and of the
 * action plan.
 */
export function ReportScreen() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const actor = WizardContext.useActorRef();
  const busy = useWizardSelector((s) => s.hasTag('generatingReport'));
  const failed = useWizardSelector((s) => s.context.lastReport?.state === 'failed');
  const screenLanguage = useLanguage();
  // Read once: from here on the form owns them. The language is saved on every change, the format with the
  // report made; until then the format goes by the device (a phone's screen gets the phone page).
  const [initial] = useState<{ language: Language; format: ReportFormat }>(() => {
    const assessment = actor.getSnapshot().context.assessment;
    return {
      language: assessment?.reportLanguage ?? screenLanguage,
      format: assessment?.reportFormat ?? deviceReportFormat(),
    };
  });
  const { register, handleSubmit, watch, control } = useForm<ReportFormValues, unknown, ReportChoice>({
    defaultValues: initial,
    resolver: zodResolver(reportSchema),
  });
  useAutosave(watch, (values) => {
    if (isLanguage(values.language)) send({ type: 'report.setLanguage', language: values.language });
  });
  const watched = useWatch({ control, name: 'language' });
  const language = isLanguage(watched) ? watched : initial.language;
  const languageField = register('language');
  const formatField = register('format');
  const assessment = useWizardSelector((s) => s.context.assessment);
  // The summary is dated like the report: today.
  const [today] = useState(() => new Date());

  return (
    <>
      <form
        noValidate
        onSubmit={handleSubmit(({ language, format }) => {
          if (!busy) send({ type: 'report.generate', language, format });
        })}
      >
        <StepHeading>{t('report.title')}</StepHeading>
        <p>{t('report.intro')}</p>
        <fieldset aria-describedby="report-language-hint">
          <legend>{t('report.language')}</legend>
          <span className="field__hint" id="report-language-hint">
            {t('report.languageHint')}
          </span>
          <div className="choices">
            {LANGUAGES.map((lng) => (
              <label key={lng} className="choice" lang={lng}>
                <input type="radio" value={lng} {...languageField} />
                <span>{LANGUAGE_INFO[lng].nativeName}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{t('report.format')}</legend>
          <div className="choices">
            {REPORT_FORMATS.map((format) => (
              <label key={format} className="choice">
                <input type="radio" value={format} {...formatField} />
                <span>{t(`report.formats.${format}`)}</span>
              </label>
            ))}
          </div>
        </fieldset>
        <div className="btn-row">
          <button type="submit" className="btn btn--primary" aria-disabled={busy || undefined}>
            {busy ? t('report.generating') : t('report.generate')}
          </button>
        </div>
        <p role="status">{busy ? t('report.generating') : ''}</p>
        <FileReady kind="report" />
        {failed ? (
          <p className="notice notice--error" role="alert">
            {t('report.failed')}
          </p>
        ) : null}
      </form>
      {assessment?.profile ? <ReportSummary assessment={assessment} date={today} /> : null}

      <h2>{t('report.otherTitle')}</h2>
      <div className="btn-row">
        <button
          type="button"
          className="btn"
          aria-describedby="export-hint"
          onClick={() => send({ type: 'assessment.export' })}
        >
          {t('report.export')}
        </button>
      </div>
      <p className="field__hint" id="export-hint">
        {t('report.exportHint')}
      </p>
      <FileReady kind="backup" />
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => send({ type: 'plan.exportCsv', language })}>
          {t('report.exportCsv')}
        </button>
      </div>
      <FileReady kind="plan" />
      <div className="btn-row">
        <button type="button" className="btn" onClick={() => send({ type: 'nav.back' })}>
          {t('nav.back')}
        </button>
      </div>
    </>
  );
}
