import { CONTENT_INDEX, type ContentIndex } from '../content/content';
import type { Assessment } from '../domain/assessment';
import { fileSlug } from '../domain/file-name';
import { LANGUAGE_INFO, LAW_LANGUAGE, type Language } from '../domain/languages';
import { isoDay } from '../lib/download';
import { actionRows } from './model/action-rows';
import { reportContext } from './model/context';
import type { ReportTexts } from './model/types';

/**
 * The action plan as CSV for spreadsheets: UTF-8 with a byte-order mark (so
 * Excel shows Vietnamese correctly), CRLF line ends, every field quoted, and
 * cells that a spreadsheet would run as a formula (=, +, -, @) made inert.
 */

const BOM = '\uFEFF';

export function csvField(value: string): string {
  const inert = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${inert.replace(/"/g, '""')}"`;
}

/** Spreadsheets split a CSV by the system's list separator, which follows the language's settings. */
export const csvSeparator = (language: Language): string => LANGUAGE_INFO[language].csvSeparator;

export function actionPlanCsv(
  assessment: Assessment,
  index: ContentIndex,
  texts: ReportTexts,
  language: Language,
  date: Date,
  separator = ',',
): string {
  const { report, legal } = texts;
  if (!assessment.profile) return BOM;
  const rows = actionRows(reportContext({ assessment, index, language, date, texts }));
  // Outside the law's own language, citations are unofficial renderings (Citation spec, rule 7).
  const cite = (citations: string[]) =>
    language === LAW_LANGUAGE ? citations.join('; ') : `${legal('unofficial')}: ${citations.join('; ')}`;
  const head = [
    report('plan.number'),
    report('csv.area'),
    report('csv.question'),
    report('csv.answer'),
    report('plan.priority'),
    report('plan.kind'),
    report('plan.action'),
    report('fields.evidenceNeeded'),
    report('fields.note'),
    report('fields.evidenceRef'),
    report('plan.owner'),
    report('plan.due'),
    report('csv.status'),
    report('csv.progress'),
    report('fields.citation'),
  ];
  const body = rows.map((r) => [
    r.number,
    r.area,
    r.question,
    r.answer,
    r.priority,
    r.kind,
    r.action,
    r.evidenceNeeded,
    r.note,
    r.evidenceRef,
    r.owner === '—' ? '' : r.owner,
    r.dueIso,
    r.status,
    r.progress,
    cite(r.citations),
  ]);
  return (
    BOM +
    [head, ...body].map((row) => row.map((v) => csvField(v.normalize('NFC'))).join(separator)).join('\r\n') +
    '\r\n'
  );
}

export async function actionPlanCsvFile(
  assessment: Assessment,
  language: Language,
  date: Date,
): Promise<{ blob: Blob; fileName: string }> {
  const { reportTexts } = await import('./report-texts');
  const csv = actionPlanCsv(
    assessment,
    CONTENT_INDEX,
    await reportTexts(language),
    language,
    date,
    csvSeparator(language),
  );
  const name = fileSlug(assessment.profile?.productName ?? '', 'product');
  return {
    blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    fileName: `ocop-action-plan-${name}-${isoDay(date)}-${language}.csv`,
  };
}
