import { describe, expect, it } from 'vitest';
import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX } from '../content/content';
import { isQuestion } from '../content/types';
import { PROFILES } from '../testing/profiles';
import { questionNumbers } from './question-numbers';

describe('questionNumbers', () => {
  it('numbers the applicable questions 1…n in checklist order, skipping information notes', () => {
    for (const profile of Object.values(PROFILES)) {
      const items = applicableItems(CONTENT_INDEX, profile);
      const numbers = questionNumbers(CONTENT_INDEX, profile);
      const questions = items.filter(isQuestion);
      expect([...numbers.values()]).toEqual(questions.map((_, i) => i + 1));
      expect([...numbers.keys()]).toEqual(questions.map((q) => q.id));
      for (const item of items) if (!isQuestion(item)) expect(numbers.has(item.id)).toBe(false);
    }
  });

  it('is empty without a profile', () => {
    expect(questionNumbers(CONTENT_INDEX, null).size).toBe(0);
  });
});
