import { screenOf, type Screen } from '../../machines/screens';
import { useWizardSelector } from './wizard-context';

export type { Screen };

/** Which screen the machine is on: the UI's only source for what to show. */
export function useScreen(): Screen {
  return useWizardSelector(screenOf);
}
