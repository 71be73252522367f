import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useWizardSend } from '../../app/wizard-context';

/** Choose an exported .json file; the storage actor reads, checks and opens it. */
export function ImportFile() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const id = useId();
  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('welcome.importTitle')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('welcome.import')}</label>
        <span className="field__hint" id={`${id}-hint`}>
          {t('welcome.importHint')}
        </span>
        <input
          id={id}
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
