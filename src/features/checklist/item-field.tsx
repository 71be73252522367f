import { useState } from 'react';
import { nsTextKey } from '../../content/text-keys';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldAria, FieldShell } from '../../components/field-shell';
import { useWizardSelector } from '../../wizard/wizard-context';
import { effectiveKind } from '../../content/rule-kind';
import type { QuestionItem } from '../../content/types';
import { ANSWER_VALUES, isGap } from '../../domain/answers';
import { errorText } from '../../forms/error-text';
import { CarriedMark } from './carried-mark';
import { CitationsLine } from './citations-line';
import type { PageFormValues } from './page-schema';

/**
 * One question: the plain question and right under it the five answers (each
 * with a one-line hint), a reason when it does not apply, what to do for a
 * gap; then folded away why it matters with its legal basis and the advice,
 * and an optional note and evidence reference.
 */
export function ItemField({ item, number, target = false }: { item: QuestionItem; number: number; target?: boolean }) {
  const { t } = useTranslation(['checklist', 'common']);
  const { t: common } = useTranslation('common');
  const { register, control, formState, setValue } = useFormContext<PageFormValues>();
  const value = useWatch({ control, name: `answers.${item.id}.value` });
  // A traceability requirement reads as conditional until the profile says the producer traces.
  const kind = useWizardSelector((s) => effectiveKind(item, s.context.assessment?.profile));
  // Open the extra fields at first when they already hold something; after that the user decides.
  const [extrasOpen] = useState(() => {
    const initial = formState.defaultValues?.answers?.[item.id];
    return Boolean(initial?.note || initial?.evidence);
  });
  const errors = formState.errors.answers?.[item.id];
  const base = `item-${item.id}`;
  const gap = isGap(value);
  const reasonError = errorText(common, errors?.reason?.message);
  const noteError = errorText(common, errors?.note?.message);
  const evidenceError = errorText(common, errors?.evidence?.message);

  return (
    <section
      className={target ? 'item item--target' : 'item'}
      data-item={item.id}
      data-target={target || undefined}
      aria-labelledby={`${base}-q`}
    >
      <p className="item__number">
        {t('common:item.number', { n: number })}
        <span className="tag">{t(`common:priorities.${item.priority}`)}</span>
      </p>
      <CarriedMark itemId={item.id} number={number} />
      <fieldset aria-describedby={`${base}-why`}>
        <legend id={`${base}-q`} className="item__question">
          {t(nsTextKey('checklist', `items.${item.id}.question`))}
        </legend>
        {/* The answers come right under the question: on a phone the question and its five answers fit one screen. */}
        <div className="choices choices--answers">
          {ANSWER_VALUES.map((v) => (
            <label key={v} className="choice">
              <input
                type="radio"
                value={v}
                // Named by the answer alone (as everywhere else); the hint line describes it.
                aria-labelledby={`${base}-${v}`}
                aria-describedby={`${base}-${v}-hint`}
                {...register(`answers.${item.id}.value`)}
              />
              <span className="choice__text">
                <span id={`${base}-${v}`}>{t(`common:answers.${v}`)}</span>
                <span id={`${base}-${v}-hint`} className="choice__hint">
                  {t(`common:answerHints.${v}`)}
                </span>
              </span>
            </label>
          ))}
        </div>
        {value ? (
          // Radio buttons cannot be unticked: this returns the question to "not yet answered".
          <button
            type="button"
            className="btn btn--quiet"
            onClick={(e) => {
              setValue(`answers.${item.id}.value`, null, { shouldDirty: true });
              // This button disappears: keep the keyboard in the question, on its first answer.
              e.currentTarget.closest('fieldset')?.querySelector<HTMLInputElement>('input[type=radio]')?.focus();
            }}
          >
            {t('common:item.clear')}
          </button>
        ) : null}
      </fieldset>

      {value === 'na' ? (
        <FieldShell id={`${base}-reason`} label={t('common:item.reason')} error={reasonError} className="item__extra">
          <textarea
            id={`${base}-reason`}
            rows={2}
            {...fieldAria(`${base}-reason`, false, reasonError)}
            {...register(`answers.${item.id}.reason`)}
          />
        </FieldShell>
      ) : null}

      {gap ? (
        // For a gap, what to do is the most useful thing on the page: shown, not folded away.
        <div className="item__advice">
          <ItemAdvice id={item.id} />
        </div>
      ) : null}

      {/* Why it matters, its legal basis and the advice: one tap away, below the answers. */}
      <details className="item__extra">
        <summary>{t('common:item.details')}</summary>
        <p id={`${base}-why`} className="item__why">
          <strong>{t('common:item.why')}: </strong>
          {t(nsTextKey('checklist', `items.${item.id}.why`))}
        </p>
        {/* The kind of rule as it applies to this producer (a traceability rule stays conditional until the profile says they trace). */}
        <p className="item__meta">
          <span className="tag">{t(`common:kinds.${kind}`)}</span>
        </p>
        <CitationsLine item={item} />
        {gap ? null : <ItemAdvice id={item.id} />}
      </details>

      <details className="item__extra" open={extrasOpen}>
        <summary>{t('common:item.more')}</summary>
        <FieldShell id={`${base}-note`} label={t('common:item.note')} error={noteError}>
          <textarea
            id={`${base}-note`}
            rows={3}
            {...fieldAria(`${base}-note`, false, noteError)}
            {...register(`answers.${item.id}.note`)}
          />
        </FieldShell>
        <FieldShell id={`${base}-evidence`} label={t('common:item.evidence')} error={evidenceError}>
          <input
            id={`${base}-evidence`}
            type="text"
            {...fieldAria(`${base}-evidence`, false, evidenceError)}
            {...register(`answers.${item.id}.evidence`)}
          />
        </FieldShell>
      </details>
    </section>
  );
}

/** What to do, and the evidence that would show it done: in view for a gap, folded away otherwise. */
function ItemAdvice({ id }: { id: string }) {
  const { t } = useTranslation(['checklist', 'common']);
  return (
    <>
      <p>
        <strong>{t('common:item.action')}: </strong>
        {t(nsTextKey('checklist', `items.${id}.action`))}
      </p>
      <p>
        <strong>{t('common:item.evidenceNeeded')}: </strong>
        {t(nsTextKey('checklist', `items.${id}.evidence`))}
      </p>
    </>
  );
}
