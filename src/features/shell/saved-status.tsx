import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/format';
import { useWizardSelector } from '../../wizard/wizard-context';

/**
 * "Saved on this device at 10:42", so the producer can trust that nothing
 * typed is lost; and, while a write is refused or another tab's change waits
 * for a decision, that the latest changes are not saved: never a save that
 * did not happen.
 */
export function SavedStatus() {
  const { t } = useTranslation('common');
  const lastSaved = useWizardSelector((s) => (s.context.assessment ? s.context.lastSaved : null));
  const unsaved = useWizardSelector(
    (s) => s.context.assessment !== null && (s.context.saveFailed || s.context.conflict !== null),
  );
  if (unsaved) {
    return (
      <p className="saved saved--not" role="status">
        {t('saved.notSaved')}
      </p>
    );
  }
  if (!lastSaved) return null;
  return (
    <p className="saved" role="status" aria-live="off">
      {t('saved.at', { time: formatTime(lastSaved) })}
    </p>
  );
}
