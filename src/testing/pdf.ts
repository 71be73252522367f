import { extractText, getDocumentProxy } from 'unpdf';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment, Language } from '../domain/assessment';
import { renderReportPdf } from '../report/render-pdf';
import { buildReportModel, type ReportModel, type ReportTexts } from '../report/report-model';
import { nodePdfFonts } from './fonts';
import { fixedT } from './i18n';
import { FIXED_DATE } from './assessments';

export function nodeReportTexts(lng: Language): ReportTexts {
  const bind = (ns: 'common' | 'checklist' | 'legal' | 'report') => {
    const t = fixedT(lng, ns);
    return (key: string, options?: Record<string, unknown>) => t(key, options) as string;
  };
  return { common: bind('common'), checklist: bind('checklist'), legal: bind('legal'), report: bind('report') };
}

export function reportModel(assessment: Assessment, language: Language, date = FIXED_DATE): ReportModel {
  return buildReportModel({ assessment, index: CONTENT_INDEX, language, date, texts: nodeReportTexts(language) });
}

export function reportPdf(assessment: Assessment, language: Language, date = FIXED_DATE): ArrayBuffer {
  const model = reportModel(assessment, language, date);
  return renderReportPdf(model, { jsPDF, autoTable }, nodePdfFonts(), date).output('arraybuffer');
}

/** Text of each page, NFC, as a PDF reader extracts it. */
export async function pdfPages(buffer: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((t) => t.normalize('NFC'));
}

/** Text of the whole document with line breaks and runs of spaces folded, for phrase assertions. */
export async function pdfText(buffer: ArrayBuffer): Promise<string> {
  return (await pdfPages(buffer)).join('\n').replace(/\s+/g, ' ');
}
