/**
 * The screens the wizard shows. Each state of the machine that the user can see carries the tag of its screen
 * (`tags` in ./wizard.machine.ts), so "which screen does this state show" is written once, beside the state:
 * the shell, the browser's Back button and the tests all read it through `screenOf`.
 */
export const SCREENS = ['booting', 'welcome', 'profile', 'checklist', 'review', 'report', 'legal', 'privacy'] as const;
export type Screen = (typeof SCREENS)[number];

/** The screens that show a step of the open assessment (the rest are outside it). */
const STEP_SCREENS: readonly Screen[] = ['profile', 'checklist', 'review', 'report'];

/** Anything with tags: a snapshot of the wizard (typed structurally so that this file needs no machine). */
interface Tagged {
  hasTag(tag: Screen): boolean;
}

/** The screen a snapshot shows. A state without a screen tag is only passed through (`active.route`). */
export const screenOf = (snapshot: Tagged): Screen => SCREENS.find((screen) => snapshot.hasTag(screen)) ?? 'booting';

/** The legal basis and the privacy page: side pages that return to where the user was. */
export const isSidePage = (screen: Screen): boolean => screen === 'legal' || screen === 'privacy';

export const isStepScreen = (screen: Screen): boolean => STEP_SCREENS.includes(screen);
