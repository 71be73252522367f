import { FORMAT_VERSION } from './schema';

/**
 * Upgrades of the stored and exported format, one function per version step
 * (n → n + 1). Each receives the parsed JSON of the older envelope and returns
 * the next one; read-assessment.ts then repairs and validates the result.
 * Never drop user data in a migration: move it where the new format keeps it.
 */
type RawEnvelope = { [key: string]: unknown };

const asObject = (v: unknown): { [key: string]: unknown } =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as { [key: string]: unknown }) : {};

export const MIGRATIONS: Record<number, (envelope: RawEnvelope) => RawEnvelope> = {
  /**
   * 1 → 2 (the first release after the foundation): assessments gained a title (rename in the
   * list), an action plan (owner and target date per gap) and a place for answers to questions
   * the current content does not have, which version 1 dropped on import.
   */
  1: (envelope) => ({
    ...envelope,
    assessment: { ...asObject(envelope.assessment), title: '', plan: {}, setAside: {} },
  }),
  /**
   * 2 → 3: the profile may say whether the producer runs traceability (optional: a version 2
   * profile lacks it and the condition stays not established), and the OCOP status gained
   * "submitted, awaiting result" and "evaluated, below 3 stars". Every version 2 record is
   * already a valid version 3 record, so nothing moves.
   */
  2: (envelope) => envelope,
  /**
   * 3 → 4: "assess again". A follow-up carries its baseline (the earlier assessment, frozen) and
   * plan lines gained a status and a note of what was done. Both are optional (missing: not a
   * follow-up, not started), so a version 3 record is a valid version 4 record.
   */
  3: (envelope) => envelope,
};

/** The envelope migrated to the current version, or undefined when no path exists. */
export function migrateEnvelope(envelope: RawEnvelope, from: number): RawEnvelope | undefined {
  let current = envelope;
  for (let v = from; v < FORMAT_VERSION; v += 1) {
    const step = MIGRATIONS[v];
    if (!step) return undefined;
    current = { ...step(current), formatVersion: v + 1 };
  }
  return from >= 1 ? current : undefined;
}
