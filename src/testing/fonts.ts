import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { PdfFonts } from '../report/render-pdf';

/** Paths of the report's TrueType files (scripts/make-pdf-fonts.sh writes them). */
export const FONT_FILES = {
  regular: fileURLToPath(new URL('../report/fonts/be-vietnam-pro-regular.ttf', import.meta.url)),
  bold: fileURLToPath(new URL('../report/fonts/be-vietnam-pro-bold.ttf', import.meta.url)),
};

/** The fonts as jsPDF takes them in Node (jsPDF 4 blocks its own file reads by default). */
export const nodePdfFonts = (): PdfFonts => ({
  regular: readFileSync(FONT_FILES.regular).toString('base64'),
  bold: readFileSync(FONT_FILES.bold).toString('base64'),
});
