import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/progress-bar';
import { applicablePages, sectionApplies } from '../../content/applicability';
import { CONTENT_INDEX } from '../../content/content';
import { assessmentProgress, sectionProgress } from '../../domain/progress';
import { firstPageOfSection, REVIEW_STEP } from '../../../machines/steps';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';

/**
 * Where the producer is: area n of 4 and page x of y, share of questions
 * answered, and the areas as tabs that show how far each one is (in words and
 * numbers, not only colour) and jump to it.
 */
export function PageProgress({ pageId }: { pageId: string }) {
  const { t } = useTranslation(['common', 'checklist']);
  const send = useWizardSend();
  const assessment = useWizardSelector((s) => s.context.assessment);
  const tabs = useRef<HTMLUListElement>(null);
  const profile = assessment?.profile;
  const section = CONTENT_INDEX.sectionOfPage.get(pageId);

  // The tabs scroll sideways on a phone: bring the current area into view (without moving the page).
  useEffect(() => {
    const list = tabs.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !current) return;
    const left = current.offsetLeft;
    const right = left + current.offsetWidth;
    if (left < list.scrollLeft || right > list.scrollLeft + list.clientWidth) {
      list.scrollLeft = Math.max(0, left - (list.clientWidth - current.offsetWidth) / 2);
    }
  }, [pageId]);

  const progress = assessment ? assessmentProgress(CONTENT_INDEX, assessment) : null;
  if (!profile || !progress || !section || !assessment) return null;
  const areas = sectionProgress(CONTENT_INDEX, assessment);
  const pages = applicablePages(CONTENT_INDEX, profile);
  const inSection = pages.filter((p) => CONTENT_INDEX.sectionOfPage.get(p.id) === section);
  const sections = CONTENT_INDEX.content.sections.filter((s) => sectionApplies(s, profile));
  const ratio = progress.total ? progress.answered / progress.total : 0;

  return (
    <nav className="progress" aria-label={t('common:progress.stepsLabel')}>
      <p className="progress__line">
        <span>
          {t('common:progress.position', {
            area: sections.indexOf(section) + 1,
            areas: sections.length,
            page: inSection.findIndex((p) => p.id === pageId) + 1,
            pages: inSection.length,
          })}
        </span>
        <span>{t('common:progress.answered', { answered: progress.answered, total: progress.total })}</span>
      </p>
      <ProgressBar ratio={ratio} />
      <ul className="steps" ref={tabs}>
        {sections.map((s) => {
          const first = firstPageOfSection(CONTENT_INDEX, profile, s.id);
          const area = areas.get(s.id) ?? { answered: 0, total: 0 };
          const done = area.total > 0 && area.answered === area.total;
          return (
            <li key={s.id}>
              <button
                type="button"
                className={done ? 'steps__done' : undefined}
                aria-current={s === section ? 'step' : undefined}
                onClick={() => first && send({ type: 'nav.goto', step: first })}
              >
                <span className="steps__title">{t(`checklist:sections.${s.id}.title`)}</span>
                <span className="steps__count">
                  {t(done ? 'common:progress.areaDone' : 'common:progress.areaCount', { ...area })}
                </span>
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" onClick={() => send({ type: 'nav.goto', step: REVIEW_STEP })}>
            <span className="steps__title">{t('common:review.title')}</span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
