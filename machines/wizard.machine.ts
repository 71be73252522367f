import { assertEvent, assign, fromCallback, fromPromise, sendTo, setup } from 'xstate';
import { CONTENT_INDEX, type ContentIndex } from '../src/content/content';
import type { Profile } from '../src/content/profile-options';
import type { ItemAnswer } from '../src/domain/answers';
import type { Assessment, PlanEntry, ProfileDraft } from '../src/domain/assessment';
import type { Language } from '../src/domain/languages';
import { withAnswersChanged, withCarriedConfirmed } from '../src/domain/follow-up-start';
import { mergeEntries } from '../src/domain/merge-entries';
import type { ReportFormat } from '../src/domain/report-format';
import {
  isReachable,
  nextStep,
  previousStep,
  resolveStep,
  stepKind,
  PROFILE_STEP,
  REVIEW_STEP,
  type StepKind,
} from './steps';
import type { Screen } from './screens';
import type { Notice, QuarantineEntry, StorageCommand, StorageEvent } from './storage-protocol';

/**
 * The wizard: the one source of truth for navigation.
 *
 *   booting ─▶ wizard.welcome ⇄ wizard.active.{profile, checklist, review, report}
 *   legal / privacy: side pages that return to where the user was (deep history).
 *
 * Each state the user sees is tagged with its screen (./screens.ts): the UI reads the tag, never the state names.
 *
 * Every navigation event writes the target step into the assessment and goes
 * through `active.route`, which picks the state for that kind of step. Which
 * steps exist for a profile comes from ./steps (pure applicability rules), so
 * next, back and jump can never disagree.
 *
 * Side effects are injected by the app with `.provide()`: the `storage` actor
 * (load, save, import, conflicts), the `generateReport` actor, and the
 * `download*` / `export*` actions. The machine itself is pure and runs in
 * Node tests with in-memory stand-ins.
 */

export interface ReportFile {
  blob: Blob;
  fileName: string;
}

/**
 * How the last report request on the open assessment ended, shown on the report step until the next one.
 * Whether one is being made is the state `report.generating` (tag `generatingReport`), not kept here.
 */
type ReportOutcome = { state: 'ready'; fileName: string; size: number } | { state: 'failed' };

/** Tags: the screen each state shows (./screens.ts), a report being made, and an assessment being opened. */
type WizardTag = Screen | 'generatingReport' | 'opening';

/** What the report step asks for: the report's language and page format, both chosen there. */
export interface ReportRequest {
  language: Language;
  format: ReportFormat;
}

export interface WizardMachineContext {
  index: ContentIndex;
  /** Saved assessments, for the welcome screen. */
  library: Assessment[];
  assessment: Assessment | null;
  /** Bumped whenever the assessment is replaced from outside the forms, so forms remount with its values. */
  epoch: number;
  /** Item to scroll to and focus after a jump from the review. */
  focusItem: string | null;
  /** Set when a page was opened from the review: the page offers a way straight back. */
  returnToReview: boolean;
  /** Messages to show (import results, storage problems), most important first. */
  notices: Notice[];
  /** Saved records that could not be read, set aside (see the privacy page). */
  quarantined: QuarantineEntry[];
  /** Last deleted assessment, for undo. */
  deleted: { id: string; name: string } | null;
  /** A newer version of the open assessment written by another tab or window. */
  conflict: Assessment | null;
  persisted: boolean | null;
  /** Time of the last successful save, for the "saved" indicator. */
  lastSaved: string | null;
  /** The last write was refused (full storage): the "saved" indicator must not claim otherwise. */
  saveFailed: boolean;
  lastReport: ReportOutcome | null;
}

export type WizardEvent =
  | StorageEvent
  | { type: 'assessment.new' }
  | { type: 'assessment.open'; id: string }
  | { type: 'assessment.rename'; id: string; title: string }
  | { type: 'assessment.duplicate'; id: string; title: string }
  | { type: 'assessment.delete'; id: string }
  /** "Assess again" on a saved assessment: a follow-up that starts from it. */
  | { type: 'assessment.followUp'; id: string }
  /** The producer says these carried-over answers are still true. */
  | { type: 'followUp.confirm'; items: string[] }
  | { type: 'assessment.undoDelete' }
  | { type: 'assessment.import'; file: Blob }
  | { type: 'assessment.export' }
  | { type: 'plan.exportCsv'; language: Language }
  | { type: 'quarantine.export'; key: string }
  | { type: 'quarantine.discard'; key: string }
  | { type: 'profile.change'; values: ProfileDraft }
  /** `draft` is the form as typed (it keeps a raw material hidden for a service, to come back with goods). */
  | { type: 'profile.submit'; profile: Profile; draft?: ProfileDraft }
  | { type: 'answers.change'; answers: Record<string, ItemAnswer> }
  | { type: 'plan.change'; plan: Record<string, PlanEntry> }
  | { type: 'nav.next' }
  | { type: 'nav.back' }
  | { type: 'nav.goto'; step: string; item?: string }
  | { type: 'nav.home' }
  | { type: 'nav.legal' }
  | { type: 'nav.privacy' }
  | { type: 'nav.close' }
  | { type: 'report.setLanguage'; language: Language }
  | ({ type: 'report.generate' } & ReportRequest)
  | { type: 'conflict.reload' }
  | { type: 'conflict.keepMine' }
  | { type: 'notice.dismiss' }
  /** Something failed that no screen caught (an unhandled rejection): told, not hidden. */
  | { type: 'app.unexpectedError' };

export interface WizardInput {
  index?: ContentIndex;
}

type StepEvent = Extract<WizardEvent, { type: 'nav.next' | 'nav.back' | 'nav.goto' }>;

/** The step a navigation event leads to, or undefined when it leads nowhere in the sequence. */
function targetStep(context: WizardMachineContext, event: StepEvent): string | undefined {
  const a = context.assessment;
  if (!a) return undefined;
  switch (event.type) {
    case 'nav.next':
      // The profile is left forward only by submitting it (profile.submit), which checks it first.
      return a.step === PROFILE_STEP ? undefined : nextStep(context.index, a.profile, a.step);
    case 'nav.back':
      return previousStep(context.index, a.profile, a.step);
    case 'nav.goto':
      return isReachable(context.index, a.profile, event.step) ? event.step : undefined;
  }
}

const currentKind = (context: WizardMachineContext): StepKind | undefined =>
  context.assessment ? stepKind(context.index, context.assessment.step) : undefined;

/**
 * The open assessment. Every state under `active` has one: it is entered only with one (`hasCurrent`,
 * `assessment.opened`) and left when it is cleared, so reaching this without one is a bug, not a case.
 */
function openAssessment(context: WizardMachineContext): Assessment {
  if (!context.assessment) throw new Error('No assessment is open');
  return context.assessment;
}

/** Merge a patch into the open assessment (the storage actor stamps time and revision when it writes). */
const patch = (context: WizardMachineContext, change: Partial<Assessment>): Assessment => ({
  ...openAssessment(context),
  ...change,
});

export const wizardMachine = setup({
  types: {
    context: {} as WizardMachineContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
    tags: {} as WizardTag,
  },
  actors: {
    // Placeholders: the app and the tests provide the real ones.
    storage: fromCallback<StorageCommand>(() => {
      throw new Error('The storage actor must be provided');
    }),
    generateReport: fromPromise<ReportFile, { assessment: Assessment } & ReportRequest>(() =>
      Promise.reject(new Error('The report generator must be provided')),
    ),
  },
  actions: {
    /** Injected: save a generated report to the device. */
    downloadReport: (_, _params: ReportFile) => {},
    /** Injected: download the assessment as a JSON file. */
    exportAssessment: (_, _params: { assessment: Assessment }) => {},
    /** Injected: download the action plan as CSV. */
    exportPlan: (_, _params: { assessment: Assessment; language: Language }) => {},
    /** Injected: download a record that could not be read, as it was stored. */
    exportQuarantined: (_, _params: { key: string }) => {},
    save: sendTo('storage', ({ context }): StorageCommand => ({ type: 'save', assessment: openAssessment(context) })),
    /** A command for the storage actor, written where it is sent (typed by the event it answers). */
    toStorage: sendTo('storage', (_, command: StorageCommand) => command),
    setStep: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, ['nav.next', 'nav.back', 'nav.goto']);
        const step = targetStep(context, event);
        return step ? patch(context, { step }) : openAssessment(context);
      },
      focusItem: ({ event }) => (event.type === 'nav.goto' ? (event.item ?? null) : null),
    }),
    /** Leaving the open assessment (it stays saved) for the list: the storage forgets it was open. */
    closeStorage: sendTo('storage', { type: 'close' } satisfies StorageCommand),
    clearSession: assign({ assessment: null, conflict: null, focusItem: null, returnToReview: false }),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    /** The saved assessments as storage read them at start-up, with the one that was open, if any. */
    takeLibrary: assign(({ event }) => {
      assertEvent(event, 'library.loaded');
      return {
        library: event.entries,
        assessment: event.current,
        notices: event.notices,
        quarantined: event.quarantined,
      };
    }),
    keepProfileDraft: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'profile.change');
        return patch(context, { profileDraft: event.values });
      },
    }),
    /**
     * The profile decides the steps; then straight back to the review when it was opened from there,
     * else on to the first page that applies.
     */
    submitProfile: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'profile.submit');
        const profile = event.profile;
        const step = context.returnToReview ? REVIEW_STEP : nextStep(context.index, profile, PROFILE_STEP);
        return patch(context, { profile, profileDraft: event.draft ?? { ...profile }, ...(step ? { step } : {}) });
      },
    }),
    mergeAnswers: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'answers.change');
        const open = openAssessment(context);
        // A follow-up's carried answer that changes is no longer "from the earlier assessment".
        return patch(context, {
          ...withAnswersChanged(open, event.answers),
          answers: mergeEntries(open.answers, event.answers),
        });
      },
    }),
    confirmCarried: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'followUp.confirm');
        return withCarriedConfirmed(openAssessment(context), event.items);
      },
    }),
    mergePlan: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'plan.change');
        return patch(context, { plan: mergeEntries(openAssessment(context).plan, event.plan) });
      },
    }),
    /** Storage could not do what was asked: the producer is told, and the saved mark stops saying "saved". */
    takeFailure: assign({
      notices: ({ event }) => {
        assertEvent(event, 'storage.failed');
        return [event.notice];
      },
      saveFailed: true,
    }),
    setReportLanguage: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'report.setLanguage');
        return patch(context, { reportLanguage: event.language });
      },
    }),
    /** The language and page format a report is made with are the ones the report step offers next time. */
    rememberReportChoice: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, 'report.generate');
        return patch(context, { reportLanguage: event.language, reportFormat: event.format });
      },
    }),
    /** After a reload or a profile change, land on a step that still applies. */
    resolveStep: assign({
      assessment: ({ context }) => {
        const a = openAssessment(context);
        const step = resolveStep(context.index, a.profile, a.step);
        return step === a.step ? a : { ...a, step };
      },
    }),
  },
  guards: {
    hasStepTarget: ({ context, event }) => {
      assertEvent(event, ['nav.next', 'nav.back', 'nav.goto']);
      return targetStep(context, event) !== undefined;
    },
    stepIs: ({ context }, params: { kind: StepKind }) => currentKind(context) === params.kind,
    isNewReportChoice: ({ context, event }) => {
      assertEvent(event, 'report.generate');
      const a = openAssessment(context);
      return a.reportLanguage !== event.language || a.reportFormat !== event.format;
    },
    hasCurrent: ({ event }) => event.type === 'library.loaded' && event.current !== null,
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    index: input?.index ?? CONTENT_INDEX,
    library: [],
    assessment: null,
    epoch: 0,
    focusItem: null,
    returnToReview: false,
    notices: [],
    quarantined: [],
    deleted: null,
    conflict: null,
    persisted: null,
    lastSaved: null,
    saveFailed: false,
    lastReport: null,
  }),
  invoke: { id: 'storage', src: 'storage' },
  initial: 'booting',
  on: {
    'storage.failed': { actions: 'takeFailure' },
    /*
     * Storage opened the assessment asked for (created, opened, imported, followed up) from the welcome screen.
     * Taken from wherever the producer is by then (the legal basis, opened while storage's code was still
     * loading): the assessment they asked for is shown, and the welcome screen is not left waiting for it.
     */
    'assessment.opened': {
      target: '.wizard.active',
      actions: assign({
        assessment: ({ event }) => event.assessment,
        epoch: ({ context }) => context.epoch + 1,
        notices: ({ event }) => event.notices ?? [],
        conflict: null,
        deleted: null,
        saveFailed: false,
        lastReport: null,
      }),
    },
    'notice.dismiss': { actions: assign({ notices: [] }) },
    'app.unexpectedError': {
      actions: assign({
        notices: ({ context }) =>
          context.notices.some((n) => n.key === 'unexpected')
            ? context.notices
            : [...context.notices, { key: 'unexpected', tone: 'error' } as const],
      }),
    },
    'quarantine.export': { actions: { type: 'exportQuarantined', params: ({ event }) => ({ key: event.key }) } },
    'quarantine.discard': {
      actions: { type: 'toStorage', params: ({ event }) => ({ type: 'discardQuarantined', key: event.key }) },
    },
    'quarantine.changed': { actions: assign({ quarantined: ({ event }) => event.quarantined }) },
    'library.changed': {
      actions: assign({
        library: ({ event }) => event.entries,
        notices: ({ context, event }) => (event.notice ? [event.notice] : context.notices),
        deleted: ({ context, event }) => event.deleted ?? context.deleted,
      }),
    },
    'storage.persistence': { actions: assign({ persisted: ({ event }) => event.persisted }) },
    'storage.saved': {
      actions: assign({
        assessment: ({ context, event }) =>
          context.assessment?.id === event.id
            ? { ...context.assessment, rev: event.rev, updatedAt: event.updatedAt }
            : context.assessment,
        lastSaved: ({ event }) => event.updatedAt,
        saveFailed: false,
      }),
    },
    'nav.legal': { target: '.legal' },
    'nav.privacy': { target: '.privacy' },
  },
  states: {
    booting: {
      tags: 'booting',
      on: {
        'library.loaded': [
          { guard: 'hasCurrent', target: 'wizard.active', actions: 'takeLibrary' },
          { target: 'wizard.welcome', actions: 'takeLibrary' },
        ],
      },
    },
    wizard: {
      initial: 'welcome',
      states: {
        hist: { type: 'history', history: 'deep' },
        welcome: {
          tags: 'welcome',
          entry: { type: 'toStorage', params: { type: 'list' } },
          initial: 'idle',
          states: {
            idle: {
              on: {
                'assessment.new': { target: 'opening', actions: { type: 'toStorage', params: { type: 'create' } } },
                'assessment.open': {
                  target: 'opening',
                  actions: { type: 'toStorage', params: ({ event }) => ({ type: 'open', id: event.id }) },
                },
                'assessment.import': {
                  target: 'opening',
                  actions: [
                    { type: 'toStorage', params: ({ event }) => ({ type: 'import', file: event.file }) },
                    assign({ notices: [] }),
                  ],
                },
                // Follow-up assessment: the storage actor starts it and answers with assessment.opened.
                'assessment.followUp': {
                  target: 'opening',
                  actions: [
                    { type: 'toStorage', params: ({ event }) => ({ type: 'followUp', id: event.id }) },
                    assign({ notices: [] }),
                  ],
                },
              },
            },
            /*
             * Storage has a request that opens an assessment (on a first visit its code may still be on the way):
             * another tap on Start or Open, or another file, waits until it answers, so a producer who taps twice
             * on a slow phone gets one assessment, not two. It answers assessment.opened (handled by `wizard`) or
             * storage.failed.
             */
            opening: {
              tags: 'opening',
              on: { 'storage.failed': { target: 'idle', actions: 'takeFailure' } },
            },
          },
          on: {
            'assessment.rename': {
              actions: {
                type: 'toStorage',
                params: ({ event }) => ({ type: 'rename', id: event.id, title: event.title }),
              },
            },
            'assessment.duplicate': {
              actions: {
                type: 'toStorage',
                params: ({ event }) => ({ type: 'duplicate', id: event.id, title: event.title }),
              },
            },
            'assessment.delete': {
              actions: [
                { type: 'toStorage', params: ({ event }) => ({ type: 'delete', id: event.id }) },
                assign({ notices: [] }),
              ],
            },
            'assessment.undoDelete': {
              guard: ({ context }) => context.deleted !== null,
              actions: [
                { type: 'toStorage', params: ({ context }) => ({ type: 'restore', id: context.deleted?.id ?? '' }) },
                assign({ deleted: null }),
              ],
            },
          },
        },
        active: {
          initial: 'route',
          on: {
            'nav.home': { target: 'welcome', actions: ['closeStorage', 'clearSession'] },
            // Next and back walk the step sequence (./steps) from whichever step is shown.
            'nav.next': { guard: 'hasStepTarget', target: '.route', actions: ['setStep', 'save'] },
            'nav.back': [
              { guard: 'hasStepTarget', target: '.route', actions: ['setStep', 'save'] },
              // Only the first step, the profile, has none before it: back leaves the assessment (saved) for the list.
              { target: 'welcome', actions: ['closeStorage', 'clearSession'] },
            ],
            'nav.goto': {
              guard: 'hasStepTarget',
              target: '.route',
              actions: ['setStep', 'clearReturnToReview', 'save'],
            },
            'profile.change': { actions: ['keepProfileDraft', 'save'] },
            'answers.change': { actions: ['mergeAnswers', 'save'] },
            'plan.change': { actions: ['mergePlan', 'save'] },
            // Follow-up assessment: carried-over answers confirmed as still true.
            'followUp.confirm': { actions: ['confirmCarried', 'save'] },
            'assessment.export': {
              actions: { type: 'exportAssessment', params: ({ context }) => ({ assessment: openAssessment(context) }) },
            },
            'plan.exportCsv': {
              actions: {
                type: 'exportPlan',
                params: ({ context, event }) => ({ assessment: openAssessment(context), language: event.language }),
              },
            },
            'storage.conflict': { actions: assign({ conflict: ({ event }) => event.theirs }) },
            'storage.deletedElsewhere': {
              actions: assign({
                notices: ({ context }) => [{ key: 'tabs.deleted', tone: 'error' } as const, ...context.notices],
              }),
            },
            'assessment.reloaded': {
              target: '.route',
              actions: assign({
                // Take the other tab's data but stay on this tab's step.
                assessment: ({ context, event }) => ({
                  ...event.assessment,
                  step: context.assessment?.step ?? event.assessment.step,
                }),
                epoch: ({ context }) => context.epoch + 1,
                conflict: null,
              }),
            },
            'conflict.reload': {
              guard: ({ context }) => context.conflict !== null,
              actions: {
                type: 'toStorage',
                params: ({ context }) => ({ type: 'reload', id: context.conflict?.id ?? '' }),
              },
            },
            'conflict.keepMine': {
              guard: ({ context }) => context.conflict !== null && context.assessment !== null,
              actions: [
                {
                  type: 'toStorage',
                  params: ({ context }) => ({ type: 'overwrite', assessment: openAssessment(context) }),
                },
                assign({ conflict: null }),
              ],
            },
          },
          states: {
            route: {
              entry: 'resolveStep',
              always: [
                { guard: { type: 'stepIs', params: { kind: 'page' } }, target: 'checklist' },
                { guard: { type: 'stepIs', params: { kind: 'review' } }, target: 'review' },
                { guard: { type: 'stepIs', params: { kind: 'report' } }, target: 'report' },
                { target: 'profile' },
              ],
            },
            profile: {
              tags: 'profile',
              on: {
                'profile.submit': { target: 'route', actions: ['submitProfile', 'save'] },
              },
            },
            checklist: { tags: 'checklist' },
            review: {
              tags: 'review',
              entry: 'clearReturnToReview',
              on: {
                // A page opened from here offers the way straight back.
                'nav.goto': {
                  guard: 'hasStepTarget',
                  target: 'route',
                  actions: ['setStep', 'markReturnToReview', 'save'],
                },
              },
            },
            report: {
              tags: 'report',
              initial: 'idle',
              on: {
                'report.setLanguage': { actions: ['setReportLanguage', 'save'] },
              },
              states: {
                idle: {
                  on: {
                    // Saved only when it changes: making the same report again does not touch "last changed".
                    'report.generate': [
                      { guard: 'isNewReportChoice', target: 'generating', actions: ['rememberReportChoice', 'save'] },
                      { target: 'generating' },
                    ],
                  },
                },
                generating: {
                  tags: 'generatingReport',
                  entry: assign({ lastReport: null }),
                  invoke: {
                    src: 'generateReport',
                    // Language and format come with the request that started this state.
                    input: ({ context, event }) => {
                      assertEvent(event, 'report.generate');
                      return { assessment: openAssessment(context), language: event.language, format: event.format };
                    },
                    onDone: {
                      target: 'idle',
                      actions: [
                        { type: 'downloadReport', params: ({ event }) => event.output },
                        assign({
                          lastReport: ({ event }) => ({
                            state: 'ready',
                            fileName: event.output.fileName,
                            size: event.output.blob.size,
                          }),
                        }),
                      ],
                    },
                    onError: { target: 'idle', actions: assign({ lastReport: { state: 'failed' } }) },
                  },
                },
              },
            },
          },
        },
      },
    },
    legal: { tags: 'legal', on: { 'nav.close': { target: 'wizard.hist' } } },
    privacy: { tags: 'privacy', on: { 'nav.close': { target: 'wizard.hist' } } },
  },
});
