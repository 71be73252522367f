import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { CONTENT } from '../../content/content';
import { formatDate } from '../../i18n/format';
import { loadAllWords } from '../../i18n/words';
import { LanguageSwitch } from '../../components/language-switch';
import { useScreen, type Screen } from '../../wizard/use-screen';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { WelcomeScreen } from '../welcome/welcome-screen';
import { AppNotices } from './app-notices';
import { SavedStatus } from './saved-status';
import { ScreenBoundary } from './screen-boundary';
import { OfflineReadyNote, UpdatePrompt } from './update-prompt';

/**
 * Screens after the first load lazily, so the first screen carries only what it needs; with them come
 * the words beyond the first screen's (src/i18n/first-screen-words.ts).
 */
const lazyScreen = (load: () => Promise<ComponentType>) =>
  lazy(async () => ({ default: (await Promise.all([load(), loadAllWords()]))[0] }));

/** Made again after a failed load: React keeps a lazy component's failure, so "try again" needs fresh loaders. */
const makeScreens = (): Record<Exclude<Screen, 'booting' | 'welcome'>, ComponentType> => ({
  profile: lazyScreen(() => import('../profile/profile-screen').then((m) => m.ProfileScreen)),
  checklist: lazyScreen(() => import('../checklist/checklist-screen').then((m) => m.ChecklistScreen)),
  review: lazyScreen(() => import('../review/review-screen').then((m) => m.ReviewScreen)),
  report: lazyScreen(() => import('../report/report-screen').then((m) => m.ReportScreen)),
  legal: lazyScreen(() => import('../legal/legal-basis-screen').then((m) => m.LegalBasisScreen)),
  privacy: lazyScreen(() => import('../privacy/privacy-screen').then((m) => m.PrivacyScreen)),
});

export function Shell() {
  const { t } = useTranslation('common');
  const screen = useScreen();
  const send = useWizardSend();
  const hasAssessment = useWizardSelector((s) => s.context.assessment !== null);
  // Bumped when the assessment is replaced from outside (another tab, an import): every form remounts with it.
  const epoch = useWizardSelector((s) => s.context.epoch);
  const [screens, setScreens] = useState(makeScreens);
  const Current = screen === 'booting' || screen === 'welcome' ? null : screens[screen];
  const lng = useLanguage();

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header className="app-header">
        {hasAssessment && screen !== 'legal' && screen !== 'privacy' ? (
          <button type="button" className="btn btn--quiet app-header__brand" onClick={() => send({ type: 'nav.home' })}>
            {/* The accessible name starts with the visible text (WCAG 2.5.3, label in name); the rest says where it goes. */}
            {t('app.name')}
            <span className="visually-hidden"> {t('nav.homeLabel')}</span>
          </button>
        ) : (
          <span className="app-header__brand">{t('app.name')}</span>
        )}
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main">
        {/* In the page's flow, above the step: a notice pushes the page down but never covers a field. */}
        <UpdatePrompt />
        {/* Its own boundary: a notice waits for its words (the rest of `common`) without blanking the screen. */}
        <Suspense fallback={null}>
          <AppNotices />
        </Suspense>
        {screen === 'welcome' ? <WelcomeScreen /> : null}
        {Current ? (
          <ScreenBoundary key={screen} onRetry={() => setScreens(makeScreens())}>
            <Suspense fallback={<p aria-busy="true">{t('app.loading')}</p>}>
              <Current key={epoch} />
            </Suspense>
          </ScreenBoundary>
        ) : null}
        <SavedStatus />
      </main>
      {screen === 'booting' ? null : (
        <footer className="app-footer">
          <nav aria-label={t('nav.more')}>
            <button type="button" className="btn btn--quiet" onClick={() => send({ type: 'nav.legal' })}>
              {t('nav.legal')}
            </button>
            <button type="button" className="btn btn--quiet" onClick={() => send({ type: 'nav.privacy' })}>
              {t('nav.privacy')}
            </button>
          </nav>
          <p>{t('app.footer', { version: CONTENT.version, date: formatDate(CONTENT.lawAsOf, lng) })}</p>
          <OfflineReadyNote />
        </footer>
      )}
    </>
  );
}
