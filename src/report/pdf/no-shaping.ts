import type { jsPDF as JsPdf } from 'jspdf';

/**
 * jsPDF runs two right-to-left helpers on every string it draws: the Arabic
 * letter-shaper (before) and the bidirectional reordering (after). The report
 * draws only what its font covers (Latin with Vietnamese marks: pdf-safe.ts
 * turns any other script into "?"), so both are no-ops here, yet they were a
 * sixth of the layout time. Taking them out of jsPDF's shared list of text
 * handlers changes no output: the report tests read back the same text.
 *
 * They are found by what they are (the shaper is exposed as
 * `API.processArabic`; the reordering handler is the one that calls the bidi
 * engine) so a minified build finds them too; a jsPDF that changes them just
 * keeps them (slower, same output).
 */
type Handler = (...args: unknown[]) => unknown;
type JsPdfApi = { events: [string, Handler][]; processArabic?: Handler };

export function dropRightToLeftHelpers(jsPDF: typeof JsPdf): void {
  const api = (jsPDF as unknown as { API: JsPdfApi }).API;
  const rightToLeft = ([event, handler]: [string, Handler]) =>
    (event === 'preProcessText' && handler === api.processArabic) ||
    (event === 'postProcessText' && String(handler).includes('doBidiReorder'));
  // In place: the list is jsPDF's own, read by every new document.
  for (let i = api.events.length - 1; i >= 0; i -= 1) if (rightToLeft(api.events[i])) api.events.splice(i, 1);
}
