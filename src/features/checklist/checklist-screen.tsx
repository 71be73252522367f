import { useWizardSelector } from '../../wizard/wizard-context';
import { ChecklistPage } from './checklist-page';

/** One checklist page at a time; a new page mounts a fresh form (data replaced from outside: the shell remounts). */
export function ChecklistScreen() {
  const step = useWizardSelector((s) => s.context.assessment?.step ?? '');
  return <ChecklistPage key={step} pageId={step} />;
}
