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

function doFirst(w: PdfWriter, s: SummarySection): void {
  const rows = s.doFirst.items.map((i) => {
    const meta = [i.clause, i.plan].filter(Boolean).join(' · ');
    return w.f.wideTables ? [i.ref, i.action, i.clause, i.plan] : [i.ref, `${i.action}\n${meta}`];
  });
  const spec = {
    columns: w.f.wideTables
      ? [{ width: 22, style: { fontStyle: 'bold' as const } }, {}, { width: 46 }, { width: 34 }]
      : [{ width: 24, style: { fontStyle: 'bold' as const } }, {}],
    body: rows,
    onBodyCell: (data: { column: { index: number }; row: { index: number }; cell: { x: number; y: number; width: number; height: number } }) => {
      const item = s.doFirst.items[data.row.index];
      if (data.column.index === 0 && item) w.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, item.itemId);
    },
  };
  w.heading(s.doFirst.heading, 2, rows.length ? w.tableLead(spec) : 2 * w.lineHeight());
  if (rows.length === 0) w.paragraph(s.doFirst.none, { color: COLOR.muted });
  else w.table(spec);
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
  for (const b of s.readiness.bars) bar(w, b);
  w.paragraph(s.readiness.note, { color: COLOR.muted });
  doFirst(w, s);
  w.paragraph(s.notice, { color: COLOR.muted });
}
