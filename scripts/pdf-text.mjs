/**
 * Writes the text of the bench fixture's report (A4 and phone, Vietnamese and English), page by page,
 * to one file, so two builds can be compared with `diff` (docs/refactor-evidence.md).
 * Usage: node scripts/pdf-text.mjs <out.txt>
 * The report is built with the repository's own test helpers (src/testing/pdf.ts) at a fixed date.
 */
import { writeFile } from 'node:fs/promises';
import { moduleServer } from './bench/modules.mjs';

const out = process.argv[2];
if (!out) {
  console.error('Usage: node scripts/pdf-text.mjs <out.txt>');
  process.exit(2);
}

const server = await moduleServer();
try {
  const load = (p) => server.ssrLoadModule(p);
  const [{ benchAssessment }, { PROFILES }, { reportPdf, pdfPages }] = await Promise.all([
    load('/src/testing/assessments.ts'),
    load('/src/testing/profiles.ts'),
    load('/src/testing/pdf.ts'),
  ]);
  const assessment = benchAssessment(PROFILES.foodCoopCrop);
  const parts = [];
  for (const format of ['a4', 'phone']) {
    for (const language of ['vi', 'en']) {
      const pages = await pdfPages(reportPdf(assessment, language, format));
      pages.forEach((text, i) => parts.push(`===== ${format} ${language} page ${i + 1}/${pages.length}\n${text}`));
    }
  }
  await writeFile(out, `${parts.join('\n')}\n`);
} finally {
  await server.close();
}
