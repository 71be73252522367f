import type { LegalBasisSection } from '../model/types';
import { COLOR } from './colors';
import type { PdfWriter, TableSpec } from './writer';

/** The instruments cited, four columns on A4, one stacked column on a phone page. */
export function renderLegalBasis(w: PdfWriter, s: LegalBasisSection): void {
  const spec: TableSpec = w.f.wideTables
    ? {
        columns: [{ width: 38, style: { fontStyle: 'bold' } }, {}, { width: 30 }, { width: 40 }],
        head: s.head,
        body: s.rows,
      }
    : { columns: [{}], body: s.rows.map((r) => [r.join('\n')]) };
  w.heading(s.heading, 1, w.lineHeight() * 3);
  w.outline(s.heading);
  for (const p of s.paragraphs) w.paragraph(p, { color: COLOR.muted });
  w.table(spec);
}
