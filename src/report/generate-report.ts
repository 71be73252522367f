import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import type { Language } from '../domain/languages';
import type { ReportFormat } from '../domain/report-format';
import { loadPdfFonts } from './fonts';
import { speedUpJsPdf } from './pdf/jspdf-speed/speed-up';
import { renderReportPdf } from './render-pdf';
import { buildReportModel } from './report-model';
import { reportTexts } from './report-texts';

/**
 * The browser entry of the report, loaded with import() when the user asks for
 * one: jsPDF, the table plugin, the fonts and the report's language files load
 * here and nowhere else.
 */
export async function generateReportFile(
  assessment: Assessment,
  language: Language,
  format: ReportFormat,
  date: Date,
): Promise<{ blob: Blob; fileName: string }> {
  const [{ jsPDF }, { autoTable }, fonts, texts] = await Promise.all([
    import('jspdf'),
    import('jspdf-autotable'),
    loadPdfFonts(),
    reportTexts(language),
  ]);
  speedUpJsPdf(jsPDF);
  const model = buildReportModel({ assessment, index: CONTENT_INDEX, language, format, date, texts });
  const doc = renderReportPdf(model, { jsPDF, autoTable }, fonts, date);
  return { blob: doc.output('blob'), fileName: model.meta.fileName };
}
