import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { CONTENT_INDEX } from '../../content/content';
import type { Assessment } from '../../domain/assessment';
import { bindReportTexts } from '../../report/model/bind-texts';
import { reportContext } from '../../report/model/context';
import { buildSummary } from '../../report/model/summary';

const NAMESPACES = ['report', 'common', 'checklist', 'legal'] as const;

/**
 * Page 1 of the PDF, on screen: built by the same pure code as the report
 * (src/report/model/summary.ts), without loading jsPDF, in the screen's language.
 */
export function ReportSummary({ assessment, date }: { assessment: Assessment; date: Date }) {
  const { i18n } = useTranslation([...NAMESPACES]);
  const language = useLanguage();
  const summary = useMemo(() => {
    const texts = bindReportTexts({
      common: i18n.getFixedT(language, 'common'),
      checklist: i18n.getFixedT(language, 'checklist'),
      legal: i18n.getFixedT(language, 'legal'),
      report: i18n.getFixedT(language, 'report'),
    });
    return buildSummary(reportContext({ assessment, index: CONTENT_INDEX, language, date, texts }));
  }, [assessment, date, i18n, language]);

  return (
    <section aria-labelledby="report-summary-heading" className="report-summary">
      <h2 id="report-summary-heading">{summary.heading}</h2>
      <dl>
        {summary.facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <p>
        <strong>{summary.completeness}</strong>
      </p>
      {summary.draft ? <p className="notice">{summary.draft}</p> : null}
      <h3>{summary.readiness.heading}</h3>
      <ul className="report-summary__bars">
        {[summary.readiness.overall, ...summary.readiness.bars].map((b) => (
          <li key={b.label}>
            <span>{`${b.label}: ${b.value} · ${b.detail}`}</span>
            {b.ratio === null ? null : <meter min={0} max={1} value={b.ratio} aria-hidden="true" />}
          </li>
        ))}
      </ul>
      <p className="field__hint">{summary.readiness.note}</p>
      <h3>{summary.doFirst.heading}</h3>
      {summary.doFirst.items.length === 0 ? (
        <p>{summary.doFirst.none}</p>
      ) : (
        <ol>
          {summary.doFirst.items.map((item) => (
            <li key={item.itemId}>
              <strong>{item.ref}</strong> {item.action}{' '}
              <span className="field__hint">{[item.clause, item.plan].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ol>
      )}
      <p className="field__hint">{summary.notice}</p>
    </section>
  );
}
