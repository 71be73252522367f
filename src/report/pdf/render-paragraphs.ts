import type { ParagraphsSection } from '../model/types';
import type { PdfWriter } from './writer';

export function renderParagraphs(w: PdfWriter, s: ParagraphsSection): void {
  w.heading(s.heading, 1);
  w.outline(s.heading);
  for (const p of s.paragraphs) w.paragraph(p);
}
