import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { formatCitation } from '../content/citation';
import { CONTENT_INDEX } from '../content/content';
import type { Language } from '../domain/assessment';
import { scoreAssessment } from '../domain/scoring';
import { assessmentWith, benchAssessment } from '../testing/assessments';
import { fixedT, LOCALES } from '../testing/i18n';
import { nodeReportTexts, pdfPages, pdfText, reportModel, reportPdf } from '../testing/pdf';
import { PROFILES } from '../testing/profiles';
import { actionPlanCsv, csvSeparator } from './action-plan-csv';

/**
 * The report is a pure function of (assessment, content, language, date): these
 * tests build it in Node, render it with the real font and read the text back
 * as a PDF reader would.
 */

const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

const small = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-growing-code': { value: 'not_met', note: 'Đang làm hồ sơ với Chi cục Trồng trọt' },
    'tr-one-step': { value: 'partly' },
    'cap-ip': { value: 'unknown', evidence: 'Hỏi Sở KH&CN' },
    'mkt-story': { value: 'met', evidence: 'Tờ giới thiệu 2025' },
    'mkt-events': { value: 'na', reason: 'Cơ sở chỉ bán tại chỗ' },
  }),
  plan: { 'rmz-growing-code': { owner: 'Bà Nguyễn Thị Hoa', due: '2027-03-31' } },
};

describe.each(['vi', 'en'] as const)('report in %s', (lng: Language) => {
  const report = LOCALES[lng].report;
  const common = LOCALES[lng].common;
  const legal = (key: string) => formatCitation((k, o) => fixedT(lng, 'legal')(k, o) as string, CONTENT_INDEX, key).text;

  it('has every section, in order, with the cover facts', async () => {
    const text = await pdfText(reportPdf(small, lng));
    const order = [
      report.title,
      report.summary.heading,
      report.summary.chart,
      report.summary.topGaps,
      report.gaps.heading,
      report.plan.heading,
      report.met.heading,
      report.na.heading,
      report.unanswered.heading,
      report.legal.heading,
      report.disclaimer.heading,
    ].map(fold);
    let at = -1;
    for (const heading of order) {
      const next = text.indexOf(heading, at + 1);
      expect(next, heading).toBeGreaterThan(at);
      at = next;
    }
    for (const fact of ['Hợp tác xã Nông nghiệp Tân Cương', 'Chè Tân Cương', lng === 'vi' ? 'Thái Nguyên' : 'Thai Nguyen']) {
      expect(text).toContain(fact);
    }
    expect(text).toContain(fold(report.summary.formula));
  });

  it('cites every gap’s provisions, with owner and date where given', async () => {
    const text = await pdfText(reportPdf(small, lng));
    const gaps = scoreAssessment(CONTENT_INDEX, PROFILES.foodCoopCrop, small.answers).gaps;
    expect(gaps.map((g) => g.item.id)).toEqual(['tr-one-step', 'rmz-growing-code', 'cap-ip']);
    for (const g of gaps) for (const c of g.item.cites) expect(text, `${g.item.id} → ${c.provision}`).toContain(fold(legal(c.provision)));
    expect(text).toContain('Bà Nguyễn Thị Hoa');
    expect(text).toContain(lng === 'vi' ? '31/03/2027' : '31 Mar 2027');
    // "Don't know" turns the action into "find out first".
    expect(text).toContain(fold(report.findOutFirst.split('{{')[0]));
  });

  it('counts the answers and names the unanswered questions', async () => {
    const model = reportModel(small, lng);
    const counts = Object.fromEntries(model.summary.counts.map((c) => [c.label, c.value]));
    const total = scoreAssessment(CONTENT_INDEX, PROFILES.foodCoopCrop, small.answers).items.length;
    expect(counts[common.answers.met]).toBe('1');
    expect(counts[common.answers.na]).toBe('1');
    expect(counts[report.unansweredLabel]).toBe(String(total - 5));
    expect(model.unanswered.rows).toHaveLength(total - 5);
    expect(model.notApplicable.rows).toEqual([[LOCALES[lng].checklist.items['mkt-events'].question, 'Cơ sở chỉ bán tại chỗ']]);
  });

  it('puts a footer with page x of y, product and date on every page', async () => {
    const pages = await pdfPages(reportPdf(benchAssessment(PROFILES.foodCoopCrop), lng));
    expect(pages.length).toBeGreaterThan(5);
    pages.forEach((page, i) => {
      const expected = lng === 'vi' ? `Trang ${i + 1}/${pages.length}` : `Page ${i + 1} of ${pages.length}`;
      expect(fold(page), `page ${i + 1}`).toContain(expected);
      expect(fold(page)).toContain('Chè Tân Cương');
    });
  });

  it('lists the legal basis with the programme-period note and only verified dates', async () => {
    const text = await pdfText(reportPdf(small, lng));
    expect(text).toContain(fold(lng === 'vi' ? 'Thông tư số 05/2022/TT-BNNPTNT' : 'Circular No. 05/2022/TT-BNNPTNT'));
    expect(text).toContain(fold(lng === 'vi' ? 'giai đoạn này đã kết thúc' : 'a period that has ended'));
    expect(text).toContain(lng === 'vi' ? '28/03/2024' : '28 Mar 2024');
    expect(text).not.toMatch(/25\/07\/2022|25 Jul 2022/);
  });

  it('sets title, language, author and creator in the metadata, and an ASCII file name', async () => {
    const pdf = await getDocumentProxy(new Uint8Array(reportPdf(small, lng)));
    const { info } = (await pdf.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Title).toBe(fold(report.metaTitle.replace('{{product}}', 'Chè Tân Cương')));
    expect(info.Author).toBe('Hợp tác xã Nông nghiệp Tân Cương');
    expect(info.Creator).toContain(CONTENT_INDEX.content.version);
    expect(info.Language).toBe(lng === 'vi' ? 'vi' : 'en-GB');
    expect(reportModel(small, lng).fileName).toBe(`ocop-gap-report-che-tan-cuong-2026-11-28-${lng}.pdf`);
  });
});

describe('report robustness', () => {
  it('is the same, byte for byte, for the same input', () => {
    const a = Buffer.from(reportPdf(small, 'vi'));
    const b = Buffer.from(reportPdf(structuredClone(small), 'vi'));
    expect(a.equals(b)).toBe(true);
  });

  it('renders decomposed input composed, and keeps diacritics intact', async () => {
    const nfd = {
      ...small,
      profile: { ...PROFILES.foodCoopCrop, producerName: 'Hợp tác xã Đồng Hỷ'.normalize('NFD') },
      answers: { ...small.answers, 'tr-one-step': { value: 'partly' as const, note: 'Sổ ghi chép lô hàng'.normalize('NFD') } },
    };
    const model = reportModel(nfd, 'vi');
    expect(model.cover.facts[0].value).toBe('Hợp tác xã Đồng Hỷ');
    const text = await pdfText(reportPdf(nfd, 'vi'));
    expect(text).toContain('Hợp tác xã Đồng Hỷ');
    expect(text).toContain('Sổ ghi chép lô hàng');
  });

  it('flows a 10,000-character note over pages without losing its end', async () => {
    const ending = 'KẾT THÚC GHI CHÚ DÀI';
    const note = `${'Nhật ký vùng trồng được ghi hằng ngày. '.repeat(260).slice(0, 9_980)}${ending}`;
    const long = { ...small, answers: { ...small.answers, 'tr-one-step': { value: 'partly' as const, note } } };
    const pages = await pdfPages(reportPdf(long, 'vi'));
    const text = fold(pages.join('\n'));
    expect(text).toContain(ending);
    const withNote = pages.filter((p) => p.includes('Nhật ký vùng trồng'));
    expect(withNote.length).toBeGreaterThan(1);
  });

  it('keeps text typed with tabs, control characters, emoji and markup readable', async () => {
    const hostile = {
      ...small,
      answers: {
        ...small.answers,
        'tr-one-step': { value: 'partly' as const, note: 'Trước\ttab sau\u0000tab <b>đậm</b> 🍵 trà → xong ✓ HẾT' },
      },
    };
    const text = await pdfText(reportPdf(hostile, 'vi'));
    expect(text).toContain('Trước tab sautab <b>đậm</b> trà -> xong + HẾT');
  });

  it('stays under 150 KB for the bench fixture', () => {
    expect(reportPdf(benchAssessment(PROFILES.foodCoopCrop), 'vi').byteLength).toBeLessThan(150 * 1024);
  });
});

describe('action plan CSV', () => {
  it('is UTF-8 with BOM, quotes every field and defuses formulas', () => {
    const csv = actionPlanCsv(
      { ...small, plan: { 'rmz-growing-code': { owner: '=HYPERLINK("http://x")', due: '2027-03-31' } } },
      CONTENT_INDEX,
      nodeReportTexts('vi'),
      csvSeparator('vi'),
    );
    expect(csv.startsWith('\uFEFF"#"')).toBe(true);
    expect(csv).toContain('";"');
    const lines = csv.trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"2027-03-31"');
  });
});
