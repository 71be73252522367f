import { createActorContext } from '@xstate/react';
import { wizardMachine } from '../../machines/wizard.machine';

/** The running wizard, shared by every screen: read with useSelector, act with useActorRef().send. */
export const WizardContext = createActorContext(wizardMachine);

export const useWizardSelector = WizardContext.useSelector;
export const useWizardSend = () => WizardContext.useActorRef().send;
