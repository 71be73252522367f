import { useTranslation } from 'react-i18next';

/** Announces, after a failed submit, how many fields need fixing (focus moves to the first one). */
export function ErrorAnnouncer({ count, attempt }: { count: number; attempt: number }) {
  const { t } = useTranslation('common');
  return (
    <p className="visually-hidden" role="alert" key={attempt}>
      {attempt > 0 && count > 0 ? t('errors.summary', { count }) : ''}
    </p>
  );
}
