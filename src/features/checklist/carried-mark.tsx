import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { useWizardSelector, useWizardSend } from '../../wizard/wizard-context';
import { formatDate } from '../../i18n/format';

/** The date of the earlier assessment a follow-up started from, and which items are still carried over. */
function useCarried() {
  const date = useWizardSelector((s) => s.context.assessment?.followUp?.baseline.date ?? null);
  const carried = useWizardSelector((s) => s.context.assessment?.followUp?.carried ?? null);
  return { date, carried };
}

/**
 * On a follow-up, an answer copied from the earlier assessment says so until the producer confirms it
 * or changes its answer, note or evidence (the machine clears the mark then).
 */
export function CarriedMark({ itemId, number }: { itemId: string; number: number }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const send = useWizardSend();
  const { date, carried } = useCarried();
  if (!date || !carried?.includes(itemId)) return null;
  return (
    <div className="carried" data-carried={itemId}>
      <p className="carried__text">{t('followUp.carried', { date: formatDate(date, language) })}</p>
      <button
        type="button"
        className="btn"
        aria-label={t('followUp.confirmLabel', { n: number })}
        onClick={(e) => {
          // The mark (and this button) goes away: keep the keyboard where the producer is, on the item's answers.
          keepFocusIn(e.currentTarget.closest('[data-item]'));
          send({ type: 'followUp.confirm', items: [itemId] });
        }}
      >
        {t('followUp.confirm')}
      </button>
    </div>
  );
}

/** Moves focus to the first answer inside `area` (the confirm button is about to disappear). */
function keepFocusIn(area: Element | null): void {
  area?.querySelector<HTMLElement>('input:checked, input, textarea, select')?.focus();
}

/** Above a page's questions: how many answers there came from the earlier assessment, and one tap to confirm them all. */
export function CarriedPageBar({ itemIds }: { itemIds: readonly string[] }) {
  const { t } = useTranslation('common');
  const language = useLanguage();
  const send = useWizardSend();
  const { date, carried } = useCarried();
  const onPage = carried ? itemIds.filter((id) => carried.includes(id)) : [];
  if (!date || onPage.length === 0) return null;
  return (
    <div className="notice" data-carried-page="">
      <p>{t('followUp.carriedOnPage', { count: onPage.length, date: formatDate(date, language) })}</p>
      <button
        type="button"
        className="btn"
        onClick={(e) => {
          keepFocusIn(e.currentTarget.closest('form') ?? e.currentTarget.closest('main'));
          send({ type: 'followUp.confirm', items: onPage });
        }}
      >
        {t('followUp.confirmPage')}
      </button>
    </div>
  );
}
