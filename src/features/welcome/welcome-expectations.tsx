import { useTranslation } from 'react-i18next';
import { ASSESSMENT_LENGTH } from './assessment-length.precomputed';

/** The papers worth having at hand, from the evidence the checklist asks about most. */
const PAPERS = ['rawMaterial', 'certificates', 'label', 'sales'] as const;

/**
 * What to expect before starting: how many questions, about how long, that
 * one can stop and come back, and which papers help. It reads the content
 * only, never the device's storage, so it can be drawn (and pre-rendered)
 * before the saved assessments are known.
 */
export function WelcomeExpectations() {
  const { t } = useTranslation('common');
  const { questions, minutes } = ASSESSMENT_LENGTH;
  return (
    <section className="expect" aria-labelledby="expect-title">
      <h2 id="expect-title">{t('welcome.expect.title')}</h2>
      <ul>
        <li>{t('welcome.expect.length', { min: questions.min, max: questions.max })}</li>
        <li>{t('welcome.expect.time', { min: minutes.min, max: minutes.max })}</li>
        <li>{t('welcome.expect.resume')}</li>
      </ul>
      <p className="expect__papers-title">{t('welcome.expect.papersTitle')}</p>
      <ul>
        {PAPERS.map((p) => (
          <li key={p}>{t(`welcome.expect.papers.${p}`)}</li>
        ))}
      </ul>
    </section>
  );
}
