import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_INFO, LANGUAGES } from '../domain/languages';
import { LOCALES } from '../testing/i18n';
import { FONT_FILES } from '../testing/fonts';
import { FONT_RANGES } from './font-coverage';
import { canDraw, pdfSafe } from './pdf-safe';

const require = createRequire(import.meta.url);
const fontkit = require('fontkit') as { openSync: (path: string) => { characterSet: number[] } };

/** Every string of every locale file, flattened. */
function strings(tree: unknown): string[] {
  if (typeof tree === 'string') return [tree];
  if (tree && typeof tree === 'object') return Object.values(tree).flatMap(strings);
  return [];
}

describe('PDF font coverage', () => {
  it('matches the code points both embedded fonts really have (regenerate with scripts/gen-font-coverage.mjs)', () => {
    const [regular, bold] = [FONT_FILES.regular, FONT_FILES.bold].map((f) => new Set(fontkit.openSync(f).characterSet));
    for (const [a, b] of FONT_RANGES) {
      for (let cp = a; cp <= b; cp += 1) expect(regular.has(cp) && bold.has(cp), cp.toString(16)).toBe(true);
    }
    const covered = FONT_RANGES.reduce((n, [a, b]) => n + b - a + 1, 0);
    const both = [...regular].filter((cp) => bold.has(cp) && cp >= 0x20).length;
    expect(covered).toBe(both);
  });

  it('can draw every character of every locale string and language name in every language', () => {
    const missing = new Set<string>();
    for (const lng of LANGUAGES) {
      for (const ch of LANGUAGE_INFO[lng].nativeName) if (!canDraw(ch)) missing.add(ch);
      for (const s of strings(LOCALES[lng])) for (const ch of s) if (ch !== '\n' && !canDraw(ch)) missing.add(ch);
    }
    expect([...missing]).toEqual([]);
  });

  it('has every Vietnamese letter, upper and lower case, composed', () => {
    const letters = 'aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ';
    for (const ch of letters + letters.toUpperCase()) expect(canDraw(ch), ch).toBe(true);
  });
});

describe('pdfSafe', () => {
  it('composes decomposed text', () => {
    expect(pdfSafe('Hợp tác xã'.normalize('NFD'))).toBe('Hợp tác xã');
  });
  it('turns tabs into spaces and drops control characters, so nothing after them is lost', () => {
    expect(pdfSafe('a\tb\u0000c\u0007d\u001Be')).toBe('a bcde');
  });
  it('keeps line breaks and maps other line separators to them', () => {
    expect(pdfSafe('a\r\nb\u2028c')).toBe('a\nb\nc');
  });
  it('replaces symbols the font lacks with readable stand-ins and anything else with ?', () => {
    expect(pdfSafe('→ ✓ ✗ ☐ ≤ № 中文')).toBe('-> + x [ ] ≤ No. ??');
  });
  it('leaves emoji out whole, with their joiners, skin tones and flags, and no doubled space', () => {
    expect(pdfSafe('Chè 🍵 ngon 👨‍👩‍👧 👍🏽 🇻🇳 nhé')).toBe('Chè ngon nhé');
  });
  it('maps unusual spaces to a plain one and drops invisible format characters', () => {
    expect(pdfSafe('10\u202FPM\u2009x\u200By\uFEFFz')).toBe('10 PM xyz');
  });
  it('leaves markup as text', () => {
    expect(pdfSafe('<script>alert(1)</script> &amp;')).toBe('<script>alert(1)</script> &amp;');
  });
});
