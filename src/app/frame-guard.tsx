import { useTranslation } from 'react-i18next';

/**
 * The app refuses to run inside another site's frame: a page elsewhere could
 * dress it up and trick the user into typing or deleting (clickjacking). The
 * host should also send `frame-ancestors 'none'` (README); a meta CSP cannot,
 * so this check in the app's own script is the guard wherever it is hosted.
 * A frame of the same origin (the app's own tests, a preview) is allowed.
 */
export function framedByOtherOrigin(win: Pick<Window, 'self' | 'top' | 'location'>): boolean {
  if (win.top === null || win.top === win.self) return false;
  try {
    return win.top.location.origin !== win.location.origin;
  } catch {
    // Reading another origin's location throws: that is the answer.
    return true;
  }
}

/** Shown instead of the app inside a foreign frame: a link that opens the app as a page of its own. */
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
