import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { Shell } from '../features/shell/shell';
import { AppBoundary } from './app-boundary';
import { BrowserHistorySync } from './browser-history';
import { FramedNotice, framedByOtherOrigin } from './frame-guard';
import { LeaveWarning } from './leave-warning';
import { UnexpectedErrors } from './unexpected-errors';
import { providedWizardMachine } from './provided-machine';
import { WizardContext } from './wizard-context';

/** The composition root: translations, the running wizard, and the shell that shows its current screen. */
const framed = framedByOtherOrigin(window);

export function App() {
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
          <WizardContext.Provider logic={providedWizardMachine}>
            <BrowserHistorySync />
            <UnexpectedErrors />
            <LeaveWarning />
            <Shell />
          </WizardContext.Provider>
        </Suspense>
      </AppBoundary>
    </I18nextProvider>
  );
}
