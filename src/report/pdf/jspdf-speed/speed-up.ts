import type { jsPDF as JsPdf } from 'jspdf';
import { flateFilter, type ProcessDataByFilters } from './flate';
import { restoreFontSubset, speedUpFontSubset, type OpenedFont } from './font-subset';
import { glyphTextHandler } from './glyph-text';

/**
 * jsPDF (pinned in package.json) spends most of a report's time in a few generic helpers. Each is
 * swapped here for one that gives the same file, faster; speed.test.ts makes whole reports with and
 * without the swap and compares their bytes, so a jsPDF upgrade that changes these helpers fails it.
 *
 * - The right-to-left helpers, the Arabic letter-shaper (before each string is drawn or measured)
 *   and the bidirectional reordering (after), are left out: the report draws only what its font
 *   covers (Latin with Vietnamese marks; pdf-safe.ts turns any other script into "?"), so both are
 *   no-ops here.
 * - Glyph encoding of drawn text: glyph-text.ts.
 * - Compression of pages and fonts: flate.ts.
 * - The font subset written into the file: font-subset.ts.
 * - jspdf-autotable asks for the document's list of fonts for every cell it draws, and jsPDF builds
 *   that list afresh each time; once the report's fonts are added it does not change.
 *
 * Handlers are found by what they do (the shaper is `API.processArabic`; the reordering handler is
 * the one that calls the bidi engine; the glyph encoder is the other text post-processor) so a
 * minified build finds them too. One that is not found is kept: slower, same output.
 */

type Handler = (...args: never[]) => unknown;
type Event = [string, Handler];
interface JsPdfApi {
  events: Event[];
  processArabic?: Handler;
  processDataByFilters: ProcessDataByFilters;
}
type Saved = Pick<JsPdfApi, 'events' | 'processArabic' | 'processDataByFilters'>;

const saved = new WeakMap<JsPdfApi, Saved>();

const apiOf = (jsPDF: typeof JsPdf) => (jsPDF as unknown as { API: JsPdfApi }).API;

const isBidi = ([event, handler]: Event) => event === 'postProcessText' && String(handler).includes('doBidiReorder');

/**
 * Applies the swaps to jsPDF's shared API (read by every new document). Whoever loads jsPDF for a
 * report calls it once; calling it again does nothing.
 */
export function speedUpJsPdf(jsPDF: typeof JsPdf): void {
  const api = apiOf(jsPDF);
  if (saved.has(api)) return;
  saved.set(api, {
    events: [...api.events],
    processArabic: api.processArabic,
    processDataByFilters: api.processDataByFilters,
  });
  const shaper = api.processArabic;
  const kept = api.events.filter(([event, handler]) => !(event === 'preProcessText' && handler === shaper));
  const withoutBidi = kept.filter((e) => !isBidi(e));
  const glyphEncoders = withoutBidi.filter(([event]) => event === 'postProcessText');
  const events = withoutBidi.map((e): Event => {
    if (glyphEncoders.length !== 1 || e !== glyphEncoders[0]) return e;
    return [e[0], glyphTextHandler(e[1] as Parameters<typeof glyphTextHandler>[0]) as Handler];
  });
  // In place: the list is jsPDF's own.
  api.events.splice(0, api.events.length, ...events);
  api.processArabic = undefined;
  if (typeof api.processDataByFilters === 'function') api.processDataByFilters = flateFilter(api.processDataByFilters);
}

/** Puts jsPDF back as it was (for the test that compares files made with and without the swaps). */
export function restoreJsPdf(jsPDF: typeof JsPdf): void {
  const api = apiOf(jsPDF);
  const original = saved.get(api);
  if (!original) return;
  api.events.splice(0, api.events.length, ...original.events);
  api.processArabic = original.processArabic;
  api.processDataByFilters = original.processDataByFilters;
  saved.delete(api);
  restoreFontSubset();
}

function isOpenedFont(metadata: unknown): metadata is OpenedFont {
  const m = metadata as Partial<OpenedFont> | undefined;
  return typeof m?.glyf === 'object' && typeof m.directory === 'object' && typeof m.contents === 'object';
}

/**
 * The swaps that belong to one document: call it once its fonts are added. Nothing happens unless
 * speedUpJsPdf was applied to the document's jsPDF.
 */
export function speedUpDocument(jsPDF: typeof JsPdf, doc: JsPdf): void {
  if (!saved.has(apiOf(jsPDF))) return;
  const fonts = doc.getFontList();
  // jsPDF's typings leave out getFont's (name, style) arguments.
  const fontOf = doc.getFont.bind(doc) as unknown as (name: string, style: string) => { metadata?: unknown };
  for (const [name, styles] of Object.entries(fonts)) {
    for (const style of styles) {
      const { metadata } = fontOf(name, style);
      if (isOpenedFont(metadata)) speedUpFontSubset(metadata);
    }
  }
  doc.getFontList = () => fonts;
}
