import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../domain/assessment';

/**
 * Vietnamese / English, on every screen. Changing the language re-renders the
 * words only: no component remounts, so focus, scroll and half-typed fields stay.
 */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation('common');
  return (
    <div className="lang-switch" role="group" aria-label={t('language.label')}>
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={i18n.resolvedLanguage === lng}
          onClick={() => void i18n.changeLanguage(lng)}
        >
          {t(`language.${lng}`)}
        </button>
      ))}
    </div>
  );
}
