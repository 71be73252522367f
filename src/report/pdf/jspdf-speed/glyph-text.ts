/**
 * jsPDF turns every string it draws in an embedded (Identity-H) font into hex glyph ids with a
 * handler that, for each character, appends to a list of used glyphs (one entry per character
 * of the whole document), scans the list of known widths from the start, and builds the string
 * one character at a time. That was about a sixth of a report's time in Chromium. This handler
 * gives the same text, the same glyph, width and ToUnicode records (each glyph listed once: the
 * font subset is built from the set, so the file's bytes do not change) in a fraction of it.
 * speed.test.ts compares whole files made with and without it.
 *
 * It handles only what the original does for an embedded font: anything else (a built-in font,
 * a font without a character map, an odd text argument) goes to jsPDF's own handler.
 */

interface GlyphFont {
  cmap: { unicode?: { codeMap: Record<number, number | undefined> } };
  Unicode: { widths: unknown[] };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  widthOfGlyph(glyph: number): number;
}

interface Payload {
  text: unknown;
  mutex: { activeFontKey: string; fonts: Record<string, { encoding: string; metadata: unknown }>; isHex?: boolean };
}

/** Per font of one document: the glyphs already recorded, and what each character became. */
interface Seen {
  used: Set<number>;
  widths: Set<number>;
  chars: Map<number, { glyph: number; hex: string }>;
}

const seenByFont = new WeakMap<GlyphFont, Seen>();

function seenFor(font: GlyphFont): Seen {
  let seen = seenByFont.get(font);
  if (!seen) {
    const widths = new Set<number>();
    for (const entry of font.Unicode.widths) if (typeof entry === 'number') widths.add(entry);
    seen = { used: new Set(font.glyIdsUsed), widths, chars: new Map() };
    seenByFont.set(font, seen);
  }
  return seen;
}

/** The glyph's first use: listed for the subset, and its width recorded. */
function firstUse(font: GlyphFont, seen: Seen, glyph: number): void {
  if (!seen.used.has(glyph)) {
    seen.used.add(glyph);
    font.glyIdsUsed.push(glyph);
  }
  if (!seen.widths.has(glyph)) {
    seen.widths.add(glyph);
    font.Unicode.widths.push(glyph, [parseInt(String(font.widthOfGlyph(glyph)), 10)]);
  }
}

/**
 * One string as jsPDF encodes it: a character the font lacks is left out when its code is 256 or
 * more, and ends the string (glyph 0) when it is below 256. The ToUnicode record of a glyph is the
 * last character drawn with it (two characters may share a glyph), as in jsPDF.
 */
function encode(font: GlyphFont, text: string): string {
  const seen = seenFor(font);
  const codeMap = font.cmap.unicode?.codeMap ?? {};
  const { toUnicode } = font;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let char = seen.chars.get(code);
    if (!char) {
      const glyph = codeMap[code];
      if (!glyph) {
        if (code >= 256) continue;
        firstUse(font, seen, 0);
        toUnicode[0] = code;
        return out;
      }
      firstUse(font, seen, glyph);
      char = { glyph, hex: glyph.toString(16).padStart(4, '0') };
      seen.chars.set(code, char);
    }
    if (toUnicode[char.glyph] !== code) toUnicode[char.glyph] = code;
    out += char.hex;
  }
  return out;
}

function isGlyphFont(metadata: unknown): metadata is GlyphFont {
  const m = metadata as Partial<GlyphFont> | null;
  return (
    !!m &&
    Object.prototype.hasOwnProperty.call(m, 'cmap') &&
    Object.prototype.hasOwnProperty.call(m, 'Unicode') &&
    Array.isArray(m.glyIdsUsed) &&
    Array.isArray(m.Unicode?.widths) &&
    typeof m.toUnicode === 'object' &&
    typeof m.widthOfGlyph === 'function'
  );
}

/** A string, or jsPDF's [text, x, y] / [text] forms of one line. */
function lineText(item: unknown): string | null {
  const text = Array.isArray(item) ? item[0] : item;
  if (text === undefined || text === null || text === '') return '';
  return typeof text === 'string' ? text : null;
}

/** The replacement for jsPDF's postProcessText handler of embedded fonts; `original` is that handler. */
export function glyphTextHandler(original: (payload: Payload) => void): (payload: Payload) => void {
  return (payload) => {
    const { mutex } = payload;
    const font = mutex.fonts[mutex.activeFontKey];
    const items = Array.isArray(payload.text) ? (payload.text as unknown[]) : [payload.text];
    const texts = items.map(lineText);
    if (font?.encoding !== 'Identity-H' || !isGlyphFont(font.metadata) || texts.some((t) => t === null)) {
      original(payload);
      return;
    }
    const metadata = font.metadata;
    const encoded = texts.map((t) => encode(metadata, t as string));
    if (Array.isArray(payload.text)) {
      payload.text = (payload.text as unknown[]).map((item, i) =>
        Array.isArray(item) && item.length === 3 ? [encoded[i], item[1], item[2]] : encoded[i],
      );
      if (items.length > 0) mutex.isHex = true;
    } else {
      payload.text = encoded[0];
      mutex.isHex = true;
    }
  };
}
