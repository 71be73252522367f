import { extractText, getDocumentProxy } from 'unpdf';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import type { Language } from '../domain/languages';
import type { ReportFormat } from '../domain/report-format';
import { renderReportPdf } from '../report/render-pdf';
import { speedUpJsPdf } from '../report/pdf/jspdf-speed/speed-up';
import { buildReportModel, type ReportModel, type ReportTexts } from '../report/report-model';
import { nodePdfFonts } from './fonts';
import { fixedT } from './i18n';
import { FIXED_DATE } from './assessments';
import { bindReportTexts } from '../report/model/bind-texts';

// As the app does when it loads jsPDF (src/report/generate-report.ts).
speedUpJsPdf(jsPDF);

export function nodeReportTexts(lng: Language): ReportTexts {
  return bindReportTexts({
    common: fixedT(lng, 'common'),
    checklist: fixedT(lng, 'checklist'),
    legal: fixedT(lng, 'legal'),
    report: fixedT(lng, 'report'),
  });
}

export function reportModel(
  assessment: Assessment,
  language: Language,
  format: ReportFormat = 'a4',
  date = FIXED_DATE,
): ReportModel {
  return buildReportModel({
    assessment,
    index: CONTENT_INDEX,
    language,
    format,
    date,
    texts: nodeReportTexts(language),
  });
}

export function reportPdf(
  assessment: Assessment,
  language: Language,
  format: ReportFormat = 'a4',
  date = FIXED_DATE,
): ArrayBuffer {
  const model = reportModel(assessment, language, format, date);
  return renderReportPdf(model, { jsPDF, autoTable }, nodePdfFonts(), date).output('arraybuffer');
}

/** Text of each page, NFC, as a PDF reader extracts it. */
export async function pdfPages(buffer: ArrayBuffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer.slice(0)));
  const { text } = await extractText(pdf, { mergePages: false });
  return text.map((t) => t.normalize('NFC'));
}

/** Text of the whole document with line breaks and runs of spaces folded, for phrase assertions. */
export async function pdfText(buffer: ArrayBuffer): Promise<string> {
  return (await pdfPages(buffer)).join('\n').replace(/\s+/g, ' ');
}

export interface PdfTextItem {
  str: string;
  x: number;
  /** From the bottom of the page, in points. */
  y: number;
  size: number;
}

export interface PdfPageItems {
  width: number;
  height: number;
  items: PdfTextItem[];
}

/** Every text item of every page with its position and font size, as pdf.js reads them. */
export async function pdfLayout(buffer: ArrayBuffer): Promise<PdfPageItems[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer.slice(0)));
  const pages: PdfPageItems[] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const page = await pdf.getPage(n);
    const [, , width, height] = page.view;
    const content = await page.getTextContent();
    const items = content.items
      .filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '')
      .map((i) => ({
        str: i.str.normalize('NFC'),
        x: i.transform[4],
        y: i.transform[5],
        size: Math.hypot(i.transform[2], i.transform[3]),
      }));
    pages.push({ width, height, items });
  }
  return pages;
}

export interface OutlineEntry {
  title: string;
  children: OutlineEntry[];
}

export async function pdfOutline(buffer: ArrayBuffer): Promise<OutlineEntry[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer.slice(0)));
  const map = (nodes: { title: string; items: unknown[] }[] | null): OutlineEntry[] =>
    (nodes ?? []).map((n) => ({
      title: n.title.normalize('NFC'),
      children: map(n.items as { title: string; items: unknown[] }[]),
    }));
  return map((await pdf.getOutline()) as { title: string; items: unknown[] }[] | null);
}

/** The 1-based page each internal link of a page points to. */
export async function pdfLinks(buffer: ArrayBuffer, pageNumber: number): Promise<{ rect: number[]; target: number }[]> {
  const pdf = await getDocumentProxy(new Uint8Array(buffer.slice(0)));
  const page = await pdf.getPage(pageNumber);
  const annotations = (await page.getAnnotations()) as { subtype: string; dest?: unknown[]; rect: number[] }[];
  const out: { rect: number[]; target: number }[] = [];
  for (const a of annotations) {
    if (a.subtype !== 'Link' || !Array.isArray(a.dest)) continue;
    out.push({ rect: a.rect, target: (await pdf.getPageIndex(a.dest[0] as never)) + 1 });
  }
  return out;
}
