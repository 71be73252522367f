import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { envelopeSchema, FORMAT_VERSION } from './schema';

/**
 * docs/assessment-file.schema.json documents the exported file for other tools.
 * It is generated from the same zod schema the app validates with, so it cannot
 * drift: this test fails when they differ (UPDATE_FILE_SCHEMA=1 rewrites it).
 */
const path = new URL('../../docs/assessment-file.schema.json', import.meta.url);

function documentedSchema() {
  return {
    $id: `urn:ocop-self-assessment:assessment-file:v${FORMAT_VERSION}`,
    title: 'OCOP self-assessment file',
    description:
      'One self-assessment as saved on the device and exported to a .json file (see docs/assessment-file.md). ' +
      'Older format versions are migrated on import; newer ones are refused.',
    ...z.toJSONSchema(envelopeSchema, { target: 'draft-2020-12' }),
  };
}

describe('documented file format', () => {
  it('matches the schema the app validates with', () => {
    const generated = `${JSON.stringify(documentedSchema(), null, 2)}\n`;
    if (process.env.UPDATE_FILE_SCHEMA) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
