import { createActor, fromPromise } from 'xstate';
import { wizardMachine, type ReportFile, type ReportRequest } from '../../machines/wizard.machine';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import { fileSlug } from '../domain/file-name';
import { isoDay, saveBlob } from '../lib/download';
import { newId } from '../lib/new-id';
import { fileDelivery } from '../lib/share-file';
import { deviceStorage } from '../storage/device-storage';
import { storageActor, type ServiceSource } from '../storage/storage-connection';

/**
 * The wizard machine with the browser's side effects plugged in: storage in
 * localStorage, the report generator (loaded only when a report is made), and
 * downloads. This is the only place that connects the machine to the browser.
 */

/** Name of the performance measure around each report generation (read by scripts/bench.mjs). */
export const REPORT_MEASURE = 'ocop:report-generation';

const device = deviceStorage(() => window.localStorage);

/** The code that reads and writes assessments (the saved format's schema and migrations). */
async function loadStorage() {
  const [{ StorageService }, { toEnvelope }] = await Promise.all([
    import('../storage/storage-service'),
    import('../storage/read-assessment'),
  ]);
  return { StorageService, toEnvelope };
}

/**
 * Where the storage actor gets its service. With nothing stored (`nothingStored`: no key of the app's
 * but the language) on storage that works and has room, start-up has nothing to read or to tell, so
 * the service loads with the first command that needs it; otherwise it is loaded now, and the actor
 * reads the saved assessments as it starts.
 */
export async function storageSource(nothingStored: boolean): Promise<ServiceSource> {
  const service = async () => {
    const { StorageService } = await loadStorage();
    return () => new StorageService({ ...device, index: CONTENT_INDEX, now: () => new Date(), newId });
  };
  if (nothingStored && !device.full && !device.volatile) {
    return { deferred: async () => (await service())(), storage: device.storage };
  }
  return { ready: await service() };
}

export function provideWizardMachine(storage: ServiceSource) {
  return wizardMachine.provide({
    actors: {
      storage: storageActor(storage, navigator.storage, window),
      generateReport: fromPromise<ReportFile, { assessment: Assessment } & ReportRequest>(async ({ input }) => {
        // User-timing marks let `npm run bench` read the generation time from the page.
        const start = performance.now();
        const { generateReportFile } = await import('../report/generate-report');
        const file = await generateReportFile(input.assessment, input.language, input.format, new Date());
        performance.measure(REPORT_MEASURE, { start, end: performance.now(), detail: { size: file.blob.size } });
        return file;
      }),
    },
    actions: {
      // The report, the backup and the plan are offered for sending where the phone can share files.
      downloadReport: (_, file) => void fileDelivery.deliver('report', file.blob, file.fileName),
      exportAssessment: (_, { assessment }) => {
        void loadStorage().then(({ toEnvelope }) => {
          const json = JSON.stringify(toEnvelope(assessment, new Date(), CONTENT_INDEX), null, 2);
          const name = fileSlug(
            assessment.profile?.productName ?? assessment.profileDraft.productName ?? '',
            'assessment',
          );
          fileDelivery.deliver(
            'backup',
            new Blob([json], { type: 'application/json' }),
            `ocop-assessment-${name}-${isoDay(new Date())}.json`,
          );
        });
      },
      exportQuarantined: (_, { key }) => {
        const raw = device.storage.getItem(key);
        if (raw !== null)
          saveBlob(new Blob([raw], { type: 'application/json' }), `ocop-set-aside-${isoDay(new Date())}.json`);
      },
      exportPlan: (_, { assessment, language }) => {
        void import('../report/action-plan-csv').then(({ actionPlanCsvFile }) =>
          actionPlanCsvFile(assessment, language, new Date()).then(
            (file) => void fileDelivery.deliver('plan', file.blob, file.fileName),
          ),
        );
      },
    },
  });
}

/** The app's wizard, not yet started (src/app/boot.tsx starts it in a task of its own). */
export function createWizard(storage: ServiceSource) {
  return createActor(provideWizardMachine(storage), { input: {} });
}
