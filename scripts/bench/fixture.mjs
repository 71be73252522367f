/**
 * The bench fixture of docs/product-rules.md as an import file. The fixture is written in
 * TypeScript next to the tests (src/testing/) and loaded through modules.mjs.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { moduleServer } from './modules.mjs';

export async function writeFixtureFile() {
  const server = await moduleServer();
  try {
    const { benchAssessment } = await server.ssrLoadModule('/src/testing/assessments.ts');
    const { PROFILES } = await server.ssrLoadModule('/src/testing/profiles.ts');
    const { toEnvelope } = await server.ssrLoadModule('/src/storage/read-assessment.ts');
    const { CONTENT_INDEX } = await server.ssrLoadModule('/src/content/content.ts');

    const assessment = {
      ...benchAssessment(PROFILES.foodCoopCrop),
      // Importing opens the assessment on its saved step: straight to the Report screen, Vietnamese PDF on
      // A4 (the budget's format; on a phone the step would otherwise offer the phone page).
      step: 'report',
      reportLanguage: 'vi',
      reportFormat: 'a4',
    };
    const json = JSON.stringify(toEnvelope(assessment, new Date(), CONTENT_INDEX));
    const dir = await mkdtemp(path.join(os.tmpdir(), 'ocop-bench-'));
    const file = path.join(dir, 'bench-assessment.json');
    await writeFile(file, json);
    const notes = Object.values(assessment.answers).map((a) => a.note?.length ?? 0);
    return {
      file,
      dir,
      bytes: Buffer.byteLength(json),
      answers: notes.length,
      longestNote: Math.max(0, ...notes),
      // Gaps with an owner and a date (the action plan; format 2 onwards).
      planned: Object.keys(assessment.plan ?? {}).length,
    };
  } finally {
    await server.close();
  }
}
