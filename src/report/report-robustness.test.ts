import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import { assessmentWith, benchAssessment } from '../testing/assessments';
import { LOCALES } from '../testing/i18n';
import { nodeReportTexts, pdfPages, pdfText, reportModel, reportPdf } from '../testing/pdf';
import { PROFILES } from '../testing/profiles';
import { actionPlanCsv, csvSeparator } from './action-plan-csv';
import type { ActionPlanSection, SummarySection } from './model/types';

const small = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-growing-code': { value: 'not_met', note: 'Đang làm hồ sơ với Chi cục Trồng trọt' },
    'tr-one-step': { value: 'partly' },
    'cap-ip': { value: 'unknown', evidence: 'Hỏi Sở KH&CN' },
  }),
  plan: { 'rmz-growing-code': { owner: 'Bà Nguyễn Thị Hoa', due: '2027-03-31' } },
};

describe('report robustness', () => {
  it('is the same, byte for byte, for the same input', () => {
    const a = Buffer.from(reportPdf(small, 'vi', 'phone'));
    const b = Buffer.from(reportPdf(structuredClone(small), 'vi', 'phone'));
    expect(a.equals(b)).toBe(true);
  });

  it('renders decomposed input composed, and keeps diacritics intact', async () => {
    const nfd = {
      ...small,
      profile: { ...PROFILES.foodCoopCrop, producerName: 'Hợp tác xã Đồng Hỷ'.normalize('NFD') },
      answers: {
        ...small.answers,
        'tr-one-step': { value: 'partly' as const, note: 'Sổ ghi chép lô hàng'.normalize('NFD') },
      },
    };
    const summary = reportModel(nfd, 'vi').sections[0] as SummarySection;
    expect(summary.facts[0].value).toBe('Hợp tác xã Đồng Hỷ');
    const text = await pdfText(reportPdf(nfd, 'vi'));
    expect(text).toContain('Hợp tác xã Đồng Hỷ');
    expect(text).toContain('Sổ ghi chép lô hàng');
  });

  it('flows a 10,000-character note over pages without losing its end, in both formats', async () => {
    const ending = 'KẾT THÚC GHI CHÚ DÀI';
    const note = `${'Nhật ký vùng trồng được ghi hằng ngày. '.repeat(260).slice(0, 9_980)}${ending}`;
    const long = { ...small, answers: { ...small.answers, 'tr-one-step': { value: 'partly' as const, note } } };
    for (const format of ['a4', 'phone'] as const) {
      const pages = await pdfPages(reportPdf(long, 'vi', format));
      expect(pages.join('\n').replace(/\s+/g, ' ')).toContain(ending);
      expect(pages.filter((p) => p.includes('Nhật ký vùng trồng')).length).toBeGreaterThan(1);
    }
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

  it('stays within 92 KB for the bench fixture on A4', () => {
    expect(reportPdf(benchAssessment(PROFILES.foodCoopCrop), 'vi').byteLength).toBeLessThanOrEqual(92 * 1024);
  });
});

describe('action plan CSV', () => {
  it('is UTF-8 with BOM, quotes every field and defuses formulas', () => {
    const csv = actionPlanCsv(
      { ...small, plan: { 'rmz-growing-code': { owner: '=HYPERLINK("http://x")', due: '2027-03-31' } } },
      CONTENT_INDEX,
      nodeReportTexts('vi'),
      'vi',
      new Date('2026-11-28T03:00:00Z'),
      csvSeparator('vi'),
    );
    expect(csv.startsWith('\uFEFF"Câu"')).toBe(true);
    expect(csv).toContain('";"');
    expect(csv.trim().split('\r\n')).toHaveLength(4);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain('"2027-03-31"');
  });

  it('has a status column with the plan line status in words, and what was done', () => {
    const plan = { 'rmz-growing-code': { status: 'doing' as const, progress: 'Đã nộp hồ sơ' } };
    const csv = actionPlanCsv(
      { ...small, plan },
      CONTENT_INDEX,
      nodeReportTexts('vi'),
      'vi',
      new Date('2026-11-28T03:00:00Z'),
      ';',
    );
    const [head, ...rows] = csv
      .replace('\uFEFF', '')
      .trim()
      .split('\r\n')
      .map((l) => l.split('";"'));
    const col = head.indexOf(LOCALES.vi.report.csv.status);
    expect(col).toBeGreaterThan(0);
    expect(head[col + 1]).toBe(LOCALES.vi.report.csv.progress);
    const line = rows.find((r) => r.join(';').includes('Đã nộp hồ sơ'));
    expect(line?.[col]).toBe(LOCALES.vi.report.planStatuses.doing);
    // A gap without a status reads "not started".
    expect(rows.filter((r) => r !== line).every((r) => r[col] === LOCALES.vi.report.planStatuses.todo)).toBe(true);
  });

  it.each(['vi', 'en'] as const)('uses the PDF action plan’s words and rows (%s)', (lng) => {
    const date = new Date('2026-11-28T03:00:00Z');
    const csv = actionPlanCsv(small, CONTENT_INDEX, nodeReportTexts(lng), lng, date, ',');
    const plan = reportModel(small, lng).sections.find((s): s is ActionPlanSection => s.kind === 'actionPlan');
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n').slice(1);
    expect(lines).toHaveLength(plan?.rows.length ?? -1);
    plan?.rows.forEach((row, i) => {
      for (const v of [row.number, row.action, row.priority, row.kind])
        expect(lines[i]).toContain(`"${v.replace(/"/g, '""')}"`);
    });
    // English citations are marked as unofficial translations (Citation spec, rule 7); Vietnamese ones are the law's words.
    const label = LOCALES.en.legal.unofficial;
    if (lng === 'en') expect(lines.every((l) => l.includes(`"${label}: `))).toBe(true);
    else expect(csv).not.toContain(label);
  });
});
