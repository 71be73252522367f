import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isSidePage } from '../../../machines/screens';
import { useScreen } from '../../wizard/use-screen';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/**
 * Around each screen: a screen whose code fails to load (offline before the
 * precache finished, a chunk gone after a deploy) or that throws shows a
 * message with "try again" and a way back to the list, instead of taking the
 * whole app down. The machine is outside the boundary, so everything typed
 * is still there (and saved) when the screen comes back.
 */

interface Props {
  /** Called before the screen is shown again (the shell makes fresh lazy loaders). */
  onRetry: () => void;
  children: ReactNode;
}

export class ScreenBoundary extends Component<Props, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry();
    this.setState({ failed: false });
  };

  override render() {
    return this.state.failed ? <ScreenFailure onRetry={this.retry} /> : this.props.children;
  }
}

function ScreenFailure({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const hasAssessment = useWizardSelector((s) => s.context.assessment !== null);
  const side = isSidePage(useScreen());
  return (
    <div className="notice notice--error" role="alert">
      <h1 tabIndex={-1}>{t('failure.screenTitle')}</h1>
      <p>{t('failure.screenText')}</p>
      <div className="btn-row">
        <button type="button" className="btn btn--primary" onClick={onRetry}>
          {t('failure.retry')}
        </button>
        {side ? (
          <button type="button" className="btn" onClick={() => send({ type: 'nav.close' })}>
            {t('nav.back')}
          </button>
        ) : hasAssessment ? (
          <button type="button" className="btn" onClick={() => send({ type: 'nav.home' })}>
            {t('failure.toList')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
