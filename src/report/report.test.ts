import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatCitation } from '../content/citation';
import { CONTENT_INDEX } from '../content/content';
import type { Language } from '../domain/languages';
import { questionNumbers } from '../domain/question-numbers';
import type { ReportFormat } from '../domain/report-format';
import { scoreAssessment } from '../domain/scoring';
import { allGapsAssessment, assessmentWith } from '../testing/assessments';
import { fixedT, LOCALES } from '../testing/i18n';
import { pdfLayout, pdfLinks, pdfOutline, pdfPages, reportModel, reportPdf, type PdfPageItems } from '../testing/pdf';
import { PROFILES } from '../testing/profiles';
import { PAGE_FORMATS, pxPerPoint } from './pdf/formats';

/**
 * The report is a pure function of (assessment, content, language, format,
 * date): these tests build it in Node, render it with the real font and read
 * it back as a PDF reader would (text, positions, sizes, outline, links).
 */

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const FORMATS: ReportFormat[] = ['a4', 'phone'];

/** Notes and evidence on every kind of answer, a planned gap with a past date, one unanswered question with a note. */
const mixed = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-growing-code': { value: 'not_met', note: 'Đang làm hồ sơ với Chi cục Trồng trọt' },
    'tr-one-step': { value: 'partly', evidence: 'Sổ nhập hàng 2026' },
    'cap-ip': { value: 'unknown', evidence: 'Hỏi Sở KH&CN' },
    'mkt-story': { value: 'met', evidence: 'Tờ giới thiệu 2025', note: 'Ghi chú trên câu đã đáp ứng' },
    'mkt-events': {
      value: 'na',
      reason: 'Cơ sở chỉ bán tại chỗ',
      note: 'Ghi chú trên câu không áp dụng',
      evidence: 'Biên bản họp',
    },
    'rmz-nature': { note: 'Ghi chú trên câu chưa trả lời' },
  }),
  plan: {
    'rmz-growing-code': { owner: 'Bà Nguyễn Thị Hoa', due: '2027-03-31' },
    'tr-one-step': { owner: 'Anh Tùng', due: '2026-11-15' },
  },
};
const empty = assessmentWith(PROFILES.foodCoopCrop, {});
const allGaps = allGapsAssessment(PROFILES.foodCoopCrop);

const cache = new Map<string, ArrayBuffer>();
const pdf = (name: 'mixed' | 'empty' | 'allGaps', lng: Language, format: ReportFormat) => {
  const key = `${name}-${lng}-${format}`;
  if (!cache.has(key)) cache.set(key, reportPdf({ mixed, empty, allGaps }[name], lng, format));
  return cache.get(key) as ArrayBuffer;
};

/** Text items of a page in reading order, footer left out. */
const body = (page: PdfPageItems, format: ReportFormat) => {
  const footerTop = (PAGE_FORMATS[format].margin.bottom * 72) / 25.4;
  return page.items.filter((i) => i.y > footerTop);
};

describe.each(['vi', 'en'] as const)('report in %s', (lng: Language) => {
  const L = LOCALES[lng];
  const r = L.report;
  const cite = (id: string) => formatCitation((k, o) => fixedT(lng, 'legal')(k, o) as string, CONTENT_INDEX, id).text;
  const numbers = questionNumbers(CONTENT_INDEX, PROFILES.foodCoopCrop);
  const items = L.checklist.items as unknown as Record<string, { question: string; action: string }>;
  const ref = (id: string) => L.common.item.number.replace('{{n}}', String(numbers.get(id)));

  describe.each(FORMATS)('%s', (format) => {
    let pages: string[];
    beforeAll(async () => {
      pages = (await pdfPages(pdf('mixed', lng, format))).map(fold);
    });

    // The page where the action plan begins: the summary fills the pages before it (and, on a phone page, its top).
    const planPage = () => pages.findIndex((p) => p.includes(r.plan.heading));
    // A phone page holds a third of an A4 page: its summary may reach page 2.
    const summaryPages = format === 'a4' ? 1 : 2;

    it('opens with who and what, how complete, readiness, and the actions to do first', () => {
      const first = pages.slice(0, summaryPages).join(' ');
      for (const fact of [
        'Hợp tác xã Nông nghiệp Tân Cương',
        'Chè Tân Cương',
        lng === 'vi' ? 'Thái Nguyên' : 'Thai Nguyen',
      ]) {
        expect(first).toContain(fact);
      }
      const total = scoreAssessment(CONTENT_INDEX, PROFILES.foodCoopCrop, mixed.answers).items.length;
      expect(first).toContain(
        fold(r.summary.completeness.replace('{{answered}}', '5').replace('{{total}}', String(total))),
      );
      expect(first).toContain(fold(r.summary.draft_other.split('{{count}}')[0]));
      expect(first).toContain(r.summary.doFirst);
      // The first gap's action, question number, owner and (late) date are on page 1.
      const gaps = scoreAssessment(CONTENT_INDEX, PROFILES.foodCoopCrop, mixed.answers).gaps;
      expect(gaps.map((g) => g.item.id)).toEqual(['tr-one-step', 'rmz-growing-code', 'cap-ip']);
      expect(first).toContain(fold(items['tr-one-step'].action));
      expect(first).toContain(ref('tr-one-step'));
      expect(first).toContain('Anh Tùng');
      expect(first).toContain(r.plan.overdue);
      expect(first).toContain(fold(r.summary.readinessNote));
    });

    it('starts the action plan on page 2 at the latest, with every gap once', () => {
      expect(planPage()).toBeGreaterThanOrEqual(0);
      expect(planPage()).toBeLessThanOrEqual(1);
      const plan = pages.slice(planPage(), planPage() + 2).join(' ');
      const fromHeading = plan.slice(plan.indexOf(r.plan.heading));
      for (const id of ['tr-one-step', 'rmz-growing-code', 'cap-ip'])
        expect(fromHeading).toContain(fold(items[id].action.slice(1, 30)));
      expect(fromHeading).toContain(fold(r.findOutFirst.split('{{')[0]));
    });

    it('details every question under the number the checklist gives it, with its citations', () => {
      const text = fold(pages.join(' '));
      for (const [id, n] of numbers) {
        expect(text, id).toContain(fold(`${L.common.item.number.replace('{{n}}', String(n))}. ${items[id].question}`));
      }
      for (const id of ['rmz-growing-code', 'tr-one-step']) {
        const item = CONTENT_INDEX.itemById.get(id);
        for (const c of item?.cites ?? []) expect(text).toContain(fold(cite(c.provision)));
      }
      expect(text).toContain(fold(`${r.status.mark.verified} ${r.status.legend.verified}`));
    });

    it('keeps every note, evidence reference and reason typed on any item', () => {
      const text = fold(pages.join(' '));
      for (const answer of Object.values(mixed.answers)) {
        for (const v of [answer.note, answer.evidence, answer.reason]) if (v) expect(text).toContain(v);
      }
    });

    it('never ends a page with a heading, an entry title or a lone table head', async () => {
      const layout = await pdfLayout(pdf('allGaps', lng, format));
      const f = PAGE_FORMATS[format];
      const heads = new Set(Object.values(r.plan).map((v) => fold(v)));
      layout.slice(0, -1).forEach((page, i) => {
        const items = body(page, format);
        const lowest = Math.min(...items.map((t) => t.y));
        const last = items.filter((t) => Math.abs(t.y - lowest) < 1);
        for (const t of last) expect(t.size, `page ${i + 1}: "${t.str}"`).toBeCloseTo(f.size.body, 1);
        const allHead = last.every((t) => heads.has(fold(t.str)));
        expect(allHead, `page ${i + 1} ends with a table head: ${last.map((t) => t.str).join(' | ')}`).toBe(false);
      });
    });

    it('sets body text large enough for the format', async () => {
      const layout = await pdfLayout(pdf('mixed', lng, format));
      for (const page of layout) {
        for (const t of body(page, format)) {
          if (format === 'a4') expect(t.size, t.str).toBeGreaterThanOrEqual(10);
          else expect(t.size * pxPerPoint(PAGE_FORMATS.phone), t.str).toBeGreaterThanOrEqual(12);
        }
      }
      expect(layout[0].width).toBeCloseTo((PAGE_FORMATS[format].width * 72) / 25.4, 0);
    });

    it('has an outline entry for every section and area, and links plan numbers to their details', async () => {
      const buffer = pdf('mixed', lng, format);
      const outline = await pdfOutline(buffer);
      expect(outline.map((o) => o.title)).toEqual([
        r.summary.heading,
        r.plan.heading,
        r.details.heading,
        r.legal.heading,
        r.disclaimer.heading,
      ]);
      const areas = outline[2].children.map((c) => c.title);
      expect(areas).toHaveLength(4);
      expect(areas[0]).toContain(L.checklist.sections.rmz.title);
      const links = await pdfLinks(buffer, planPage() + 1);
      expect(links.length).toBeGreaterThanOrEqual(3);
      // Every link on the page (the plan's numbers, and on a phone page the last actions to do first) leads to a question's details.
      const details = links.map((l) => pages[l.target - 1]);
      expect(details.some((t) => t.includes(fold(`${ref('tr-one-step')}. ${items['tr-one-step'].question}`)))).toBe(
        true,
      );
      for (const t of details) expect(t).toMatch(new RegExp(`${fold(ref('tr-one-step')).replace(/\d+/, '\\d+')}\\. `));
    });

    it('puts a footer with page x of y, product and date on every page', () => {
      pages.forEach((page, i) => {
        const expected = lng === 'vi' ? `Trang ${i + 1}/${pages.length}` : `Page ${i + 1} of ${pages.length}`;
        expect(page, `page ${i + 1}`).toContain(expected);
        expect(page).toContain('Chè Tân Cương');
      });
    });
  });

  it('says an empty assessment is not answered, never that there is nothing to do', async () => {
    for (const format of FORMATS) {
      const pages = (await pdfPages(pdf('empty', lng, format))).map(fold);
      const text = pages.join(' ');
      const summary = pages.slice(0, format === 'a4' ? 1 : 2).join(' ');
      expect(summary).toContain(fold(r.summary.cannotCompute));
      expect(summary).toContain(fold(r.summary.nothingAnswered));
      expect(summary).toContain(fold(r.summary.draft_other.split('{{count}}')[0]));
      expect(text).not.toContain(fold(r.summary.noGaps));
      expect(text).toContain(r.unansweredLabel);
    }
  });

  it('keeps the all-gaps cooperative within 12 A4 pages and 92 KB', async () => {
    const buffer = pdf('allGaps', lng, 'a4');
    expect((await pdfPages(buffer)).length).toBeLessThanOrEqual(12);
    expect(buffer.byteLength).toBeLessThanOrEqual(92 * 1024);
  });

  it('shows both statuses of Circular 05/2022: instrument verified, wording of the cited articles not', async () => {
    const text = fold((await pdfPages(pdf('mixed', lng, 'a4'))).join(' '));
    const legal = LOCALES[lng].legal;
    expect(text).toContain(
      fold(r.legal.instrumentStatus.replace('{{status}}', `${r.status.mark.verified} ${legal.statuses.verified}`)),
    );
    expect(text).toContain(
      fold(
        r.legal.wordingStatus.replace(
          '{{status}}',
          `${r.status.mark['client-source']} ${legal.statuses['client-source']}`,
        ),
      ),
    );
    expect(text).toContain(fold(lng === 'vi' ? 'giai đoạn này đã kết thúc' : 'a period that has ended'));
    for (const p of Object.values(r.disclaimer)) expect(text).toContain(fold(p));
  });

  it('names the file in the report’s language and keeps the metadata clean', async () => {
    const hostile = {
      ...mixed,
      profile: { ...PROFILES.foodCoopCrop, producerName: 'HTX 🌿 Tân\u0007 Cương <b>' },
    };
    const model = reportModel(hostile, lng, 'phone');
    expect(model.meta.fileName).toBe(
      lng === 'vi'
        ? 'bao-cao-ocop-che-tan-cuong-2026-11-28-dien-thoai.pdf'
        : 'ocop-report-che-tan-cuong-2026-11-28-phone.pdf',
    );
    const doc = await getDocumentProxy(new Uint8Array(reportPdf(hostile, lng, 'a4')));
    const { info } = (await doc.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Author).toBe('HTX Tân Cương <b>');
    expect(info.Language).toBe(lng === 'vi' ? 'vi' : 'en-GB');
  });
});
