import type { DetailEntry, DetailsSection, LabelledValue } from '../model/types';
import { COLOR } from './colors';
import { SPACE } from './formats';
import type { PdfWriter } from './writer';

/** Every question in full, by area: title, answer with its shape, then label/value fields. */

/**
 * The height a field keeps together at a page foot: on a narrow page its label and up to two lines of its
 * value; on a wide one, up to two lines beside the label.
 */
function fieldKeep(w: PdfWriter, f: LabelledValue): number {
  const labelWidth = w.f.labelWidth;
  if (labelWidth === null) return w.lineHeight() * (1 + Math.min(2, w.wrap(f.value, w.width).length));
  const value = w.wrap(f.value, w.width - labelWidth);
  const label = w.wrap(f.label, labelWidth - 2, w.f.size.body, 'bold');
  return w.lineHeight() * Math.min(Math.max(label.length, value.length), 2);
}

function field(w: PdfWriter, f: LabelledValue): void {
  const labelWidth = w.f.labelWidth;
  w.ensure(fieldKeep(w, f));
  if (labelWidth === null) {
    // Narrow page: the label on its own line, kept with up to two lines of its value.
    w.lines(w.wrap(f.label, w.width, w.f.size.body, 'bold'), { style: 'bold', color: COLOR.muted });
    w.lines(w.wrap(f.value, w.width));
  } else {
    const value = w.wrap(f.value, w.width - labelWidth);
    const label = w.wrap(f.label, labelWidth - 2, w.f.size.body, 'bold');
    const top = { page: w.page, y: w.y };
    w.lines(value, { indent: labelWidth });
    const end = { page: w.page, y: w.y };
    w.doc.setPage(top.page);
    w.y = top.y;
    w.lines(label, { style: 'bold', color: COLOR.muted });
    w.doc.setPage(end.page);
    w.y = end.page === top.page ? Math.max(w.y, end.y) : end.y;
  }
  w.y += SPACE.afterParagraph * 0.3;
}

function entry(w: PdfWriter, e: DetailEntry): void {
  const title = w.wrap(e.title, w.width, w.f.size.h3, 'bold');
  w.space(SPACE.betweenEntries);
  const status = w.wrap(e.status.label, w.width - 4.5, w.f.size.body, 'bold');
  // The title never ends a page: it keeps its answer line and the start of its first field with it.
  const first = e.fields[0] ? fieldKeep(w, e.fields[0]) : 2 * w.lineHeight();
  w.ensure(w.lineHeight(w.f.size.h3) * title.length + status.length * w.lineHeight() + first);
  w.anchor(e.itemId);
  w.lines(title, { size: w.f.size.h3, style: 'bold' });
  const lh = w.lineHeight();
  w.mark(e.status.tone, w.left + 1.6, w.y + lh * 0.5, 2.6);
  w.lines(status, { style: 'bold', indent: 4.5 });
  for (const f of e.fields) field(w, f);
}

export function renderDetails(w: PdfWriter, s: DetailsSection): void {
  w.heading(s.heading, 1, w.lineHeight() * 4);
  const parent = w.outline(s.heading);
  for (const p of s.intro) w.paragraph(p, { color: COLOR.muted });
  for (const area of s.areas) {
    if (area.entries.length === 0) continue;
    w.heading(area.heading, 2, w.lineHeight(w.f.size.h3) * 2 + 3 * w.lineHeight() + SPACE.betweenEntries);
    w.outline(area.heading, parent);
    for (const e of area.entries) entry(w, e);
  }
}
