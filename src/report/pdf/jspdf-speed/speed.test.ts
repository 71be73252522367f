import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import { afterAll, describe, expect, it } from 'vitest';
import { allGapsAssessment, benchAssessment, FIXED_DATE } from '../../../testing/assessments';
import { nodePdfFonts } from '../../../testing/fonts';
import { reportModel } from '../../../testing/pdf';
import { PROFILES } from '../../../testing/profiles';
import { renderReportPdf } from '../../render-pdf';
import { FONT } from '../writer';
import { restoreJsPdf, speedUpDocument, speedUpJsPdf } from './speed-up';

/**
 * The speed-ups replace jsPDF helpers with faster ones that must write the very same file. Each
 * case is made twice, with jsPDF as published and with the speed-ups, and the bytes compared.
 */

type Api = { events: [string, unknown][]; processArabic?: unknown; processDataByFilters: unknown };
const api = () => (jsPDF as unknown as { API: Api }).API;

function twice(make: () => ArrayBuffer): { plain: Uint8Array; fast: Uint8Array } {
  restoreJsPdf(jsPDF);
  const plain = new Uint8Array(make());
  speedUpJsPdf(jsPDF);
  const fast = new Uint8Array(make());
  return { plain, fast };
}

/** A bare document in the report's font, drawn by `draw`, with fixed dates so its bytes repeat. */
function drawn(draw: (doc: jsPDF) => void): ArrayBuffer {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  const fonts = nodePdfFonts();
  doc.addFileToVFS('r.ttf', fonts.regular);
  doc.addFont('r.ttf', FONT, 'normal');
  doc.addFileToVFS('b.ttf', fonts.bold);
  doc.addFont('b.ttf', FONT, 'bold');
  speedUpDocument(jsPDF, doc);
  doc.setCreationDate(FIXED_DATE);
  doc.setFileId('0123456789abcdef0123456789abcdef');
  doc.setFont(FONT, 'normal');
  draw(doc);
  return doc.output('arraybuffer');
}

afterAll(() => speedUpJsPdf(jsPDF));

describe('jsPDF speed-ups', () => {
  it('take out the right-to-left helpers and replace the glyph encoder and the compression', () => {
    restoreJsPdf(jsPDF);
    const before = { events: [...api().events], filters: api().processDataByFilters };
    expect(api().processArabic).toBeTypeOf('function');
    speedUpJsPdf(jsPDF);
    const after = api().events;
    expect(api().processArabic).toBeUndefined();
    expect(after.some(([, h]) => String(h).includes('doBidiReorder'))).toBe(false);
    // The shaper and the bidi went; the glyph encoder was replaced, not removed; nothing else moved.
    expect(before.events.length - after.length).toBe(2);
    const post = after.filter(([event]) => event === 'postProcessText');
    expect(post).toHaveLength(1);
    expect(before.events.some(([, h]) => h === post[0][1])).toBe(false);
    expect(api().processDataByFilters).not.toBe(before.filters);
    // Idempotent, and undone by restore.
    speedUpJsPdf(jsPDF);
    expect(api().events).toHaveLength(after.length);
    restoreJsPdf(jsPDF);
    expect(api().events).toEqual(before.events);
    speedUpJsPdf(jsPDF);
  });

  it.each([
    ['bench fixture', 'vi', 'a4', benchAssessment(PROFILES.foodCoopCrop)],
    ['bench fixture', 'en', 'phone', benchAssessment(PROFILES.foodCoopCrop)],
    ['all gaps', 'en', 'a4', allGapsAssessment(PROFILES.herbHousehold)],
  ] as const)('write the same report file (%s, %s, %s)', (_, language, format, assessment) => {
    const model = reportModel(assessment, language, format);
    const { plain, fast } = twice(() =>
      renderReportPdf(model, { jsPDF, autoTable }, nodePdfFonts(), FIXED_DATE).output('arraybuffer'),
    );
    expect(fast.length).toBeGreaterThan(10_000);
    expect(Buffer.from(fast).equals(Buffer.from(plain))).toBe(true);
  });

  it('encode what the report never draws the same way as jsPDF: missing glyphs, line arrays, alignment', () => {
    const { plain, fast } = twice(() =>
      drawn((doc) => {
        doc.text('Hợp tác xã — “chè” € 中文 end', 10, 10);
        doc.text('before\u0001after', 10, 20); // a control character ends the string in jsPDF
        doc.text(['first line', 'dòng thứ hai', ''], 10, 30);
        doc.text('centred Đắk Lắk', 100, 50, { align: 'center' });
        doc.text('justified text across a width that wraps into several lines of words', 10, 60, {
          align: 'justify',
          maxWidth: 40,
        });
        doc.setFont(FONT, 'bold');
        doc.text('Đậm', 10, 90);
        doc.setFont('helvetica', 'normal');
        doc.text('Built-in font', 10, 100);
        doc.addPage();
        doc.setFont(FONT, 'normal');
        doc.text('Trang hai', 10, 10);
      }),
    );
    expect(Buffer.from(fast).equals(Buffer.from(plain))).toBe(true);
  });
});
