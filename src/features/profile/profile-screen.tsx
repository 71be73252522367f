import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/step-heading';
import type { Profile } from '../../content/profile-options';
import { MAX_LENGTH, normalizeText } from '../../domain/text';
import { ErrorAnnouncer } from '../../forms/error-announcer';
import { errorText } from '../../forms/error-text';
import { useAutosave } from '../../forms/use-autosave';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { ProfileChoiceField, ProfileTextField } from './profile-fields';
import { ProvincePicker } from './province-picker';
import { formValuesFrom, profileResolver, type ProfileFormValues } from './profile-schema';

export function ProfileScreen() {
  const { t } = useTranslation('common');
  const send = useWizardSend();
  const assessment = useWizardSelector((s) => s.context.assessment);
  const [attempt, setAttempt] = useState(0);
  const {
    register,
    handleSubmit,
    watch,
    control,
    setValue,
    getValues,
    formState: { errors },
  } = useForm<ProfileFormValues, unknown, Profile>({
    defaultValues: formValuesFrom(assessment?.profileDraft ?? {}, assessment?.profile ?? null),
    resolver: profileResolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useAutosave(watch, (values) =>
    send({
      type: 'profile.change',
      values: Object.fromEntries(
        Object.entries(values).map(([k, v]) => [k, normalizeText(String(v ?? ''), MAX_LENGTH.short)]),
      ),
    }),
  );

  const isService = useWatch({ control, name: 'productGroup' }) === 'tourism';
  const province = useWatch({ control, name: 'province' });
  const fieldProps = { register, errors };

  return (
    <form
      noValidate
      onSubmit={handleSubmit(
        (profile) =>
          // The raw form (not the parsed profile) is kept as the draft: a raw material hidden for a
          // service is still there if the product group changes back to goods.
          send({ type: 'profile.submit', profile, draft: { ...getValues() } }),
        () => setAttempt((n) => n + 1),
      )}
    >
      <StepHeading>{t('profile.title')}</StepHeading>
      <p>{t('profile.intro')}</p>
      <ErrorAnnouncer count={Object.keys(errors).length} attempt={attempt} />
      <ProfileTextField field="producerName" {...fieldProps} />
      <ProfileTextField field="productName" {...fieldProps} />
      <ProfileChoiceField field="productGroup" {...fieldProps} />
      {isService ? (
        <p className="note">{t('profile.serviceNote')}</p>
      ) : (
        <>
          <ProfileChoiceField field="rawMaterial" {...fieldProps} />
          <ProfileChoiceField field="traceability" {...fieldProps} />
        </>
      )}
      <ProfileChoiceField field="legalForm" {...fieldProps} />
      <ProfileChoiceField field="ocopStatus" {...fieldProps} />
      <ProvincePicker
        register={register}
        value={province}
        error={errorText(t, errors.province?.message)}
        onPick={(id) => setValue('province', id, { shouldDirty: true, shouldValidate: attempt > 0 })}
      />
      <div className="btn-row btn-row--split">
        <button type="button" className="btn" onClick={() => send({ type: 'nav.back' })}>
          {t('nav.back')}
        </button>
        <button type="submit" className="btn btn--primary">
          {t('profile.submit')}
        </button>
      </div>
    </form>
  );
}
