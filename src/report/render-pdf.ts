import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable } from 'jspdf-autotable';
import { LANGUAGE_INFO } from '../domain/languages';
import type { ReportModel, Section, SectionKind } from './model/types';
import { COLOR } from './pdf/colors';
import { PAGE_FORMATS } from './pdf/formats';
import { renderActionPlan } from './pdf/render-action-plan';
import { renderDetails } from './pdf/render-details';
import { renderLegalBasis } from './pdf/render-legal-basis';
import { renderParagraphs } from './pdf/render-paragraphs';
import { renderSinceLastTime } from './pdf/render-since-last-time';
import { renderSummary } from './pdf/render-summary';
import { speedUpDocument } from './pdf/jspdf-speed/speed-up';
import { FONT, PdfWriter } from './pdf/writer';

/**
 * Lays a ReportModel out with jsPDF and jspdf-autotable, one renderer per
 * section kind. Both libraries and the font are passed in, so this module
 * costs nothing until a report is made and runs the same in Node tests.
 */

export interface PdfFonts {
  /** TrueType files as binary strings or base64. */
  regular: string;
  bold: string;
}

export interface PdfLibs {
  jsPDF: typeof JsPdf;
  autoTable: typeof AutoTable;
}

type Renderers = { [K in SectionKind]: (w: PdfWriter, s: Extract<Section, { kind: K }>) => void };

const RENDERERS: Renderers = {
  summary: renderSummary,
  sinceLastTime: renderSinceLastTime,
  actionPlan: renderActionPlan,
  details: renderDetails,
  legalBasis: renderLegalBasis,
  paragraphs: renderParagraphs,
};

function render<K extends SectionKind>(w: PdfWriter, section: Extract<Section, { kind: K }>): void {
  (RENDERERS[section.kind] as (w: PdfWriter, s: Extract<Section, { kind: K }>) => void)(w, section);
}

function setUp(model: ReportModel, libs: PdfLibs, fonts: PdfFonts, date: Date): JsPdf {
  const f = PAGE_FORMATS[model.meta.format];
  // Two decimals of a point (1/3600 inch) are finer than any printer or screen, and keep the file small.
  const doc = new libs.jsPDF({
    unit: 'mm',
    format: [f.width, f.height],
    compress: true,
    putOnlyUsedFonts: true,
    floatPrecision: 2,
  });
  doc.addFileToVFS(`${FONT}-Regular.ttf`, fonts.regular);
  doc.addFont(`${FONT}-Regular.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  speedUpDocument(libs.jsPDF, doc);
  // Deterministic bytes for the same input: fixed creation date and file id.
  doc.setCreationDate(date);
  doc.setFileId(fileId(model.meta.fileName + date.toISOString()));
  const { title, subject, author, creator, keywords } = model.meta;
  doc.setProperties({ title, subject, author, creator, keywords });
  doc.setLanguage(LANGUAGE_INFO[model.meta.language].pdfLanguage);
  doc.viewerPreferences({ DisplayDocTitle: true });
  return doc;
}

/** Page x of y on the left, the date on the right, the product between, shortened to fit. */
function footers(w: PdfWriter, footer: ReportModel['footer']): void {
  const { doc, f } = w;
  const pages = doc.getNumberOfPages();
  const baseline = f.height - f.margin.bottom * 0.42;
  const right = w.left + w.width;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    w.font(f.size.footer, 'normal', COLOR.muted);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.2);
    doc.line(w.left, f.height - f.margin.bottom * 0.72, right, f.height - f.margin.bottom * 0.72);
    const label = footer.pageTemplate.replace('{{page}}', String(page)).replace('{{pages}}', String(pages));
    doc.text(label, w.left, baseline);
    doc.text(footer.date, right, baseline, { align: 'right' });
    const from = w.left + doc.getTextWidth(label) + 4;
    const to = right - doc.getTextWidth(footer.date) - 4;
    doc.text(fitWithEllipsis(doc, footer.product, to - from), (from + to) / 2, baseline, { align: 'center' });
  }
}

export function renderReportPdf(model: ReportModel, libs: PdfLibs, fonts: PdfFonts, date: Date): JsPdf {
  const doc = setUp(model, libs, fonts, date);
  const w = new PdfWriter(doc, libs.autoTable, PAGE_FORMATS[model.meta.format]);
  for (const section of model.sections) render(w, section);
  w.resolveLinks();
  footers(w, model.footer);
  return doc;
}

/** The text shortened with "…" so that it fits the width at the current font and size. */
function fitWithEllipsis(doc: JsPdf, text: string, width: number): string {
  if (doc.getTextWidth(text) <= width) return text;
  let chars = [...text];
  while (chars.length > 1 && doc.getTextWidth(`${chars.join('')}…`) > width) chars = chars.slice(0, -1);
  return `${chars.join('').trimEnd()}…`;
}

/** A 32-hex-digit id derived from the input (FNV-1a), so the same report has the same bytes. */
function fileId(seed: string): string {
  let out = '';
  for (let round = 0; round < 4; round += 1) {
    let h = 0x811c9dc5 ^ round;
    for (let i = 0; i < seed.length; i += 1) {
      h ^= seed.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    out += h.toString(16).padStart(8, '0');
  }
  return out.toUpperCase();
}
