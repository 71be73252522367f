import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_INFO, LANGUAGES, type Language } from '../domain/languages';

/** The first block that starts on screen below the sticky header: what the user is looking at. */
function viewportAnchor(): HTMLElement | null {
  const top = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
  let best: HTMLElement | null = null;
  let bestTop = Number.POSITIVE_INFINITY;
  for (const el of document.querySelectorAll<HTMLElement>(
    'main h1, main h2, main h3, main legend, main p, main .field, main li',
  )) {
    // Skip what is not shown (inside a closed <details>, for instance): its position means nothing.
    if (el.closest('details:not([open]) > :not(summary)') || el.getClientRects().length === 0) continue;
    const y = el.getBoundingClientRect().top;
    if (y >= top && y < bestTop) {
      best = el;
      bestTop = y;
    }
  }
  return best;
}

/**
 * Vietnamese / English, on every screen. Changing the language re-renders the
 * words only: no component remounts, so focus and half-typed fields stay. The
 * texts above the viewport change length, so the element the user was looking
 * at is put back where it was on the screen.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  const [unavailable, setUnavailable] = useState<Language | null>(null);
  // The last language tapped: a switch still loading its words gives way to a later tap (English, then
  // Tiếng Việt at once, on a slow link, ends in Vietnamese).
  const wanted = useRef<Language | null>(null);
  const switchTo = async (lng: Language) => {
    wanted.current = lng;
    const anchor = viewportAnchor();
    const before = anchor?.getBoundingClientRect().top;
    // Offline before the service worker cached the other language, i18next would switch anyway and show raw
    // keys everywhere, even on these buttons: switch only once every namespace in use has loaded.
    const configured = i18n.options.ns ?? 'common';
    const namespaces = typeof configured === 'string' ? [configured] : [...configured];
    const missing = () => namespaces.filter((ns) => !i18n.hasResourceBundle(lng, ns));
    // reloadResources, not loadLanguages: i18next never retries a namespace whose load failed once.
    if (missing().length) await i18n.reloadResources(lng, missing());
    if (wanted.current !== lng) return;
    setUnavailable(missing().length ? lng : null);
    if (missing().length) return;
    await i18n.changeLanguage(lng);
    // Two frames: React commits the new words, then layout settles.
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (anchor?.isConnected && before !== undefined)
          window.scrollBy(0, anchor.getBoundingClientRect().top - before);
      }),
    );
  };
  return (
    <>
      <div className="lang-switch" role="group" aria-label={t('language.label')}>
        {LANGUAGES.map((lng) => (
          <button
            key={lng}
            type="button"
            lang={lng}
            aria-pressed={i18n.resolvedLanguage === lng}
            onClick={() => void switchTo(lng)}
          >
            {LANGUAGE_INFO[lng].nativeName}
          </button>
        ))}
      </div>
      {unavailable ? (
        // Said in the language still on screen, as a toast so that the page does not move.
        <div className="notice notice--error toast" role="alert">
          <p>{t('language.unavailable', { language: LANGUAGE_INFO[unavailable].nativeName })}</p>
          <button type="button" className="btn btn--quiet" onClick={() => setUnavailable(null)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ) : null}
    </>
  );
}
