import { useWizardSelector } from './wizard-context';

export type Screen = 'booting' | 'welcome' | 'profile' | 'checklist' | 'review' | 'report' | 'legal' | 'privacy';

/** Which screen the machine is on: the UI's only source for what to show. */
export function useScreen(): Screen {
  return useWizardSelector((s): Screen => {
    if (s.matches('legal')) return 'legal';
    if (s.matches('privacy')) return 'privacy';
    if (s.matches({ wizard: 'welcome' })) return 'welcome';
    if (s.matches({ wizard: { active: 'profile' } })) return 'profile';
    if (s.matches({ wizard: { active: 'checklist' } })) return 'checklist';
    if (s.matches({ wizard: { active: 'review' } })) return 'review';
    if (s.matches({ wizard: { active: 'report' } })) return 'report';
    return 'booting';
  });
}
