/**
 * Vietnamese text without its marks, for matching and for ASCII names: lower case, tone marks and other
 * diacritics removed, đ as d. "Hà Giang" → "ha giang". The one folding used by the province search and by
 * file names (src/domain/file-name.ts).
 */
export function foldDiacritics(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}
