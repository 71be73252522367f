import { applicableItems, type RuleProfile } from '../content/applicability';
import type { ContentIndex } from '../content/content';
import { isQuestion } from '../content/types';

/**
 * Question numbers run through the whole checklist a profile sees (information
 * notes are not numbered). The checklist screen and the report both number
 * from here, so "Câu 12" on screen is "Câu 12" in the PDF.
 */
export function questionNumbers(index: ContentIndex, profile: RuleProfile | null): ReadonlyMap<string, number> {
  const questions = profile ? applicableItems(index, profile).filter(isQuestion) : [];
  return new Map(questions.map((q, i) => [q.id, i + 1]));
}
