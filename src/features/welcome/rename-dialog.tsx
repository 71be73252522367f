import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../../components/modal-dialog';
import { MAX_LENGTH } from '../../domain/text';

interface RenameDialogProps {
  current: string;
  onSave: (title: string) => void;
  onClose: () => void;
}

/** The name an assessment shows in the list; empty falls back to the product name. */
export function RenameDialog({ current, onSave, onClose }: RenameDialogProps) {
  const { t } = useTranslation('common');
  const [value, setValue] = useState(current);
  return (
    <ModalDialog title={t('welcome.rename')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onSave(value);
        }}
      >
        <div className="field">
          <label htmlFor="rename-title">{t('welcome.renameField')}</label>
          <span className="field__hint" id="rename-title-hint">
            {t('welcome.renameHint')}
          </span>
          <input
            id="rename-title"
            type="text"
            value={value}
            maxLength={MAX_LENGTH.short}
            // The dialog opens to type a name: start in the field, not on the Close button.
            autoFocus
            aria-describedby="rename-title-hint"
            onChange={(e) => setValue(e.currentTarget.value)}
          />
        </div>
        <div className="btn-row">
          <button type="submit" className="btn btn--primary">
            {t('welcome.save')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
