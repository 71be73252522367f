import { useTranslation } from 'react-i18next';

/** Shown instead of the app inside a foreign frame (src/app/framed-by-other-origin.ts says when): a link that opens the app as a page of its own. */
export function FramedNotice() {
  const { t } = useTranslation('common');
  return (
    <main className="app-main">
      <h1>{t('framed.title')}</h1>
      <p>{t('framed.text')}</p>
      <a className="btn btn--primary" href={window.location.href} target="_top" rel="noopener">
        {t('framed.open')}
      </a>
    </main>
  );
}
