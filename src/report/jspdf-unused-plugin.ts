/**
 * Stand-in for jsPDF's optional dependencies (html2canvas, dompurify, canvg).
 * The report never uses jsPDF's html() or SVG features, so these ~400 kB are
 * kept out of the build and the offline cache; calling them fails loudly.
 */
export default function unusedJsPdfPlugin(): never {
  throw new Error('This jsPDF feature is not included in the OCOP app');
}
