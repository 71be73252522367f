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
