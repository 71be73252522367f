import type { ContentIndex } from './content';
import type { Profile, RuleField } from './profile-options';
import { RULES, type RuleId, type RuleSpec } from './rules';
import { isQuestion, type Item, type Page, type Section } from './types';

/**
 * Applicability: pure functions of the profile. The wizard's forward, back and
 * jump transitions, the review, scoring and the report all call these and
 * nothing else, so they can never disagree about what applies.
 */

/** The profile fields rules look at; a partial profile makes every rule that tests a missing field fail. */
export type RuleProfile = Partial<Pick<Profile, RuleField>>;

export function ruleHolds(rule: RuleSpec, profile: RuleProfile): boolean {
  return (Object.keys(rule) as RuleField[]).every((field) => {
    const allowed = rule[field] as readonly string[] | undefined;
    const value = profile[field];
    return allowed === undefined || (value !== undefined && allowed.includes(value));
  });
}

export const ruleIdHolds = (id: RuleId, profile: RuleProfile): boolean => ruleHolds(RULES[id], profile);

export const itemApplies = (item: Item, profile: RuleProfile): boolean => ruleIdHolds(item.appliesWhen, profile);

export const sectionApplies = (section: Section, profile: RuleProfile): boolean =>
  ruleIdHolds(section.appliesWhen, profile) && section.pages.some((p) => pageApplies(p, profile));

/** A page is shown when at least one question on it applies; its notes come along. */
export function pageApplies(page: Page, profile: RuleProfile): boolean {
  return page.items.some((item) => isQuestion(item) && itemApplies(item, profile));
}

/** The checklist pages this profile walks through, in order. */
export function applicablePages(index: ContentIndex, profile: RuleProfile): Page[] {
  return index.content.sections
    .filter((s) => ruleIdHolds(s.appliesWhen, profile))
    .flatMap((s) => s.pages.filter((p) => pageApplies(p, profile)));
}

/** The items (questions and notes) shown to this profile, in checklist order. */
export function applicableItems(index: ContentIndex, profile: RuleProfile): Item[] {
  return applicablePages(index, profile).flatMap((p) => p.items.filter((i) => itemApplies(i, profile)));
}
