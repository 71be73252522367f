import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The last net around the whole app: whatever throws outside a screen (the
 * shell, the machine's provider) shows a message in the user's language with
 * a reload, never a white page. Everything typed is already in storage.
 */
export class AppBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  override render() {
    return this.state.failed ? <AppFailure /> : this.props.children;
  }
}

function AppFailure() {
  const { t } = useTranslation('common');
  return (
    <main className="app-main">
      <div className="notice notice--error" role="alert">
        <h1>{t('failure.appTitle')}</h1>
        <p>{t('failure.appText')}</p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          {t('failure.reload')}
        </button>
      </div>
    </main>
  );
}
