import boldUrl from './fonts/be-vietnam-pro-bold.ttf?url';
import regularUrl from './fonts/be-vietnam-pro-regular.ttf?url';
import type { PdfFonts } from './render-pdf';
import { bytesToBinaryString } from '../lib/binary-string';

/**
 * Be Vietnam Pro (SIL Open Font License 1.1, licence in public/fonts/OFL.txt),
 * regular and bold, without hinting (scripts/make-pdf-fonts.sh), fetched only when a report is made. Vite fingerprints the
 * files and the service worker precaches them, so reports work offline.
 */

let cached: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  cached ??= Promise.all(
    [regularUrl, boldUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
      return bytesToBinaryString(new Uint8Array(await response.arrayBuffer()));
    }),
  ).then(([regular, bold]) => ({ regular, bold }));
  // A failed download (offline before the first visit cached it) may be retried next time.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
