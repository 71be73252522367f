import type { ParseKeys } from 'i18next';

/** The locale namespaces (src/i18n/config.ts), as the compiler knows them from src/i18n/i18next.d.ts. */
type TextNamespace = 'common' | 'checklist' | 'legal' | 'report';

/**
 * A translation key built at run time from data: an id in the content (item, page, section, provision,
 * instrument, issuer, heading), a profile option or a notice code. The compiler checks every literal key
 * against the Vietnamese locale files, but cannot see which ids the data holds. The tests check the content's
 * and the profile options' keys in every language (src/content/content.test.ts "has every content text key",
 * src/i18n/locales.test.ts); a notice's key is written as a literal where the notice is made (storage, machine)
 * and is not checked. This is the one place such a key is taken on trust: a search for `textKey` lists each.
 */
export const textKey = <Ns extends TextNamespace>(_ns: Ns, path: string): ParseKeys<Ns> => path as ParseKeys<Ns>;

/** The same, prefixed with its namespace, for a translator whose default namespace is another. */
export const nsTextKey = <Ns extends TextNamespace>(ns: Ns, path: string): `${Ns}:${ParseKeys<Ns>}` =>
  `${ns}:${path}` as `${Ns}:${ParseKeys<Ns>}`;
