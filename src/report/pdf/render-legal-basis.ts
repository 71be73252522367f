import type { LegalBasisSection } from '../model/types';
import { COLOR } from './colors';
import type { PdfWriter, TableSpec } from './writer';

/** The instruments cited, four columns on A4, one stacked column on a phone page. */
export function renderLegalBasis(w: PdfWriter, s: LegalBasisSection): void {
  const spec: TableSpec = w.f.wideTables
    ? {
        // Wide enough that no instrument number ("05/2022/TT-BNNPTNT") breaks inside; dates and status
        // share a column, so the title has room and a row is rarely more than four lines.
        columns: [{ width: 48, style: { fontStyle: 'bold' } }, {}, { width: 50 }],
        head: [s.head[0], s.head[1], `${s.head[2]}\n${s.head[3]}`],
        body: s.rows.map(([number, title, dates, status]) => [number, title, `${dates}\n${status}`]),
      }
    : { columns: [{}], body: s.rows.map((r) => [r.join('\n')]) };
  w.heading(s.heading, 1, w.lineHeight() * 3);
  w.outline(s.heading);
  for (const p of s.paragraphs) w.paragraph(p, { color: COLOR.muted });
  w.table(spec);
}
