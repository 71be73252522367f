import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable, RowInput, UserOptions } from 'jspdf-autotable';
import type { ReportModel } from './report-model';

/**
 * Lays a ReportModel out on A4 pages with jsPDF and jspdf-autotable. Both
 * libraries and the font are passed in, so this module costs nothing until a
 * report is made and runs the same in the browser and in Node tests.
 *
 * Long content is left to autoTable, which wraps cells and splits rows across
 * pages (a 10,000-character note flows over several pages), repeats table
 * heads, and keeps clear of the footer through the bottom margin.
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

const FONT = 'BeVietnamPro';
const PAGE = { width: 210, height: 297 };
const MARGIN = { top: 16, bottom: 22, left: 16, right: 16 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const CELL_PADDING = 1.8;
const LABEL_WIDTH = 40;
const BODY_SIZE = 9;
// A little more than jsPDF's 1.15, so stacked Vietnamese marks (ồ, ễ) clear the line above.
const LINE_FACTOR = 1.2;
const COLOR = {
  text: [28, 28, 28] as [number, number, number],
  muted: [84, 84, 84] as [number, number, number],
  accent: [27, 94, 32] as [number, number, number],
  accentSoft: [232, 242, 233] as [number, number, number],
  rule: [190, 190, 190] as [number, number, number],
  barBack: [225, 225, 225] as [number, number, number],
};

export function renderReportPdf(model: ReportModel, libs: PdfLibs, fonts: PdfFonts, date: Date): JsPdf {
  const doc = new libs.jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  doc.addFileToVFS(`${FONT}-Regular.ttf`, fonts.regular);
  doc.addFont(`${FONT}-Regular.ttf`, FONT, 'normal');
  doc.addFileToVFS(`${FONT}-Bold.ttf`, fonts.bold);
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');

  // Deterministic bytes for the same input: fixed creation date and file id.
  doc.setCreationDate(date);
  doc.setFileId(fileId(model.fileName + date.toISOString()));
  doc.setProperties({
    title: model.metadata.title,
    subject: model.metadata.subject,
    author: model.metadata.author,
    creator: model.metadata.creator,
    keywords: model.metadata.keywords,
  });
  doc.setLanguage(model.language === 'vi' ? 'vi' : 'en-GB');
  doc.viewerPreferences({ DisplayDocTitle: true });
  doc.setTextColor(...COLOR.text);
  doc.setLineHeightFactor(LINE_FACTOR);

  let y = MARGIN.top;
  const bottom = PAGE.height - MARGIN.bottom;

  const newPage = () => {
    doc.addPage();
    y = MARGIN.top;
  };
  const ensure = (height: number) => {
    if (y + height > bottom) newPage();
  };
  const lineHeight = (size: number) => size * 0.3528 * (LINE_FACTOR + 0.2);

  /** Wrapped text; breaks pages between lines, never inside one. */
  const paragraph = (text: string, size = 10, style: 'normal' | 'bold' = 'normal', color = COLOR.text) => {
    doc.setFont(FONT, style);
    doc.setFontSize(size);
    doc.setTextColor(...color);
    const lh = lineHeight(size);
    for (const line of doc.splitTextToSize(text, CONTENT_WIDTH) as string[]) {
      ensure(lh);
      doc.text(line, MARGIN.left, y + lh * 0.75);
      y += lh;
    }
    doc.setTextColor(...COLOR.text);
  };

  const heading = (text: string, size = 15) => {
    // Keep a heading with at least a few lines of what follows it.
    ensure(lineHeight(size) + 24);
    y += size >= 15 ? 5 : 3;
    paragraph(text, size, 'bold', COLOR.accent);
    doc.setDrawColor(...COLOR.accent);
    doc.setLineWidth(0.4);
    doc.line(MARGIN.left, y + 0.8, PAGE.width - MARGIN.right, y + 0.8);
    y += 4;
  };

  const baseTable: Partial<UserOptions> = {
    margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    styles: {
      font: FONT,
      fontStyle: 'normal',
      fontSize: BODY_SIZE,
      cellPadding: CELL_PADDING,
      lineColor: COLOR.rule,
      lineWidth: 0.2,
      textColor: COLOR.text,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOR.accent, textColor: [255, 255, 255] },
    bodyStyles: { font: FONT, fontStyle: 'normal' },
    alternateRowStyles: { fillColor: [248, 248, 248] },
    showHead: 'everyPage',
    // Keep a row on one page; only a row taller than a page (a very long note) still splits.
    rowPageBreak: 'avoid',
    theme: 'grid',
  };

  /** Lines of wrapped text at a font size in a width, measured with the embedded font. */
  const lines = (text: string, width: number, size: number, style: 'normal' | 'bold') => {
    doc.setFont(FONT, style);
    doc.setFontSize(size);
    return (doc.splitTextToSize(text, width - 2 * CELL_PADDING) as string[]).length;
  };
  const rowHeight = (n: number, size: number) => n * size * 0.3528 * LINE_FACTOR + 2 * CELL_PADDING;
  /** Height a gap block will take, as autoTable lays it out (to keep short blocks whole). */
  const blockHeight = (block: ReportModel['gaps']['areas'][number]['blocks'][number]) =>
    rowHeight(lines(`${block.number} ${block.question}`, CONTENT_WIDTH, 10, 'bold'), 10) +
    block.fields.reduce(
      (h, f) =>
        h +
        rowHeight(
          Math.max(lines(f.label, LABEL_WIDTH, BODY_SIZE, 'bold'), lines(f.value, CONTENT_WIDTH - LABEL_WIDTH, BODY_SIZE, 'normal')),
          BODY_SIZE,
        ),
      0,
    );

  const table = (options: UserOptions) => {
    libs.autoTable(doc, { ...baseTable, ...options, startY: y });
    y = (doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 5;
  };

  const listOrNone = (head: string[], rows: string[][], none: string, columnStyles?: UserOptions['columnStyles']) => {
    if (rows.length === 0) paragraph(none, 10, 'normal', COLOR.muted);
    else table({ head: [head], body: rows, columnStyles });
    y += 2;
  };

  // 1. Cover
  y = 40;
  paragraph(model.cover.title, 24, 'bold', COLOR.accent);
  y += 2;
  paragraph(model.cover.subtitle, 12, 'normal', COLOR.muted);
  y += 8;
  table({
    body: model.cover.facts.map((f) => [f.label, f.value]),
    theme: 'plain',
    styles: { ...baseTable.styles, fontSize: 11, cellPadding: 2.2 },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 60, textColor: COLOR.muted } },
  });
  y += 4;
  paragraph(model.cover.versionLine, 9, 'normal', COLOR.muted);
  y += 6;
  table({
    body: [[model.cover.notice]],
    theme: 'plain',
    styles: { ...baseTable.styles, fontSize: 10, cellPadding: 4, fillColor: COLOR.accentSoft },
  });

  // 2. Summary
  newPage();
  heading(model.summary.heading);
  paragraph(`${model.summary.overall.label}: ${model.summary.overall.value}`, 14, 'bold');
  y += 1;
  paragraph(model.summary.formula, 9, 'normal', COLOR.muted);
  y += 4;
  heading(model.summary.chartHeading, 12);
  const labelWidth = 52;
  const barX = MARGIN.left + labelWidth;
  const barWidth = CONTENT_WIDTH - labelWidth - 18;
  for (const bar of model.summary.bars) {
    ensure(9);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(10);
    doc.text(fitWithEllipsis(doc, bar.label, labelWidth - 3), MARGIN.left, y + 4.6);
    doc.setFillColor(...COLOR.barBack);
    doc.rect(barX, y, barWidth, 6.5, 'F');
    if (bar.ratio !== null && bar.ratio > 0) {
      doc.setFillColor(...COLOR.accent);
      doc.rect(barX, y, barWidth * Math.min(1, bar.ratio), 6.5, 'F');
    }
    doc.setFont(FONT, 'bold');
    doc.text(bar.value, barX + barWidth + 2, y + 4.6);
    y += 9;
  }
  y += 3;
  heading(model.summary.countsHeading, 12);
  table({
    head: [model.summary.counts.map((c) => c.label)],
    body: [model.summary.counts.map((c) => c.value)],
    styles: { ...baseTable.styles, halign: 'center' },
    headStyles: { ...baseTable.headStyles, halign: 'center', fontSize: 8 },
  });
  heading(model.summary.topGapsHeading, 12);
  if (model.summary.topGaps.length === 0) paragraph(model.summary.noGaps, 10, 'normal', COLOR.muted);
  else
    table({
      head: [model.summary.topGapsHead],
      body: model.summary.topGaps.map((g) => [g.number, g.question, g.area, g.priority, g.answer]),
      columnStyles: { 0: { cellWidth: 9 }, 2: { cellWidth: 30 }, 3: { cellWidth: 22 }, 4: { cellWidth: 26 } },
    });

  // 3. Gaps by area (a new page only when there is something to list)
  const anyGaps = model.gaps.areas.some((a) => a.blocks.length > 0);
  if (anyGaps) newPage();
  heading(model.gaps.heading);
  for (const line of model.gaps.intro) {
    paragraph(line, 9.5, 'normal', COLOR.muted);
    y += 1;
  }
  if (!anyGaps) paragraph(model.gaps.none, 10, 'normal', COLOR.muted);
  else {
    y += 2;
    table({
      head: [[{ content: model.gaps.kindsTitle, colSpan: 2 }]],
      body: model.gaps.kinds.map((k) => [k.label, k.value]),
      headStyles: { ...baseTable.headStyles, fillColor: COLOR.accentSoft, textColor: COLOR.text },
      columnStyles: { 0: { fontStyle: 'bold', cellWidth: LABEL_WIDTH } },
    });
  }
  for (const area of model.gaps.areas) {
    if (area.blocks.length === 0) continue;
    heading(area.heading, 12);
    for (const block of area.blocks) {
      // Start a block that fits on one page on a fresh page rather than leave its head orphaned.
      const height = blockHeight(block);
      if (height < bottom - MARGIN.top && y + height > bottom) newPage();
      else ensure(30);
      table({
        head: [[{ content: `${block.number} ${block.question}`, colSpan: 2 }]],
        body: block.fields.map((f) => [f.label, f.value]) as RowInput[],
        headStyles: { ...baseTable.headStyles, fillColor: COLOR.accentSoft, textColor: COLOR.text, fontSize: 10 },
        columnStyles: { 0: { fontStyle: 'bold', cellWidth: LABEL_WIDTH, textColor: COLOR.muted } },
      });
    }
  }

  // 4. Action plan, met items, not-applicable items, unanswered questions
  if (anyGaps) newPage();
  heading(model.actionPlan.heading);
  listOrNone(model.actionPlan.head, model.actionPlan.rows, model.gaps.none, {
    0: { cellWidth: 9 },
    2: { cellWidth: 22 },
    3: { cellWidth: 30 },
    4: { cellWidth: 24 },
  });
  heading(model.met.heading);
  listOrNone(model.met.head, model.met.rows, model.met.none, { 1: { cellWidth: 60 } });
  heading(model.notApplicable.heading);
  listOrNone(model.notApplicable.head, model.notApplicable.rows, model.notApplicable.none, { 1: { cellWidth: 70 } });
  heading(model.unanswered.heading);
  listOrNone(model.unanswered.head, model.unanswered.rows, model.unanswered.none, { 0: { cellWidth: 40 } });

  // 5. Legal basis
  heading(model.legal.heading);
  paragraph(model.legal.period, 9.5);
  if (model.legal.translationNote) {
    y += 1;
    paragraph(model.legal.translationNote, 9.5, 'normal', COLOR.muted);
  }
  y += 3;
  table({
    head: [model.legal.head],
    body: model.legal.rows,
    columnStyles: { 0: { cellWidth: 42, fontStyle: 'bold' }, 2: { cellWidth: 46 }, 3: { cellWidth: 28 } },
  });

  // 6. Disclaimer
  heading(model.disclaimer.heading);
  for (const p of model.disclaimer.paragraphs) {
    paragraph(p, 10);
    y += 2;
  }

  // Footer on every page: page x of y on the left, the date on the right, the product between, shortened to fit.
  const pages = doc.getNumberOfPages();
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setFont(FONT, 'normal');
    doc.setFontSize(8);
    doc.setTextColor(...COLOR.muted);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.2);
    const baseline = PAGE.height - 9.5;
    doc.line(MARGIN.left, PAGE.height - 14, PAGE.width - MARGIN.right, PAGE.height - 14);
    const pageLabel = model.footer.pageTemplate.replace('{{page}}', String(page)).replace('{{pages}}', String(pages));
    const right = PAGE.width - MARGIN.right;
    doc.text(pageLabel, MARGIN.left, baseline);
    doc.text(model.footer.date, right, baseline, { align: 'right' });
    const from = MARGIN.left + doc.getTextWidth(pageLabel) + 6;
    const to = right - doc.getTextWidth(model.footer.date) - 6;
    doc.text(fitWithEllipsis(doc, model.footer.product, to - from), (from + to) / 2, baseline, { align: 'center' });
  }
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
