import { zodResolver } from '@hookform/resolvers/zod';
import { nsTextKey } from '../../content/text-keys';
import { useState } from 'react';
import { useForm, useWatch, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import * as z from 'zod/mini';
import { fieldAria, FieldShell } from '../../components/field-shell';
import { compactPlanEntry, PLAN_STATUSES, type PlanEntry } from '../../domain/assessment';
import type { ScoredItem } from '../../domain/scoring';
import { normalizeText, PLAN_LIMITS } from '../../domain/text';
import { errorKey, errorText } from '../../forms/error-text';
import { optionalText } from '../../forms/schema-parts';
import { useAutosave } from '../../forms/use-autosave';
import { WizardContext, useWizardSend } from '../../wizard/wizard-context';

const entrySchema = z.object({
  owner: optionalText(PLAN_LIMITS.owner),
  due: z.optional(z.union([z.literal(''), z.iso.date({ error: errorKey('errors.invalidDate') })])),
  status: z.optional(z.enum(PLAN_STATUSES)),
  progress: optionalText(PLAN_LIMITS.progress),
});
const planSchema = z.object({ plan: z.record(z.string(), entrySchema) });
type PlanValues = z.input<typeof planSchema>;

/**
 * The gaps, each with a way back to its question and an optional owner and
 * target date that go into the report's action plan. Saved as typed.
 */
export function PlanForm({ gaps, onEdit }: { gaps: ScoredItem[]; onEdit: (gap: ScoredItem) => void }) {
  const { t } = useTranslation(['common', 'checklist']);
  const send = useWizardSend();
  const actor = WizardContext.useActorRef();
  const [initial] = useState(() => actor.getSnapshot().context.assessment?.plan ?? {});
  const ids = gaps.map((g) => g.item.id);
  const {
    register,
    watch,
    control,
    formState: { errors },
  } = useForm<PlanValues, unknown, z.output<typeof planSchema>>({
    defaultValues: {
      plan: Object.fromEntries(
        ids.map((id) => [
          id,
          {
            owner: initial[id]?.owner ?? '',
            due: initial[id]?.due ?? '',
            status: initial[id]?.status ?? 'todo',
            progress: initial[id]?.progress ?? '',
          },
        ]),
      ),
    },
    resolver: zodResolver(planSchema),
    mode: 'onChange',
  });

  useAutosave(watch, (values) => {
    const plan: Record<string, PlanEntry> = {};
    for (const [id, v] of Object.entries(values.plan ?? {})) {
      // An emptied entry is sent as {}: the machine then removes it.
      if (v) plan[id] = compactPlanEntry(v, normalizeText, PLAN_LIMITS) ?? {};
    }
    send({ type: 'plan.change', plan });
  });

  const card = (g: ScoredItem) => {
    const base = `plan-${g.item.id}`;
    const dueError = errorText(t, errors.plan?.[g.item.id]?.due?.message);
    const ownerError = errorText(t, errors.plan?.[g.item.id]?.owner?.message);
    const progressError = errorText(t, errors.plan?.[g.item.id]?.progress?.message);
    return (
      <li key={g.item.id} className="card">
        <h4>{t(nsTextKey('checklist', `items.${g.item.id}.question`))}</h4>
        <p className="card__meta">
          {t(`common:answers.${g.value ?? 'unknown'}`)} · {t(`common:priorities.${g.item.priority}`)} ·{' '}
          {t(`common:kinds.${g.kind}`)}
        </p>
        <div className="plan-fields">
          <FieldShell id={`${base}-owner`} label={t('common:review.owner')} error={ownerError}>
            <input
              id={`${base}-owner`}
              type="text"
              {...fieldAria(`${base}-owner`, false, ownerError)}
              {...register(`plan.${g.item.id}.owner`)}
            />
          </FieldShell>
          <FieldShell id={`${base}-due`} label={t('common:review.due')} error={dueError}>
            <input
              id={`${base}-due`}
              type="date"
              {...fieldAria(`${base}-due`, false, dueError)}
              {...register(`plan.${g.item.id}.due`)}
            />
          </FieldShell>
          <FieldShell id={`${base}-status`} label={t('common:review.status')}>
            <select id={`${base}-status`} {...register(`plan.${g.item.id}.status`)}>
              {PLAN_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`common:review.statuses.${s}`)}
                </option>
              ))}
            </select>
          </FieldShell>
        </div>
        <DoneButOpen id={g.item.id} answer={g.value} control={control} />
        <FieldShell id={`${base}-progress`} label={t('common:review.progress')} error={progressError}>
          <textarea
            id={`${base}-progress`}
            rows={2}
            {...fieldAria(`${base}-progress`, false, progressError)}
            {...register(`plan.${g.item.id}.progress`)}
          />
        </FieldShell>
        <button type="button" className="btn" data-review-item={g.item.id} onClick={() => onEdit(g)}>
          {t('common:review.edit')}
        </button>
      </li>
    );
  };

  // Grouped by area; a long group starts folded so that the page stays short on a phone.
  const areas = [...new Set(gaps.map((g) => g.section))];
  return (
    <form noValidate onSubmit={(e) => e.preventDefault()}>
      <h3>{t('common:review.planTitle')}</h3>
      <p className="field__hint">{t('common:review.planHint')}</p>
      {areas.map((area) => {
        const inArea = gaps.filter((g) => g.section === area);
        return (
          <details key={area} open={inArea.length <= 5}>
            <summary>
              {t('common:review.gapsIn', { area: t(`checklist:sections.${area}.title`), count: inArea.length })}
            </summary>
            <ol className="cards">{inArea.map(card)}</ol>
          </details>
        );
      })}
    </form>
  );
}

/** A line marked done while its question is still answered as a gap: said in words, not by colour alone. */
function DoneButOpen({
  id,
  answer,
  control,
}: {
  id: string;
  answer: ScoredItem['value'];
  control: Control<PlanValues>;
}) {
  const { t } = useTranslation('common');
  const status = useWatch({ control, name: `plan.${id}.status` });
  if (status !== 'done') return null;
  return (
    <p className="flag" data-done-but-open={id}>
      {t('review.doneButOpen', { answer: t(`answers.${answer ?? 'unknown'}`) })}
    </p>
  );
}
