import { FONT_RANGES } from './font-coverage';

/**
 * The one sanitiser every PDF string passes through. jsPDF does no shaping and
 * no fallback: decomposed accents land on the wrong letter, a character the
 * font lacks is silently dropped, and a tab or other control character below
 * U+0100 truncates the rest of the line. So: NFC, tabs to spaces, control
 * characters out, emoji left out whole, and every other character the font
 * cannot draw replaced by a readable stand-in (one "?" per character of
 * another script). Markup needs nothing: jsPDF prints it as the text it is.
 */

const STAND_INS: Record<string, string> = {
  '\u2192': '->',
  '\u2190': '<-',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2713': '+',
  '\u2714': '+',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u2610': '[ ]',
  '\u2611': '[x]',
  '\u2612': '[x]',
  '\u2116': 'No.',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00AD': '',
  '\u200B': '',
  '\u200C': '',
  '\u200D': '',
  '\u2060': '',
  '\uFEFF': '',
  '\uFE0F': '',
};

/** Characters the font lacks and no stand-in covers (other scripts). */
export const MISSING_GLYPH = '?';

function inFont(cp: number): boolean {
  let lo = 0;
  let hi = FONT_RANGES.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [a, b] = FONT_RANGES[mid];
    if (cp < a) hi = mid - 1;
    else if (cp > b) lo = mid + 1;
    else return true;
  }
  return false;
}

export const canDraw = (ch: string): boolean => inFont(ch.codePointAt(0) ?? 0);

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const EMOJI = /^[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;

/**
 * The font's Basic Multilingual Plane coverage as one bit per code unit, made
 * on first use: every string of a report passes here, and a table look-up is
 * several times faster than the binary search.
 */
let bmp: Uint8Array | null = null;
function drawableBmp(): Uint8Array {
  if (bmp) return bmp;
  bmp = new Uint8Array(0x10000 >> 3);
  for (const [a, b] of FONT_RANGES) {
    for (let cp = a; cp <= Math.min(b, 0xffff); cp += 1) bmp[cp >> 3] |= 1 << (cp & 7);
  }
  bmp[0x0a >> 3] |= 1 << (0x0a & 7); // a line break is layout, not a glyph
  return bmp;
}

/** True when the font draws every character (the common case): nothing to segment or replace. */
function allDrawable(text: string): boolean {
  const bits = drawableBmp();
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A surrogate (emoji, other planes) is never in the table: the slow path decides.
    if ((bits[unit >> 3] & (1 << (unit & 7))) === 0) return false;
  }
  return true;
}

export function pdfSafe(value: string): string {
  const text = value
    .normalize('NFC')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\t/g, ' ');
  // Grapheme segmentation costs far more than a code-point scan, and long notes are common.
  if (allDrawable(text)) return text;
  let out = '';
  let droppedEmoji = false;
  for (const { segment } of graphemes.segment(text)) {
    const chars = [...segment];
    if (segment === '\n' || chars.every((ch) => inFont(ch.codePointAt(0) ?? 0))) {
      // After a dropped emoji, do not leave a doubled space behind.
      if (!(droppedEmoji && segment === ' ' && out.endsWith(' '))) out += segment;
      droppedEmoji = false;
      continue;
    }
    droppedEmoji = false;
    if (EMOJI.test(segment)) {
      // Emoji (with their skin tones, joiners and flags) are decoration the font cannot draw: left out whole.
      droppedEmoji = true;
      continue;
    }
    for (const ch of chars) {
      if (inFont(ch.codePointAt(0) ?? 0)) out += ch;
      else if (ch in STAND_INS) out += STAND_INS[ch];
      else if (/[\p{Cc}\p{Cf}\p{M}]/u.test(ch)) continue;
      else if (/\p{Zs}/u.test(ch)) out += ' ';
      else out += MISSING_GLYPH;
    }
  }
  return out;
}
