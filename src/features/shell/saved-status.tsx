import { useTranslation } from 'react-i18next';
import { formatTime } from '../../i18n/format';
import { useWizardSelector } from '../../app/wizard-context';

/** "Saved on this device at 10:42", so the producer can trust that nothing typed is lost. */
export function SavedStatus() {
  const { t, i18n } = useTranslation('common');
  const lastSaved = useWizardSelector((s) => (s.context.assessment ? s.context.lastSaved : null));
  if (!lastSaved) return null;
  return (
    <p className="saved" role="status" aria-live="off">
      {t('saved.at', { time: formatTime(lastSaved, i18n.resolvedLanguage ?? 'vi') })}
    </p>
  );
}
