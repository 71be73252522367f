import { assertEvent, assign, fromCallback, fromPromise, sendTo, setup, type ActorRefFrom } from 'xstate';
import { CONTENT_INDEX, type ContentIndex } from '../src/content/content';
import type { Profile } from '../src/content/profile-options';
import type { ItemAnswer } from '../src/domain/answers';
import type { Assessment, Language, PlanEntry, ProfileDraft } from '../src/domain/assessment';
import { withAnswersChanged, withCarriedConfirmed } from '../src/domain/follow-up-start';
import { mergeEntries } from '../src/domain/merge-entries';
import type { ReportFormat } from '../src/domain/report-format';
import { isReachable, nextStep, previousStep, resolveStep, stepKind, REVIEW_STEP, type StepKind } from './steps';
import type { Notice, QuarantineEntry, StorageCommand, StorageEvent } from './storage-protocol';

/**
 * The wizard: the one source of truth for navigation.
 *
 *   booting ─▶ wizard.welcome ⇄ wizard.active.{profile, checklist, review, report}
 *   legal / privacy: side pages that return to where the user was (deep history).
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

export type ReportStatus =
  | { state: 'idle' }
  | { state: 'generating' }
  | { state: 'ready'; fileName: string; size: number }
  | { state: 'failed' };

/** What the report step asks for: the report's language and page format, both chosen there. */
export interface ReportRequest {
  language: Language;
  format: ReportFormat;
}

export interface WizardContext {
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
  report: ReportStatus;
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
function targetStep(context: WizardContext, event: StepEvent): string | undefined {
  const a = context.assessment;
  if (!a) return undefined;
  switch (event.type) {
    case 'nav.next':
      return nextStep(context.index, a.profile, a.step);
    case 'nav.back':
      return previousStep(context.index, a.profile, a.step);
    case 'nav.goto':
      return isReachable(context.index, a.profile, event.step) ? event.step : undefined;
  }
}

const currentKind = (context: WizardContext): StepKind | undefined =>
  context.assessment ? stepKind(context.index, context.assessment.step) : undefined;

/** Merge a patch into the open assessment (the storage actor stamps time and revision when it writes). */
const patch = (context: WizardContext, change: Partial<Assessment>): Assessment | null =>
  context.assessment ? { ...context.assessment, ...change } : null;

export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
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
    save: sendTo('storage', ({ context }): StorageCommand => {
      if (!context.assessment) throw new Error('No assessment to save');
      return { type: 'save', assessment: context.assessment };
    }),
    forward: sendTo('storage', ({ event }): StorageCommand => {
      switch (event.type) {
        case 'assessment.new':
          return { type: 'create' };
        case 'assessment.open':
          return { type: 'open', id: event.id };
        case 'assessment.rename':
          return { type: 'rename', id: event.id, title: event.title };
        case 'assessment.duplicate':
          return { type: 'duplicate', id: event.id, title: event.title };
        case 'assessment.delete':
          return { type: 'delete', id: event.id };
        case 'assessment.followUp':
          return { type: 'followUp', id: event.id };
        case 'assessment.import':
          return { type: 'import', file: event.file };
        default:
          throw new Error(`Not a storage command: ${event.type}`);
      }
    }),
    setStep: assign({
      assessment: ({ context, event }) => {
        assertEvent(event, ['nav.next', 'nav.back', 'nav.goto']);
        const step = targetStep(context, event);
        return step ? patch(context, { step }) : context.assessment;
      },
      focusItem: ({ event }) => (event.type === 'nav.goto' ? (event.item ?? null) : null),
    }),
    /** Leaving the open assessment (it stays saved) for the list: the storage forgets it was open. */
    closeStorage: sendTo('storage', { type: 'close' } satisfies StorageCommand),
    clearSession: assign({ assessment: null, conflict: null, focusItem: null, returnToReview: false }),
    markReturnToReview: assign({ returnToReview: true }),
    clearReturnToReview: assign({ returnToReview: false }),
    /** After a reload or a profile change, land on a step that still applies. */
    resolveStep: assign({
      assessment: ({ context }) => {
        const a = context.assessment;
        if (!a) return a;
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
    isBackFromProfile: ({ context, event }) =>
      event.type === 'nav.back' && context.assessment?.step === 'profile',
    stepIs: ({ context }, params: { kind: StepKind }) => currentKind(context) === params.kind,
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
    report: { state: 'idle' },
  }),
  invoke: { id: 'storage', src: 'storage' },
  initial: 'booting',
  on: {
    'storage.failed': { actions: assign({ notices: ({ event }) => [event.notice], saveFailed: true }) },
    'notice.dismiss': { actions: assign({ notices: [] }) },
    'app.unexpectedError': {
      actions: assign({
        notices: ({ context }) =>
          context.notices.some((n) => n.key === 'unexpected') ? context.notices : [...context.notices, { key: 'unexpected', tone: 'error' } as const],
      }),
    },
    'quarantine.export': { actions: { type: 'exportQuarantined', params: ({ event }) => ({ key: event.key }) } },
    'quarantine.discard': {
      actions: sendTo('storage', ({ event }): StorageCommand => ({ type: 'discardQuarantined', key: event.key })),
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
      on: {
        'library.loaded': [
          {
            guard: 'hasCurrent',
            target: 'wizard.active',
            actions: assign({
              library: ({ event }) => event.entries,
              assessment: ({ event }) => event.current,
              notices: ({ event }) => event.notices,
              quarantined: ({ event }) => event.quarantined,
            }),
          },
          {
            target: 'wizard.welcome',
            actions: assign({
              library: ({ event }) => event.entries,
              notices: ({ event }) => event.notices,
              quarantined: ({ event }) => event.quarantined,
            }),
          },
        ],
      },
    },
    wizard: {
      initial: 'welcome',
      on: {
        'assessment.opened': {
          target: '.active',
          actions: assign({
            assessment: ({ event }) => event.assessment,
            epoch: ({ context }) => context.epoch + 1,
            notices: ({ event }) => event.notices ?? [],
            conflict: null,
            deleted: null,
            saveFailed: false,
            report: { state: 'idle' },
          }),
        },
      },
      states: {
        hist: { type: 'history', history: 'deep' },
        welcome: {
          entry: [sendTo('storage', { type: 'list' } satisfies StorageCommand)],
          on: {
            'assessment.new': { actions: 'forward' },
            'assessment.open': { actions: 'forward' },
            'assessment.rename': { actions: 'forward' },
            'assessment.duplicate': { actions: 'forward' },
            'assessment.delete': { actions: ['forward', assign({ notices: [] })] },
            'assessment.undoDelete': {
              guard: ({ context }) => context.deleted !== null,
              actions: [
                sendTo('storage', ({ context }): StorageCommand => ({ type: 'restore', id: context.deleted?.id ?? '' })),
                assign({ deleted: null }),
              ],
            },
            'assessment.import': { actions: ['forward', assign({ notices: [] })] },
            // Follow-up assessment: the storage actor starts it and answers with assessment.opened.
            'assessment.followUp': { actions: ['forward', assign({ notices: [] })] },
          },
        },
        active: {
          initial: 'route',
          on: {
            'nav.home': { target: 'welcome', actions: ['closeStorage', 'clearSession'] },
            'nav.goto': { guard: 'hasStepTarget', target: '.route', actions: ['setStep', 'clearReturnToReview', 'save'] },
            'profile.change': {
              actions: [
                assign({
                  assessment: ({ context, event }) => patch(context, { profileDraft: event.values }),
                }),
                'save',
              ],
            },
            'answers.change': {
              actions: [
                assign({
                  assessment: ({ context, event }) =>
                    context.assessment &&
                    // A follow-up's carried answer that changes is no longer "from the earlier assessment".
                    patch(context, {
                      ...withAnswersChanged(context.assessment, event.answers),
                      answers: mergeEntries(context.assessment.answers, event.answers),
                    }),
                }),
                'save',
              ],
            },
            'plan.change': {
              actions: [
                assign({
                  assessment: ({ context, event }) =>
                    patch(context, { plan: mergeEntries(context.assessment?.plan ?? {}, event.plan) }),
                }),
                'save',
              ],
            },
            // Follow-up assessment: carried-over answers confirmed as still true.
            'followUp.confirm': {
              actions: [
                assign({
                  assessment: ({ context, event }) => context.assessment && withCarriedConfirmed(context.assessment, event.items),
                }),
                'save',
              ],
            },
            'assessment.export': {
              actions: {
                type: 'exportAssessment',
                params: ({ context }) => ({ assessment: context.assessment as Assessment }),
              },
            },
            'plan.exportCsv': {
              actions: {
                type: 'exportPlan',
                params: ({ context, event }) => ({
                  assessment: context.assessment as Assessment,
                  language: event.language,
                }),
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
              actions: sendTo('storage', ({ context }): StorageCommand => ({
                type: 'reload',
                id: context.conflict?.id ?? '',
              })),
            },
            'conflict.keepMine': {
              guard: ({ context }) => context.conflict !== null && context.assessment !== null,
              actions: [
                sendTo('storage', ({ context }): StorageCommand => ({
                  type: 'overwrite',
                  assessment: context.assessment as Assessment,
                })),
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
              on: {
                'profile.submit': {
                  target: 'route',
                  actions: [
                    assign({
                      assessment: ({ context, event }) =>
                        patch(context, { profile: event.profile, profileDraft: event.draft ?? { ...event.profile } }),
                    }),
                    assign({
                      // Straight back to the review when the profile was opened from it.
                      assessment: ({ context }) => {
                        const a = context.assessment;
                        const step = context.returnToReview
                          ? REVIEW_STEP
                          : a
                            ? nextStep(context.index, a.profile, 'profile')
                            : undefined;
                        return step ? patch(context, { step }) : a;
                      },
                    }),
                    'save',
                  ],
                },
                'nav.back': { target: '#wizard.wizard.welcome', actions: ['closeStorage', 'clearSession'] },
              },
            },
            checklist: {
              on: {
                'nav.next': { guard: 'hasStepTarget', target: 'route', actions: ['setStep', 'save'] },
                'nav.back': { guard: 'hasStepTarget', target: 'route', actions: ['setStep', 'save'] },
              },
            },
            review: {
              entry: 'clearReturnToReview',
              on: {
                'nav.goto': {
                  guard: 'hasStepTarget',
                  target: 'route',
                  actions: ['setStep', 'markReturnToReview', 'save'],
                },
                'nav.next': { guard: 'hasStepTarget', target: 'route', actions: ['setStep', 'save'] },
                'nav.back': { guard: 'hasStepTarget', target: 'route', actions: ['setStep', 'save'] },
              },
            },
            report: {
              initial: 'idle',
              on: {
                'nav.back': { guard: 'hasStepTarget', target: 'route', actions: ['setStep', 'save'] },
                'report.setLanguage': {
                  actions: [
                    assign({
                      assessment: ({ context, event }) => patch(context, { reportLanguage: event.language }),
                    }),
                    'save',
                  ],
                },
              },
              states: {
                idle: {
                  on: {
                    'report.generate': {
                      target: 'generating',
                      actions: assign({ report: { state: 'generating' } }),
                    },
                  },
                },
                generating: {
                  invoke: {
                    src: 'generateReport',
                    // Language and format come with the request that started this state.
                    input: ({ context, event }) => {
                      assertEvent(event, 'report.generate');
                      return { assessment: context.assessment as Assessment, language: event.language, format: event.format };
                    },
                    onDone: {
                      target: 'idle',
                      actions: [
                        { type: 'downloadReport', params: ({ event }) => event.output },
                        assign({
                          report: ({ event }) => ({ state: 'ready', fileName: event.output.fileName, size: event.output.blob.size }),
                        }),
                      ],
                    },
                    onError: { target: 'idle', actions: assign({ report: { state: 'failed' } }) },
                  },
                },
              },
            },
          },
        },
      },
    },
    legal: { on: { 'nav.close': { target: 'wizard.hist' } } },
    privacy: { on: { 'nav.close': { target: 'wizard.hist' } } },
  },
});

export type WizardActorRef = ActorRefFrom<typeof wizardMachine>;
export { REVIEW_STEP };
