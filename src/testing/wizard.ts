import { createActor, fromPromise, type SnapshotFrom } from 'xstate';
import { screenOf as screenShown } from '../../machines/screens';
import { wizardMachine, type ReportFile, type ReportRequest } from '../../machines/wizard.machine';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import { createStorageActor } from '../storage/storage-actor';
import { memoryStorage } from './memory-storage';

let counter = 0;
export const testIds = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

/** The wizard with in-memory storage and a report generator that records its calls. */
export function testWizard(storage = memoryStorage()) {
  const reports: ({ assessment: Assessment } & ReportRequest)[] = [];
  const downloads: ReportFile[] = [];
  const machine = wizardMachine.provide({
    actors: {
      storage: createStorageActor(
        { storage, index: CONTENT_INDEX, now: () => new Date('2026-11-28T03:00:00Z'), newId: testIds },
        undefined,
        null,
      ),
      generateReport: fromPromise<ReportFile, { assessment: Assessment } & ReportRequest>(async ({ input }) => {
        reports.push(input);
        return { blob: new Blob(['%PDF-test']), fileName: `report-${input.language}-${input.format}.pdf` };
      }),
    },
    actions: { downloadReport: (_, file) => void downloads.push(file) },
  });
  return { machine, storage, reports, downloads };
}

export function startWizard(storage = memoryStorage()) {
  const setup = testWizard(storage);
  const actor = createActor(setup.machine, { input: {} }).start();
  return { ...setup, actor };
}

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The screen a snapshot shows, as the UI derives it, with the page for a checklist step. */
export function screenOf(s: WizardSnapshot): string {
  const screen = screenShown(s);
  return screen === 'checklist' ? `page:${s.context.assessment?.step}` : screen;
}
