import { CONTENT_INDEX } from '../../content/content';
import { assessmentLength } from '../../domain/assessment-length';

/**
 * How long the checklist is, for the welcome screen: the same for every visitor, so the build
 * computes it once (scripts/precompute-plugin.ts) and the phone only reads the numbers.
 */
export const ASSESSMENT_LENGTH = assessmentLength(CONTENT_INDEX);
