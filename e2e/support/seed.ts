import type { Page } from '@playwright/test';
import { applicableItems } from '../../src/content/applicability';
import { CONTENT_INDEX } from '../../src/content/content';
import type { Profile } from '../../src/content/profile-options';
import { isQuestion } from '../../src/content/types';
import type { ItemAnswer } from '../../src/domain/answers';
import type { Assessment } from '../../src/domain/assessment';
import { toEnvelope } from '../../src/storage/read-assessment';
import { assessmentWith } from '../../src/testing/assessments';
import { PROFILES } from '../../src/testing/profiles';
import { untilAppRuns } from './app';

/** Saved assessments written straight into localStorage: a journey that starts mid-way without clicking there. */

export const SEED_ID = '00000000-0000-4000-8000-0000000e2e01';

export function seededAssessment(step: string, answers: Record<string, ItemAnswer> = {}, id = SEED_ID): Assessment {
  return { ...assessmentWith(PROFILES.foodCoopCrop, answers), id, step };
}

/** Opens the app with these records saved (the first one open, unless `open` is false). */
export async function openSeeded(page: Page, records: Assessment[], open = true): Promise<void> {
  await page.goto('/');
  await untilAppRuns(page);
  const entries = records.map((a) => [
    `ocop:assessment:${a.id}`,
    JSON.stringify(toEnvelope(a, new Date(), CONTENT_INDEX)),
  ]);
  await page.evaluate(
    ({ entries, openId }) => {
      localStorage.clear();
      for (const [k, v] of entries) localStorage.setItem(k, v);
      if (openId) localStorage.setItem('ocop:open', openId);
    },
    { entries, openId: open ? records[0]?.id : null },
  );
  await page.reload();
  // Wait until the app has read what was seeded: a test that writes to storage next must not race the
  // app's start-up (on a slow core it could start after the write and act on it first).
  await untilAppRuns(page);
}

/**
 * Fills localStorage to the brim as a real device gets there (Chromium's
 * quota is about 5.2 M characters): chunks of halving size until even one
 * character is refused, then the first chunk shortened by `free`.
 * Returns the characters written.
 */
export async function fillStorage(page: Page, free = 0): Promise<number> {
  return page.evaluate((free) => {
    let total = 0;
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const chunk = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`zz-filler-${n}`, chunk);
          n += 1;
          total += size;
        } catch {
          break;
        }
      }
    }
    if (free > 0) localStorage.setItem('zz-filler-0', 'x'.repeat((1 << 20) - free));
    return total;
  }, free);
}

/** What answerEverything gives: every applicable question in page order, the five answers in turn, "na" with a reason. */
export function everythingAnswered(profile: Profile): { ids: string[]; answers: Record<string, ItemAnswer> } {
  const ids = applicableItems(CONTENT_INDEX, profile)
    .filter(isQuestion)
    .map((i) => i.id);
  const cycle = ['met', 'partly', 'not_met', 'unknown', 'na'] as const;
  const answers = Object.fromEntries(
    ids.map((id, i) => [
      id,
      cycle[i % 5] === 'na' ? { value: 'na' as const, reason: `Không áp dụng cho ${id}` } : { value: cycle[i % 5] },
    ]),
  );
  return { ids, answers };
}

/** A finished assessment for this profile, on the review (journeys/answerEverything checks it matches clicking). */
export function finishedAssessment(profile: Profile): Assessment {
  return { ...seededAssessment('review', everythingAnswered(profile).answers), profile, profileDraft: { ...profile } };
}
