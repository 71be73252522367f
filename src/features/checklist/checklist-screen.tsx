import { useWizardSelector } from '../../app/wizard-context';
import { ChecklistPage } from './checklist-page';

/** One checklist page at a time; a new page (or data replaced from outside) mounts a fresh form. */
export function ChecklistScreen() {
  const step = useWizardSelector((s) => s.context.assessment?.step ?? '');
  const epoch = useWizardSelector((s) => s.context.epoch);
  return <ChecklistPage key={`${step}:${epoch}`} pageId={step} />;
}
