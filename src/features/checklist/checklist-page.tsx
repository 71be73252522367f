import { zodResolver } from '@hookform/resolvers/zod';
import { nsTextKey } from '../../content/text-keys';
import { useMemo, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { StepHeading } from '../../components/step-heading';
import { itemApplies } from '../../content/applicability';
import { CONTENT_INDEX } from '../../content/content';
import { isQuestion } from '../../content/types';
import { questionNumbers } from '../../domain/question-numbers';
import { ErrorAnnouncer } from '../../forms/error-announcer';
import { useAutosave } from '../../forms/use-autosave';
import { REVIEW_STEP } from '../../../machines/steps';
import { WizardContext, useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { CarriedPageBar } from './carried-mark';
import { InfoNote } from './info-note';
import { ItemField } from './item-field';
import { answersFrom, formValuesFrom, pageSchema, type PageAnswers, type PageFormValues } from './page-schema';
import { PageProgress } from './page-progress';

/** A checklist page: its questions that apply to the profile, as one form that saves as it is typed. */
export function ChecklistPage({ pageId }: { pageId: string }) {
  const { t } = useTranslation(['checklist', 'common']);
  const send = useWizardSend();
  const profile = useWizardSelector((s) => s.context.assessment?.profile ?? null);
  // Read once: from here on the form owns the fields and autosaves them.
  const actor = WizardContext.useActorRef();
  const [answers] = useState(() => actor.getSnapshot().context.assessment?.answers ?? {});
  // The item this page was opened for (from the review): marked here (the page still opens at its top, with the
  // heading focused, so the position and counter are seen), and focused again back in the review.
  const [focusItem] = useState(() => actor.getSnapshot().context.focusItem);
  const returnToReview = useWizardSelector((s) => s.context.returnToReview);
  const [attempt, setAttempt] = useState(0);

  const page = CONTENT_INDEX.pageById.get(pageId);
  const section = CONTENT_INDEX.sectionOfPage.get(pageId);
  const items = useMemo(
    () => (page && profile ? page.items.filter((i) => itemApplies(i, profile)) : []),
    [page, profile],
  );
  const questionIds = items.filter(isQuestion).map((i) => i.id);
  // Question numbers run through the whole checklist this profile sees.
  const numbers = useMemo(() => questionNumbers(CONTENT_INDEX, profile), [profile]);

  const methods = useForm<PageFormValues, unknown, PageAnswers>({
    defaultValues: formValuesFrom(questionIds, answers),
    resolver: zodResolver(pageSchema(questionIds)),
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });
  const errorCount = Object.keys(methods.formState.errors.answers ?? {}).length;

  useAutosave(methods.watch, (values) => send({ type: 'answers.change', answers: answersFrom(values) }));

  if (!page || !section || !profile) return null;
  const firstOfSection = section.pages[0]?.id === page.id;

  return (
    <FormProvider {...methods}>
      <form
        noValidate
        onSubmit={methods.handleSubmit(
          () => send({ type: 'nav.next' }),
          () => setAttempt((n) => n + 1),
        )}
      >
        <PageProgress pageId={page.id} />
        <StepHeading>{t(nsTextKey('checklist', `pages.${page.id}`))}</StepHeading>
        {firstOfSection ? (
          // Folded, so that the first question and its answers are on the first screen of a phone.
          <details className="section-intro">
            <summary>{t('common:progress.aboutArea')}</summary>
            <p>{t(`checklist:sections.${section.id}.intro`)}</p>
          </details>
        ) : null}
        <ErrorAnnouncer count={errorCount} attempt={attempt} />
        <CarriedPageBar itemIds={questionIds} />
        {items.map((item) =>
          isQuestion(item) ? (
            <ItemField key={item.id} item={item} number={numbers.get(item.id) ?? 0} target={item.id === focusItem} />
          ) : (
            <InfoNote key={item.id} item={item} />
          ),
        )}
        <div className="btn-row btn-row--split">
          <button type="button" className="btn" onClick={() => send({ type: 'nav.back' })}>
            {t('common:nav.back')}
          </button>
          {returnToReview ? (
            <button
              type="button"
              className="btn"
              onClick={() => send({ type: 'nav.goto', step: REVIEW_STEP, ...(focusItem ? { item: focusItem } : {}) })}
            >
              {t('common:nav.backToReview')}
            </button>
          ) : null}
          <button type="submit" className="btn btn--primary">
            {t('common:nav.next')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
