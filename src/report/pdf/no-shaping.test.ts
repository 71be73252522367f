import { jsPDF } from 'jspdf';
import { describe, expect, it } from 'vitest';
import { dropRightToLeftHelpers } from './no-shaping';

type Api = { events: [string, unknown][]; processArabic: unknown };
const api = () => (jsPDF as unknown as { API: Api }).API;
const textHandlers = () => api().events.filter(([event]) => event === 'preProcessText' || event === 'postProcessText');

describe('dropRightToLeftHelpers', () => {
  it('takes out the Arabic shaper and the bidi reordering, and keeps every other handler', () => {
    const before = [...api().events];
    expect(before.some(([, h]) => h === api().processArabic)).toBe(true);
    dropRightToLeftHelpers(jsPDF);
    const after = api().events;
    expect(after.some(([, h]) => h === api().processArabic)).toBe(false);
    expect(after.some(([, h]) => String(h).includes('doBidiReorder'))).toBe(false);
    // Only those two went: the font's glyph encoding (postProcessText) and every other event stay.
    expect(before.length - after.length).toBe(2);
    expect(textHandlers().length).toBeGreaterThan(0);
    // A second call changes nothing.
    dropRightToLeftHelpers(jsPDF);
    expect(api().events.length).toBe(after.length);
  });
});
