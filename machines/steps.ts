import { applicablePages, type RuleProfile } from '../src/content/applicability';
import type { ContentIndex } from '../src/content/content';

/**
 * The wizard's step sequence for a profile: the profile form, the checklist
 * pages that apply, the review and the report. Forward, back and jump all read
 * this one list, so they follow the same applicability rules by construction.
 */

export const PROFILE_STEP = 'profile';
export const REVIEW_STEP = 'review';
export const REPORT_STEP = 'report';

export type StepKind = 'profile' | 'page' | 'review' | 'report';

/** Until a profile has been submitted, only the profile step is reachable. */
export function wizardSteps(index: ContentIndex, profile: RuleProfile | null): string[] {
  if (!profile) return [PROFILE_STEP];
  return [PROFILE_STEP, ...applicablePages(index, profile).map((p) => p.id), REVIEW_STEP, REPORT_STEP];
}

export function stepKind(index: ContentIndex, step: string): StepKind | undefined {
  if (step === PROFILE_STEP) return 'profile';
  if (step === REVIEW_STEP) return 'review';
  if (step === REPORT_STEP) return 'report';
  return index.pageById.has(step) ? 'page' : undefined;
}

/** Where "open this area" leads: the first page of the section that applies to the profile, if any does. */
export function firstPageOfSection(index: ContentIndex, profile: RuleProfile, sectionId: string): string | undefined {
  return applicablePages(index, profile).find((p) => index.sectionOfPage.get(p.id)?.id === sectionId)?.id;
}

export const isReachable = (index: ContentIndex, profile: RuleProfile | null, step: string): boolean =>
  wizardSteps(index, profile).includes(step);

/** The step after `step`, or undefined at the end or when `step` is not reachable. */
export function nextStep(index: ContentIndex, profile: RuleProfile | null, step: string): string | undefined {
  const steps = wizardSteps(index, profile);
  const at = steps.indexOf(step);
  return at < 0 ? undefined : steps[at + 1];
}

/** The step before `step`; undefined before the profile (the welcome screen is outside the sequence). */
export function previousStep(index: ContentIndex, profile: RuleProfile | null, step: string): string | undefined {
  const steps = wizardSteps(index, profile);
  const at = steps.indexOf(step);
  return at <= 0 ? undefined : steps[at - 1];
}

/**
 * Where a saved step leads after a reload or a profile change: the step itself
 * when it still applies, else the nearest applicable step before it in the
 * full checklist order, else the profile.
 */
export function resolveStep(index: ContentIndex, profile: RuleProfile | null, step: string): string {
  const steps = wizardSteps(index, profile);
  if (steps.includes(step)) return step;
  const allPages = index.pages.map((p) => p.id);
  const at = allPages.indexOf(step);
  for (let i = at - 1; i >= 0; i -= 1) {
    if (steps.includes(allPages[i])) return allPages[i];
  }
  return PROFILE_STEP;
}
