import { fromPromise } from 'xstate';
import { wizardMachine, type ReportFile, type ReportRequest } from '../../machines/wizard.machine';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import { fileSlug, isoDay, saveBlob } from '../lib/download';
import { newId } from '../lib/new-id';
import { toEnvelope } from '../storage/read-assessment';
import { createStorageActor } from '../storage/storage-actor';

/**
 * The wizard machine with the browser's side effects plugged in: storage in
 * localStorage, the report generator (loaded only when a report is made), and
 * downloads. This is the only place that connects the machine to the browser.
 */

function storageOrMemory(): { storage: Storage; volatile: boolean } {
  try {
    const probe = '__ocop_probe__';
    localStorage.setItem(probe, probe);
    localStorage.removeItem(probe);
    return { storage: localStorage, volatile: false };
  } catch {
    // Storage blocked (some in-app browsers): work in memory, and the storage service tells the user.
    const map = new Map<string, string>();
    const storage: Storage = {
      get length() {
        return map.size;
      },
      key: (i: number) => [...map.keys()][i] ?? null,
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, String(v)),
      removeItem: (k: string) => void map.delete(k),
      clear: () => map.clear(),
    };
    return { storage, volatile: true };
  }
}

/** Name of the performance measure around each report generation (read by scripts/bench.mjs). */
export const REPORT_MEASURE = 'ocop:report-generation';

const device = storageOrMemory();

export const providedWizardMachine = wizardMachine.provide({
  actors: {
    storage: createStorageActor(
      { ...device, index: CONTENT_INDEX, now: () => new Date(), newId },
      navigator.storage,
      window,
    ),
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
    downloadReport: (_, file) => saveBlob(file.blob, file.fileName),
    exportAssessment: (_, { assessment }) => {
      const json = JSON.stringify(toEnvelope(assessment, new Date(), CONTENT_INDEX), null, 2);
      const name = fileSlug(assessment.profile?.productName ?? assessment.profileDraft.productName ?? '', 'assessment');
      saveBlob(new Blob([json], { type: 'application/json' }), `ocop-assessment-${name}-${isoDay(new Date())}.json`);
    },
    exportQuarantined: (_, { key }) => {
      const raw = device.storage.getItem(key);
      if (raw !== null) saveBlob(new Blob([raw], { type: 'application/json' }), `ocop-set-aside-${isoDay(new Date())}.json`);
    },
    exportPlan: (_, { assessment, language }) => {
      void import('../report/action-plan-csv').then(({ actionPlanCsvFile }) =>
        actionPlanCsvFile(assessment, language, new Date()).then((file) => saveBlob(file.blob, file.fileName)),
      );
    },
  },
});
