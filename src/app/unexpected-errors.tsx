import { useEffect } from 'react';
import { useWizardSend } from '../wizard/wizard-context';

/**
 * Errors that no component catches (a rejected promise in an event handler,
 * a failed download helper) become a notice in the user's language instead
 * of passing unseen while something quietly stops working.
 */
export function UnexpectedErrors() {
  const send = useWizardSend();
  useEffect(() => {
    const report = () => send({ type: 'app.unexpectedError' });
    window.addEventListener('unhandledrejection', report);
    window.addEventListener('error', report);
    return () => {
      window.removeEventListener('unhandledrejection', report);
      window.removeEventListener('error', report);
    };
  }, [send]);
  return null;
}
