import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardSend } from '../../wizard/wizard-context';

/** Choose an exported .json file; the storage actor reads, checks and opens it. */
export function ImportFile() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('welcome.importTitle')}</h2>
      <div className="field file-picker">
        <span className="field__hint" id={`${id}-hint`}>
          {t('welcome.importHint')}
        </span>
        {/* The native control speaks the browser's language ("No file chosen"): it is hidden, and its
            label, in the app's language, is what is seen and tapped. */}
        <label htmlFor={id} className="btn">
          {t('welcome.import')}
        </label>
        <input
          id={id}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) send({ type: 'assessment.import', file });
          }}
        />
      </div>
    </section>
  );
}
