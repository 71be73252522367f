import { Suspense } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Shell } from '../features/shell/shell';
import { AppBoundary } from './app-boundary';
import { AppReady } from './app-ready';
import { BrowserHistorySync } from './browser-history';
import { FramedNotice } from './frame-guard';
import { LeaveWarning } from './leave-warning';
import { UnexpectedErrors } from './unexpected-errors';
import { WizardContext, type WizardActor } from './wizard-context';

/**
 * The composition root: translations, the running wizard, and the shell that shows its current screen.
 * Both come from outside, so the same tree renders in the browser (src/app/boot.tsx) and at build
 * time (src/app/prerender.tsx, the welcome screen written into index.html).
 */
export function App({ i18n, actor }: { i18n: I18n; actor: WizardActor }) {
  return (
    <I18nextProvider i18n={i18n}>
      <AppBoundary>
        <Suspense fallback={<div className="splash" aria-busy="true" />}>
          <WizardContext.Provider actor={actor}>
            <BrowserHistorySync />
            <UnexpectedErrors />
            <LeaveWarning />
            <Shell />
            <AppReady />
          </WizardContext.Provider>
        </Suspense>
      </AppBoundary>
    </I18nextProvider>
  );
}

/** What runs instead of the app inside another origin's frame (src/app/frame-guard.tsx): no wizard, no storage. */
export function FramedApp({ i18n }: { i18n: I18n }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={null}>
        <FramedNotice />
      </Suspense>
    </I18nextProvider>
  );
}
