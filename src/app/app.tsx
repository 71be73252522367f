import { Suspense } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../i18n/i18n';
import { Shell } from '../features/shell/shell';
import { BrowserHistorySync } from './browser-history';
import { providedWizardMachine } from './provided-machine';
import { WizardContext } from './wizard-context';

/** The composition root: translations, the running wizard, and the shell that shows its current screen. */
export function App() {
  return (
    <I18nextProvider i18n={i18n}>
      <Suspense fallback={<div className="splash" aria-busy="true" />}>
        <WizardContext.Provider logic={providedWizardMachine}>
          <BrowserHistorySync />
          <Shell />
        </WizardContext.Provider>
      </Suspense>
    </I18nextProvider>
  );
}
