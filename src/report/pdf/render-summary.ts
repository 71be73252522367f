import type { Bar, SummarySection } from '../model/types';
import { COLOR } from './colors';
import { SPACE } from './formats';
import type { PdfWriter } from './writer';

/** Page 1: title, who and what, completeness, readiness, what to do first. */

function bar(w: PdfWriter, b: Bar, bold = false): void {
  w.ensure(w.lineHeight() + SPACE.barHeight + SPACE.afterParagraph);
  w.paragraph(`${b.label}: ${b.value} · ${b.detail}`, { style: bold ? 'bold' : 'normal' });
  w.y -= SPACE.afterParagraph * 0.5;
  const width = w.width * 0.7;
  w.doc.setFillColor(...COLOR.barBack);
  w.doc.rect(w.left, w.y, width, SPACE.barHeight, 'F');
  if (b.ratio !== null && b.ratio > 0) {
    w.doc.setFillColor(...COLOR.accent);
    w.doc.rect(w.left, w.y, width * Math.min(1, b.ratio), SPACE.barHeight, 'F');
  }
  w.y += SPACE.barHeight + SPACE.afterParagraph * 1.5;
}

/**
 * The narrow page: the areas as one table (area, figure with a small bar
 * under it, to do, unanswered), a third of the height of a bar each, so that
 * the action plan can still start on page 2.
 */
function areaTable(w: PdfWriter, s: SummarySection): void {
  const { columns, bars } = s.readiness;
  const barColumn = 1;
  w.table({
    // Each figure column as wide as its longest word ("Unanswered" must not break), the area takes the rest.
    columns: [
      {},
      { width: Math.max(18, w.wordWidth(columns.readiness)) },
      { width: w.wordWidth(columns.gaps) },
      { width: w.wordWidth(columns.unanswered) },
    ],
    head: [columns.area, columns.readiness, columns.gaps, columns.unanswered],
    // The empty second line leaves room for the bar drawn under the figure.
    body: bars.map((b) => [b.label, `${b.value}\n`, String(b.gaps), String(b.unanswered)]),
    onBodyCell: (data) => {
      const ratio = bars[data.row.index]?.ratio;
      if (data.column.index !== barColumn || ratio === null || ratio === undefined) return;
      const x = data.cell.x + SPACE.cellPadding;
      const width = data.cell.width - 2 * SPACE.cellPadding;
      const y = data.cell.y + SPACE.cellPadding + w.lineHeight() * 1.15;
      const height = w.lineHeight() * 0.55;
      w.doc.setFillColor(...COLOR.barBack);
      w.doc.rect(x, y, width, height, 'F');
      if (ratio > 0) {
        w.doc.setFillColor(...COLOR.accent);
        w.doc.rect(x, y, width * Math.min(1, ratio), height, 'F');
      }
    },
  });
}

/** As wide as the longest "Câu 14" / "Question 14" and no wider: on a phone page every millimetre goes to the action. */
function refWidth(w: PdfWriter, s: SummarySection): number {
  // "Câu 14" is one unit: the widest of them, whole.
  return Math.max(0, ...s.doFirst.items.map((i) => w.wordWidth(i.ref.replace(/\s/g, '\u00a0'))));
}

/** A4: a table of four columns (number, action, clause, owner and date). */
function doFirstTable(w: PdfWriter, s: SummarySection): void {
  const spec = {
    columns: [{ width: refWidth(w, s), style: { fontStyle: 'bold' as const } }, {}, { width: 46 }, { width: 34 }],
    body: s.doFirst.items.map((i) => [i.ref, i.action, i.clause, i.plan]),
    onBodyCell: (data: {
      column: { index: number };
      row: { index: number };
      cell: { x: number; y: number; width: number; height: number };
    }) => {
      const item = s.doFirst.items[data.row.index];
      if (data.column.index === 0 && item)
        w.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, item.itemId);
    },
  };
  w.heading(s.doFirst.heading, 2, w.tableLead(spec));
  w.table(spec);
}

/**
 * The phone page: entries with the number hanging in the margin, breaking
 * between lines like a paragraph, so that the five actions begin on page 1
 * and the action plan can still start on page 2.
 */
function doFirstEntries(w: PdfWriter, s: SummarySection): void {
  const indent = refWidth(w, s) - SPACE.cellPadding;
  const lh = w.lineHeight();
  w.heading(s.doFirst.heading, 2);
  for (const item of s.doFirst.items) {
    const action = w.wrap(item.action, w.width - indent);
    const meta = w.wrap([item.clause, item.plan].filter(Boolean).join(' · '), w.width - indent);
    w.ensure(2 * lh);
    w.link(w.left, w.y, indent, lh, item.itemId);
    w.font(w.f.size.body, 'bold');
    w.doc.text(item.ref, w.left, w.y + lh * 0.78);
    w.lines(action, { indent });
    w.lines(meta, { indent, color: item.overdue ? COLOR.late : COLOR.muted });
    w.y += SPACE.betweenEntries;
  }
}

function doFirst(w: PdfWriter, s: SummarySection): void {
  if (s.doFirst.items.length === 0) {
    w.heading(s.doFirst.heading, 2);
    w.paragraph(s.doFirst.none, { color: COLOR.muted });
  } else if (w.f.wideTables) doFirstTable(w, s);
  else doFirstEntries(w, s);
}

export function renderSummary(w: PdfWriter, s: SummarySection): void {
  w.outline(s.heading);
  w.paragraph(s.title, { size: w.f.size.title, style: 'bold', color: COLOR.accent });
  w.table({
    columns: [{ width: w.f.wideTables ? 42 : 26, style: { fontStyle: 'bold', textColor: COLOR.muted } }, {}],
    body: s.facts.map((f) => [f.label, f.value]),
    plain: true,
  });
  w.paragraph(s.completeness, { style: 'bold' });
  if (s.draft) w.paragraph(s.draft, { style: 'bold', color: COLOR.late });
  w.heading(s.readiness.heading, 2);
  bar(w, s.readiness.overall, true);
  if (w.f.wideTables) for (const b of s.readiness.bars) bar(w, b);
  else areaTable(w, s);
  w.paragraph(s.readiness.note, { color: COLOR.muted });
  // What the whole report is not, next to what the figure is not, before the actions.
  w.paragraph(s.notice, { color: COLOR.muted });
  doFirst(w, s);
}
