import data from './data/provinces-2025.json' with { type: 'json' };
import { foldDiacritics } from './fold';

/**
 * The 34 provincial-level units in force since 1 July 2025, each with the
 * former provinces merged into it, so that a producer who still says
 * "Hà Giang" finds "Tuyên Quang". Names are proper names: shown as they are.
 */
export interface Province {
  /** Stable id, from the English name: "Ho Chi Minh City" → "ho-chi-minh-city". */
  id: string;
  vi: string;
  en: string;
  kind: 'city' | 'province';
  formerly: readonly string[];
  aliases: readonly string[];
}

const slug = (s: string): string =>
  foldDiacritics(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const PROVINCES: readonly Province[] = data.units.map((u) => ({
  id: slug(u.en),
  vi: u.vi,
  en: u.en,
  kind: u.kind === 'city' ? 'city' : 'province',
  formerly: u.formerly,
  aliases: u.aliases,
}));

export const provinceById = (id: string): Province | undefined => PROVINCES.find((p) => p.id === id);

/**
 * How a language shows place names (its row in src/domain/languages.ts has both fields): which of the two
 * names, the Vietnamese one or the usual form without diacritics, and the locale that sorts them.
 */
export interface PlaceNaming {
  placeNames: 'vi' | 'en';
  intl: string;
}

/** Display name in the interface language. */
export const provinceName = (p: Province, naming: PlaceNaming): string => p[naming.placeNames];

export interface ProvinceMatch {
  province: Province;
  /** The former province or alias the query matched, when it was not the current name. */
  via?: string;
}

/**
 * Provinces matching what the user typed, ignoring case and tone marks; a
 * former province's name finds the unit it merged into. Sorted by the
 * interface language's collation of the display name.
 */
export function searchProvinces(query: string, naming: PlaceNaming): ProvinceMatch[] {
  // Spaces and punctuation do not matter either: "TP HCM" finds "TPHCM", "Ba Ria Vung Tau" "Bà Rịa - Vũng Tàu".
  const compact = (s: string) => foldDiacritics(s).replace(/[^a-z0-9]/g, '');
  const q = compact(query);
  const collator = new Intl.Collator(naming.intl);
  const sorted = [...PROVINCES].sort((a, b) => collator.compare(provinceName(a, naming), provinceName(b, naming)));
  if (!q) return sorted.map((province) => ({ province }));
  const matches: ProvinceMatch[] = [];
  for (const province of sorted) {
    if ([province.vi, province.en].some((n) => compact(n).includes(q))) {
      matches.push({ province });
      continue;
    }
    const via = [...province.formerly, ...province.aliases].find((n) => compact(n).includes(q));
    if (via) matches.push({ province, via });
  }
  return matches;
}
