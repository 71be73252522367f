import { applicableItems } from '../content/applicability';
import type { ContentIndex } from '../content/content';
import { isQuestion } from '../content/types';
import { effectiveValue } from './answers';
import type { Assessment } from './assessment';

export interface Progress {
  answered: number;
  total: number;
}

/** How many of the questions that apply to the profile have a counted answer. */
export function assessmentProgress(index: ContentIndex, assessment: Assessment): Progress | null {
  if (!assessment.profile) return null;
  const questions = applicableItems(index, assessment.profile).filter(isQuestion);
  const answered = questions.filter((q) => effectiveValue(assessment.answers[q.id]) !== undefined).length;
  return { answered, total: questions.length };
}

/** The same count per area (section id), in content order, for the areas that have questions for this profile. */
export function sectionProgress(index: ContentIndex, assessment: Assessment): Map<string, Progress> {
  const bySection = new Map<string, Progress>();
  if (!assessment.profile) return bySection;
  for (const q of applicableItems(index, assessment.profile).filter(isQuestion)) {
    const section = index.sectionOfItem.get(q.id);
    if (!section) continue;
    const entry = bySection.get(section.id) ?? { answered: 0, total: 0 };
    entry.total += 1;
    if (effectiveValue(assessment.answers[q.id]) !== undefined) entry.answered += 1;
    bySection.set(section.id, entry);
  }
  return bySection;
}
