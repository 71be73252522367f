import type { SinceLastTimeSection } from '../model/types';
import { COLOR } from './colors';
import type { PdfWriter } from './writer';

/** Readiness then and now as a three-column table (it fits a phone page too), then each named list. */
export function renderSinceLastTime(w: PdfWriter, s: SinceLastTimeSection): void {
  w.heading(s.heading, 1, w.lineHeight() * 3);
  w.outline(s.heading);
  w.paragraph(s.intro, { color: COLOR.muted });
  w.heading(s.readiness.caption, 3);
  w.table({
    columns: [{}, { width: 22, style: { halign: 'right' } }, { width: 22, style: { halign: 'right' } }],
    head: s.readiness.head,
    body: s.readiness.rows,
  });
  for (const g of s.groups) {
    w.heading(g.heading, 2, g.items.length ? w.lineHeight() : 0);
    for (const item of g.items) w.paragraph(`• ${item}`, { indent: 3 });
  }
  for (const note of s.notes) w.paragraph(note, { color: COLOR.muted });
}
