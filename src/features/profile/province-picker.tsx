import { useMemo, useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../../components/field-shell';
import { provinceById, provinceName, searchProvinces } from '../../content/provinces';

interface ProvincePickerProps {
  register: UseFormRegisterReturn<'province'>;
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
  const { t, i18n } = useTranslation('common');
  const lng = i18n.resolvedLanguage ?? 'vi';
  const [query, setQuery] = useState('');
  const matches = useMemo(() => searchProvinces(query, lng), [query, lng]);
  const id = 'profile-province';
  const hint = t('profile.fields.province.hint');
  const chosen = provinceById(value);

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
        onChange={(e) => {
          const next = e.currentTarget.value;
          setQuery(next);
          const found = searchProvinces(next, lng);
          if (next.trim() && found.length === 1 && found[0].province.id !== value) onPick(found[0].province.id);
        }}
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
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, false, error)}
        {...register}
      >
        <option value="">{t('profile.choose')}</option>
        {matches.map(({ province, via }) => (
          <option key={province.id} value={province.id}>
            {via
              ? t('profile.fields.province.formerly', { name: provinceName(province, lng), former: via })
              : provinceName(province, lng)}
          </option>
        ))}
        {value && !matches.some((m) => m.province.id === value) ? (
          // Keep the chosen unit in the list while the search shows others.
          <option value={value}>{chosen ? provinceName(chosen, lng) : value}</option>
        ) : null}
      </select>
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
