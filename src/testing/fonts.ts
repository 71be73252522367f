import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { PdfFonts } from '../report/render-pdf';

const require = createRequire(import.meta.url);

/** Paths of the report's TrueType files, read straight from the font package. */
export const FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** The fonts as jsPDF takes them in Node (jsPDF 4 blocks its own file reads by default). */
export const nodePdfFonts = (): PdfFonts => ({
  regular: readFileSync(FONT_FILES.regular).toString('base64'),
  bold: readFileSync(FONT_FILES.bold).toString('base64'),
});
