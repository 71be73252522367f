import { describe, expect, it } from 'vitest';
import { applicableItems } from '../content/applicability';
import { CONTENT_INDEX, indexContent } from '../content/content';
import { GOODS_RAW_MATERIALS, LEGAL_FORMS, OCOP_STATUSES, PRODUCT_GROUPS } from '../content/profile-options';
import { isQuestion } from '../content/types';
import { PROFILES } from '../testing/profiles';
import { assessmentLength } from './assessment-length';

describe('the length of the checklist, as the welcome screen states it', () => {
  const length = assessmentLength(CONTENT_INDEX);

  it('covers every representative profile', () => {
    for (const profile of Object.values(PROFILES)) {
      const n = applicableItems(CONTENT_INDEX, profile).filter(isQuestion).length;
      expect(n).toBeGreaterThanOrEqual(length.questions.min);
      expect(n).toBeLessThanOrEqual(length.questions.max);
    }
    // The whole checklist is the most any profile can get.
    expect(length.questions.max).toBeLessThanOrEqual(CONTENT_INDEX.items.filter(isQuestion).length);
  });

  it('equals the count over every profile the form allows', () => {
    const counts: number[] = [];
    for (const productGroup of PRODUCT_GROUPS)
      for (const rawMaterial of productGroup === 'tourism' ? (['none'] as const) : GOODS_RAW_MATERIALS)
        for (const legalForm of LEGAL_FORMS)
          for (const ocopStatus of OCOP_STATUSES)
            counts.push(
              applicableItems(CONTENT_INDEX, { productGroup, rawMaterial, legalForm, ocopStatus }).filter(isQuestion)
                .length,
            );
    expect(length.questions).toEqual({ min: Math.min(...counts), max: Math.max(...counts) });
  });

  it('gives minutes in steps of 5 that grow with the questions', () => {
    expect(length.minutes.min % 5).toBe(0);
    expect(length.minutes.max % 5).toBe(0);
    expect(length.minutes.min).toBeLessThan(length.minutes.max);
    expect(length.minutes.min).toBeGreaterThanOrEqual(length.questions.min * 0.4 - 5);
    expect(length.minutes.max).toBeGreaterThanOrEqual(length.questions.max * 0.6);
  });

  it('follows the content: a page taken away shortens it', () => {
    const content = CONTENT_INDEX.content;
    const [first, ...rest] = content.sections;
    const shorter = indexContent({ ...content, sections: [{ ...first, pages: first.pages.slice(1) }, ...rest] });
    expect(assessmentLength(shorter).questions.max).toBeLessThan(length.questions.max);
  });
});
