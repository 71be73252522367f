import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../i18n/use-language';
import { LANGUAGE_INFO } from '../../domain/languages';
import { FieldError, fieldAria } from '../../components/field-shell';
import { provinceById, provinceName, searchProvinces } from '../../content/provinces';
import type { ProfileFormValues } from './profile-schema';

interface ProvincePickerProps {
  /** Registered here, in page order, so that focus on errors goes to the first invalid field above it. */
  register: UseFormRegister<ProfileFormValues>;
  value: string;
  error: string | undefined;
  onPick: (id: string) => void;
}

/**
 * A search box over a native select: the select is what phones and screen
 * readers handle best, and the search finds a unit by its current name, its
 * English name or a former province merged into it ("Hà Giang" → Tuyên Quang).
 * A single match is chosen at once.
 */
export function ProvincePicker({ register, value, error, onPick }: ProvincePickerProps) {
  const { t } = useTranslation('common');
  const naming = LANGUAGE_INFO[useLanguage()];
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchProvinces(query, naming), [query, naming]);
  // A single match is chosen once its option is in the list (setting it earlier leaves the select blank).
  const single = query.trim() && matches.length === 1 ? matches[0].province.id : null;
  // Only when the search result changes: the current value and callback are read, not watched.
  const pickSingle = useEffectEvent((id: string | null) => {
    if (id && id !== value) onPick(id);
  });
  useEffect(() => pickSingle(single), [single]);
  const id = 'profile-province';
  const hint = t('profile.fields.province.hint');
  const chosen = provinceById(value);
  const field = register('province');

  return (
    <div className="field">
      <label htmlFor={`${id}-search`}>{t('profile.fields.province.search')}</label>
      <span className="field__hint" id={`${id}-hint`}>
        {hint}
      </span>
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        value={query}
        aria-describedby={`${id}-hint ${id}-count`}
        onChange={(e) => setQuery(e.currentTarget.value)}
      />
      <span className="field__hint" id={`${id}-count`} role="status">
        {query.trim()
          ? matches.length
            ? t('profile.fields.province.matches', { count: matches.length })
            : t('profile.fields.province.noMatch', { query })
          : ''}
      </span>
      <label htmlFor={id} className="field__label">
        {t('profile.fields.province.label')}
      </label>
      <select id={id} {...fieldAria(id, false, error)} {...field}>
        <option value="">{t('profile.choose')}</option>
        {matches.map(({ province, via }) => (
          <option key={province.id} value={province.id}>
            {via
              ? t('profile.fields.province.formerly', { name: provinceName(province, naming), former: via })
              : provinceName(province, naming)}
          </option>
        ))}
        {value && !matches.some((m) => m.province.id === value) ? (
          // Keep the chosen unit in the list while the search shows others.
          <option value={value}>{chosen ? provinceName(chosen, naming) : value}</option>
        ) : null}
      </select>
      {error ? <FieldError id={`${id}-error`}>{error}</FieldError> : null}
    </div>
  );
}
