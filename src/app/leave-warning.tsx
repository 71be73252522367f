import { useEffect } from 'react';
import { useWizardSelector } from '../wizard/wizard-context';

/**
 * While changes are only in memory (another tab's version waits for a
 * decision, or storage refused the write), closing or reloading the page
 * would lose them: the browser asks first.
 */
export function LeaveWarning() {
  const unsaved = useWizardSelector(
    (s) => s.context.assessment !== null && (s.context.conflict !== null || s.context.saveFailed),
  );
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers need returnValue set to show the prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return null;
}
