import boldUrl from './fonts/be-vietnam-pro-bold.ttf?url';
import regularUrl from './fonts/be-vietnam-pro-regular.ttf?url';
import type { PdfFonts } from './render-pdf';

/**
 * Be Vietnam Pro (SIL Open Font License 1.1, licence in public/fonts/OFL.txt),
 * regular and bold, without hinting (scripts/make-pdf-fonts.sh), fetched only when a report is made. Vite fingerprints the
 * files and the service worker precaches them, so reports work offline.
 */

/** ArrayBuffer → binary string, in chunks so large fonts do not overflow the call stack. */
function toBinaryString(buffer: ArrayBuffer): string {
  const bytes = new Uint8Array(buffer);
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

let cached: Promise<PdfFonts> | undefined;

export function loadPdfFonts(): Promise<PdfFonts> {
  cached ??= Promise.all(
    [regularUrl, boldUrl].map(async (url) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Font ${url}: HTTP ${response.status}`);
      return toBinaryString(await response.arrayBuffer());
    }),
  ).then(([regular, bold]) => ({ regular, bold }));
  // A failed download (offline before the first visit cached it) may be retried next time.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}
