import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX } from '../content/content';
import type { Profile } from '../content/profile-options';
import { isQuestion } from '../content/types';
import { ANSWER_VALUES, isGap, type ItemAnswer } from '../domain/answers';
import { newAssessment, type Assessment, type PlanEntry } from '../domain/assessment';

export const FIXED_DATE = new Date('2026-11-28T03:00:00Z');

/** An assessment for a profile with the given answers (by item id). */
export function assessmentWith(profile: Profile, answers: Record<string, ItemAnswer> = {}): Assessment {
  return {
    ...newAssessment('00000000-0000-4000-8000-000000000001', FIXED_DATE, CONTENT_INDEX.content.version),
    profile,
    profileDraft: { ...profile },
    answers,
    step: 'review',
  };
}

/**
 * The bench fixture of docs/product-rules.md: every applicable question answered, cycling
 * through the five answers, every note 500 characters and one 10,000, every
 * gap with an owner and a date.
 */
export function benchAssessment(profile: Profile): Assessment {
  const questions = applicableItems(CONTENT_INDEX, profile).filter(isQuestion);
  const sentence = 'Ghi chú về hiện trạng: đã có sổ ghi chép nhưng chưa đầy đủ, cần bổ sung chứng từ. ';
  const note = (length: number) => sentence.repeat(Math.ceil(length / sentence.length)).slice(0, length);
  const answers: Record<string, ItemAnswer> = {};
  const plan: Record<string, PlanEntry> = {};
  questions.forEach((q, i) => {
    const value = ANSWER_VALUES[i % ANSWER_VALUES.length];
    if (isGap(value)) {
      plan[q.id] = { owner: 'Nguyễn Thị Hoa, phó giám đốc', due: '2027-03-31' };
    }
    answers[q.id] = {
      value,
      note: note(i === 1 ? 10_000 : 500),
      evidence: `Hồ sơ ${i + 1}`,
      ...(value === 'na' ? { reason: 'Cơ sở không thực hiện công đoạn này.' } : {}),
    };
  });
  return { ...assessmentWith(profile, answers), plan };
}

/** Every applicable question answered "not met": the longest report a profile can give (46 gaps for foodCoopCrop). */
export function allGapsAssessment(profile: Profile, gaps = Infinity): Assessment {
  const questions = applicableItems(CONTENT_INDEX, profile).filter(isQuestion).slice(0, gaps);
  return assessmentWith(profile, Object.fromEntries(questions.map((q) => [q.id, { value: 'not_met' as const }])));
}
