import { Suspense } from 'react';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { Shell } from '../features/shell/shell';
import { AppBoundary } from './app-boundary';
import { AppReady } from './app-ready';
import { BrowserHistorySync } from './browser-history';
import { FramedNotice } from './framed-notice';
import { LeaveWarning } from './leave-warning';
import { UnexpectedErrors } from './unexpected-errors';
import { WizardContext, type WizardActor } from '../wizard/wizard-context';

/**
 * The composition root: translations, the running wizard, and the shell that shows its current screen.
 * All three come from outside (`framed`: src/app/framed-by-other-origin.ts), so the same tree renders in the
 * browser (src/app/boot.tsx) and at build time (src/app/prerender.tsx, the welcome screen written
 * into index.html).
 */
export function App({ i18n, actor, framed }: { i18n: I18n; actor: WizardActor; framed: boolean }) {
  if (framed) {
    return (
      <I18nextProvider i18n={i18n}>
        <Suspense fallback={null}>
          <FramedNotice />
        </Suspense>
      </I18nextProvider>
    );
  }
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
