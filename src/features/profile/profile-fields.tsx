import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { textKey } from '../../content/text-keys';
import { useTranslation } from 'react-i18next';
import { describedBy, FieldError, fieldAria, FieldShell } from '../../components/field-shell';
import {
  GOODS_RAW_MATERIALS,
  LEGAL_FORMS,
  OCOP_STATUSES,
  PRODUCT_GROUPS,
  TRACEABILITY,
} from '../../content/profile-options';
import { errorText } from '../../forms/error-text';
import type { ProfileFormValues } from './profile-schema';

interface FieldProps<F> {
  field: F;
  register: UseFormRegister<ProfileFormValues>;
  errors: FieldErrors<ProfileFormValues>;
}

export function ProfileTextField({ field, register, errors }: FieldProps<'producerName' | 'productName'>) {
  const { t } = useTranslation('common');
  const id = `profile-${field}`;
  const hint = t(`profile.fields.${field}.hint`);
  const error = errorText(t, errors[field]?.message);
  return (
    <FieldShell id={id} label={t(`profile.fields.${field}.label`)} hint={hint} error={error}>
      <input
        id={id}
        type="text"
        autoComplete={field === 'producerName' ? 'organization' : 'off'}
        {...fieldAria(id, hint, error)}
        {...register(field)}
      />
    </FieldShell>
  );
}

type ChoiceField = 'productGroup' | 'rawMaterial' | 'legalForm' | 'ocopStatus' | 'traceability';
const CHOICES: Record<ChoiceField, readonly string[]> = {
  productGroup: PRODUCT_GROUPS,
  // A product's raw material; a service has none, and is not asked (profile-screen.tsx).
  rawMaterial: GOODS_RAW_MATERIALS,
  legalForm: LEGAL_FORMS,
  ocopStatus: OCOP_STATUSES,
  traceability: TRACEABILITY,
};

/** A closed list as radio buttons: easier than a select on a phone, every option visible. */
export function ProfileChoiceField({ field, register, errors }: FieldProps<ChoiceField>) {
  const { t } = useTranslation('common');
  const id = `profile-${field}`;
  const error = errorText(t, errors[field]?.message);
  // Every choice field has a hint: what to pick when in doubt, and what the choice changes (a test holds it).
  const hint = t(`profile.fields.${field}.hint`);
  return (
    <fieldset aria-describedby={describedBy(id, hint, error)}>
      <legend>{t(`profile.fields.${field}.label`)}</legend>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      <div className="choices">
        {CHOICES[field].map((value) => (
          <label key={value} className="choice">
            <input type="radio" value={value} aria-invalid={error ? true : undefined} {...register(field)} />
            <span>{t(textKey('common', `profile.options.${field}.${value}`))}</span>
          </label>
        ))}
      </div>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </fieldset>
  );
}
