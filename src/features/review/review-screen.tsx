import { useEffect } from 'react';
import { nsTextKey } from '../../content/text-keys';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { ProgressBar } from '../../components/progress-bar';
import { StepHeading } from '../../components/step-heading';
import { applicableItems } from '../../content/applicability';
import { CONTENT_INDEX } from '../../content/content';
import { scoreAssessment, type ScoredItem } from '../../domain/scoring';
import { formatPercent } from '../../i18n/format';
import { firstPageOfSection, PROFILE_STEP, REPORT_STEP } from '../../../machines/steps';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { PlanForm } from './plan-form';
import { SinceLastTime } from './since-last-time';

/** Every area at a glance, the unanswered questions and the gaps, each one tap from its page. */
export function ReviewScreen() {
  const { t } = useTranslation(['common', 'checklist']);
  const send = useWizardSend();
  const assessment = useWizardSelector((s) => s.context.assessment);
  const focusItem = useWizardSelector((s) => s.context.focusItem);
  const profile = assessment?.profile;
  const lng = useLanguage();
  useReturnFocus(focusItem);
  if (!assessment || !profile) return null;
  const result = scoreAssessment(CONTENT_INDEX, profile, assessment.answers);
  const applicable = new Set(applicableItems(CONTENT_INDEX, profile).map((i) => i.id));
  const keptAside = Object.keys(assessment.answers).filter(
    (id) => !applicable.has(id) && assessment.answers[id]?.value,
  ).length;
  const pct = (r: number | null) => (r === null ? '—' : formatPercent(r, lng));
  const goTo = (s: ScoredItem) => {
    const page = CONTENT_INDEX.pageOfItem.get(s.item.id);
    if (page) send({ type: 'nav.goto', step: page.id, item: s.item.id });
  };
  const unansweredList = (items: ScoredItem[]) => (
    <ul className="plain-list">
      {items.map((s) => (
        <li key={s.item.id}>
          <span>
            {t(nsTextKey('checklist', `items.${s.item.id}.question`))}
            {/* Ticked "not applicable" but gave no reason: it does not count yet, and says why. */}
            {s.answer?.value === 'na' ? <em className="needs-reason"> ({t('common:review.naNoReason')})</em> : null}
          </span>
          <button type="button" className="btn" data-review-item={s.item.id} onClick={() => goTo(s)}>
            {t('common:review.answerNow')}
          </button>
        </li>
      ))}
    </ul>
  );

  return (
    <>
      <StepHeading>{t('common:review.title')}</StepHeading>
      <p>{t('common:review.intro')}</p>
      <p>
        <strong>
          {result.overall === null
            ? t('common:review.overallNone')
            : t('common:review.overall', { percent: pct(result.overall) })}
        </strong>
      </p>
      <p className="field__hint">{t('common:review.formula')}</p>
      <div className="btn-row">
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => send({ type: 'nav.goto', step: REPORT_STEP })}
        >
          {t('common:review.toReport')}
        </button>
      </div>

      <SinceLastTime assessment={assessment} />

      <h2>{t('common:review.areas')}</h2>
      {result.areas.map((a) => {
        const firstPage = firstPageOfSection(CONTENT_INDEX, profile, a.section);
        const title = t(`checklist:sections.${a.section}.title`);
        return (
          <section key={a.section} className="area card" aria-labelledby={`area-${a.section}`}>
            <h3 id={`area-${a.section}`}>{title}</h3>
            <p className="card__meta">
              {t('common:review.areaLine', {
                percent: pct(a.readiness),
                answered: a.questions - a.unanswered.length,
                total: a.questions,
              })}
            </p>
            <ProgressBar ratio={a.readiness ?? 0} />
            {a.unanswered.length > 0 ? (
              // Open when short; a long list stays folded so the gaps below remain within reach.
              <details open={a.unanswered.length <= 5}>
                <summary>{t('common:review.unansweredIn', { count: a.unanswered.length })}</summary>
                {unansweredList(a.unanswered)}
              </details>
            ) : (
              <p>{t('common:review.allAnswered')}</p>
            )}
            {firstPage ? (
              <button type="button" className="btn" onClick={() => send({ type: 'nav.goto', step: firstPage })}>
                {t('common:review.openArea', { area: title })}
              </button>
            ) : null}
          </section>
        );
      })}
      <p>
        {result.unanswered.length === 0
          ? t('common:review.noUnanswered')
          : t('common:review.unansweredTitle', { count: result.unanswered.length })}
      </p>
      {keptAside > 0 ? <p className="note">{t('common:review.keptAside', { count: keptAside })}</p> : null}

      <h2>{t('common:review.gapsTitle', { count: result.gaps.length })}</h2>
      {result.gaps.length === 0 ? <p>{t('common:review.noGaps')}</p> : <PlanForm gaps={result.gaps} onEdit={goTo} />}

      <div className="btn-row btn-row--split">
        <button type="button" className="btn" onClick={() => send({ type: 'nav.back' })}>
          {t('common:nav.back')}
        </button>
        <button type="button" className="btn" onClick={() => send({ type: 'nav.goto', step: PROFILE_STEP })}>
          {t('common:review.editProfile')}
        </button>
        <button type="button" className="btn btn--primary" onClick={() => send({ type: 'nav.next' })}>
          {t('common:review.toReport')}
        </button>
      </div>
    </>
  );
}

/**
 * Back from a question opened here, the review scrolls to that question's
 * entry and focuses it, instead of starting again at the top of a long page.
 */
function useReturnFocus(item: string | null) {
  useEffect(() => {
    if (!item) return;
    const target = document.querySelector<HTMLElement>(`[data-review-item="${CSS.escape(item)}"]`);
    const folded = target?.closest('details');
    if (folded) folded.open = true;
    target?.scrollIntoView({ block: 'center' });
    target?.focus({ preventScroll: true });
  }, [item]);
}
