import { formatCitation } from '../content/citation';
import { CONTENT_INDEX, type ContentIndex } from '../content/content';
import type { Assessment, Language } from '../domain/assessment';
import { scoreAssessment } from '../domain/scoring';
import { cleanText } from '../domain/text';
import { fileSlug, isoDay } from '../lib/download';
import type { ReportTexts } from './report-model';

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

/**
 * Spreadsheets split a CSV by the system's list separator: ";" where the decimal comma is used
 * (Vietnamese Windows and Excel), "," in English settings.
 */
export const csvSeparator = (language: Language): string => (language === 'vi' ? ';' : ',');

export function actionPlanCsv(
  assessment: Assessment,
  index: ContentIndex,
  texts: ReportTexts,
  separator = ',',
): string {
  const { common, checklist, legal, report } = texts;
  if (!assessment.profile) return BOM;
  const result = scoreAssessment(index, assessment.profile, assessment.answers);
  const head = [
    report('plan.number'),
    report('unanswered.area'),
    report('summary.question'),
    report('fields.answer'),
    report('fields.priority'),
    report('fields.kind'),
    report('fields.action'),
    report('fields.evidenceNeeded'),
    report('fields.note'),
    report('fields.evidenceRef'),
    report('fields.owner'),
    report('fields.due'),
    report('fields.citation'),
  ];
  const rows = result.gaps.map((g, i) => {
    const action = checklist(`items.${g.item.id}.action`);
    return [
      String(i + 1),
      checklist(`sections.${g.section}.title`),
      checklist(`items.${g.item.id}.question`),
      g.value ? common(`answers.${g.value}`) : '',
      common(`priorities.${g.item.priority}`),
      common(`kinds.${g.kind}`),
      g.value === 'unknown' ? report('findOutFirst', { action }) : action,
      checklist(`items.${g.item.id}.evidence`),
      cleanText(g.answer?.note ?? ''),
      cleanText(g.answer?.evidence ?? ''),
      cleanText(assessment.plan[g.item.id]?.owner ?? ''),
      assessment.plan[g.item.id]?.due ?? '',
      g.item.cites.map((c) => formatCitation(legal, index, c.provision).text).join('; '),
    ];
  });
  return BOM + [head, ...rows].map((row) => row.map((v) => csvField(v.normalize('NFC'))).join(separator)).join('\r\n') + '\r\n';
}

export async function actionPlanCsvFile(
  assessment: Assessment,
  language: Language,
  date: Date,
): Promise<{ blob: Blob; fileName: string }> {
  const { reportTexts } = await import('./report-texts');
  const csv = actionPlanCsv(assessment, CONTENT_INDEX, await reportTexts(language), csvSeparator(language));
  const name = fileSlug(assessment.profile?.productName ?? '', 'product');
  return {
    blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }),
    fileName: `ocop-action-plan-${name}-${isoDay(date)}-${language}.csv`,
  };
}
