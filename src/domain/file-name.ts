import { foldDiacritics } from '../content/fold';

/** An ASCII file-name part: "Chè Tân Cương" → "che-tan-cuong"; `fallback` when nothing is left. */
export function fileSlug(value: string, fallback: string): string {
  const slug = foldDiacritics(value)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || fallback;
}
