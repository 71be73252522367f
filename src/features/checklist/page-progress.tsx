import { useTranslation } from 'react-i18next';
import { ProgressBar } from '../../components/progress-bar';
import { applicablePages } from '../../content/applicability';
import { CONTENT_INDEX } from '../../content/content';
import { assessmentProgress } from '../../domain/progress';
import { formatPercent } from '../../i18n/format';
import { useWizardSelector, useWizardSend } from '../../app/wizard-context';

/** Where the producer is: area and page, share of questions answered, and a way to jump between areas. */
export function PageProgress({ pageId }: { pageId: string }) {
  const { t, i18n } = useTranslation(['common', 'checklist']);
  const send = useWizardSend();
  const assessment = useWizardSelector((s) => s.context.assessment);
  const profile = assessment?.profile;
  const progress = assessment ? assessmentProgress(CONTENT_INDEX, assessment) : null;
  const section = CONTENT_INDEX.sectionOfPage.get(pageId);
  if (!profile || !progress || !section) return null;
  const pages = applicablePages(CONTENT_INDEX, profile);
  const inSection = pages.filter((p) => CONTENT_INDEX.sectionOfPage.get(p.id) === section);
  const sections = CONTENT_INDEX.content.sections.filter((s) => pages.some((p) => CONTENT_INDEX.sectionOfPage.get(p.id) === s));
  const ratio = progress.total ? progress.answered / progress.total : 0;
  const lng = i18n.resolvedLanguage ?? 'vi';

  return (
    <nav className="progress" aria-label={t('common:progress.stepsLabel')}>
      <div className="progress__line">
        <span>
          {t('common:progress.position', {
            section: t(`checklist:sections.${section.id}.title`),
            page: inSection.findIndex((p) => p.id === pageId) + 1,
            pages: inSection.length,
          })}
        </span>
        <span>
          {t('common:progress.answered', {
            answered: progress.answered,
            total: progress.total,
            percent: formatPercent(ratio, lng),
          })}
        </span>
      </div>
      <ProgressBar ratio={ratio} />
      <ul className="steps">
        {sections.map((s) => {
          const first = pages.find((p) => CONTENT_INDEX.sectionOfPage.get(p.id) === s);
          return (
            <li key={s.id}>
              <button
                type="button"
                aria-current={s === section ? 'step' : undefined}
                onClick={() => first && send({ type: 'nav.goto', step: first.id })}
              >
                {t(`checklist:sections.${s.id}.title`)}
              </button>
            </li>
          );
        })}
        <li>
          <button type="button" onClick={() => send({ type: 'nav.goto', step: 'review' })}>
            {t('common:review.title')}
          </button>
        </li>
      </ul>
    </nav>
  );
}
