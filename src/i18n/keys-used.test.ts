import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../testing/i18n';
import { NAMESPACES, type Namespace } from './config';

/**
 * Every translation key written literally in the source exists in both
 * languages (keys built at run time from content ids are checked by the
 * content tests instead). Catches a typo before a user sees a raw key.
 */

const SRC = new URL('..', import.meta.url).pathname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

function has(tree: unknown, key: string): boolean {
  const node = key.split('.').reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], tree);
  if (typeof node === 'string') return true;
  // Plural keys: "items" is found as items_one / items_other.
  const parent = key.split('.').slice(0, -1).reduce<unknown>((n, p) => (n as Record<string, unknown> | undefined)?.[p], tree);
  const last = key.split('.').pop() ?? '';
  return Object.keys((parent as Record<string, unknown>) ?? {}).some((k) => k.startsWith(`${last}_`));
}

describe('translation keys used in the source', () => {
  const uses: { file: string; ns: Namespace[]; key: string }[] = [];
  for (const file of files(SRC)) {
    const text = readFileSync(file, 'utf8');
    const declared = [...text.matchAll(/useTranslation\((?:\[([^\]]*)\]|'(\w+)')/g)].flatMap((m) =>
      (m[1] ?? `'${m[2]}'`).split(',').map((s) => s.trim().replace(/'/g, '')),
    ) as Namespace[];
    // A module that receives a translator bound to a namespace says so: "@i18n-namespace legal".
    const annotated = [...text.matchAll(/@i18n-namespace (\w+)/g)].map((m) => m[1]) as Namespace[];
    const fileNs: Namespace[] = [...declared, ...annotated].length ? [...declared, ...annotated] : ['common'];
    for (const m of text.matchAll(/\bt\('([\w.:-]+)'/g)) {
      const [ns, key] = m[1].includes(':') ? m[1].split(':') : [undefined, m[1]];
      uses.push({ file, ns: ns ? [ns as Namespace] : fileNs, key });
    }
    // The report's translators are named after their namespace: report('…'), common('…'), …
    for (const m of text.matchAll(/\b(report|common|checklist|legal)\('([\w.-]+)'/g)) {
      uses.push({ file, ns: [m[1] as Namespace], key: m[2] });
    }
  }

  it('finds the keys', () => {
    expect(uses.length).toBeGreaterThan(150);
  });

  it.each(['vi', 'en'] as const)('all exist in %s', (lng) => {
    const missing = uses
      .filter(({ ns, key }) => !ns.some((n) => NAMESPACES.includes(n) && has(LOCALES[lng][n], key)))
      .map(({ file, ns, key }) => `${file.replace(SRC, 'src/')}: ${ns.join('|')}:${key}`);
    expect(missing).toEqual([]);
  });
});
