import { describe, expect, it } from 'vitest';
import { fixedT } from '../testing/i18n';
import { formatCitation, formatInstrument } from './citation';
import { CONTENT, CONTENT_INDEX } from './content';

// Citations keep a number with its word by non-breaking spaces ("Điều\u00a012"); the wording is compared with plain spaces.
const plain = (text: string) => text.replace(/\u00a0/g, ' ');
const cite = (lng: 'vi' | 'en', id: string) => plain(formatCitation(fixedT(lng, 'legal'), CONTENT_INDEX, id).text);

describe('citation strings (Citation spec, rule 4)', () => {
  it('renders Article 12 exactly as the spec, with its content heading', () => {
    expect(cite('vi', 'RMZ-2')).toBe(
      'khoản 4 Điều 12 Thông tư số 05/2022/TT-BNNPTNT (được sửa đổi bởi điểm a, điểm c khoản 9 Điều 1 Thông tư số 07/2024/TT-BNNPTNT) — tổ chức sản xuất gắn với phát triển vùng nguyên liệu đặc trưng',
    );
    expect(cite('en', 'RMZ-2')).toBe(
      'Clause 4, Article 12 of Circular No. 05/2022/TT-BNNPTNT (as amended by Points a and c, Clause 9, Article 1 of Circular No. 07/2024/TT-BNNPTNT) — organising production linked with developing characteristic raw-material zones',
    );
    expect(cite('vi', 'CAP-2e')).toMatch(
      /^khoản 4 Điều 12 .* — nâng cao năng lực và hiệu quả hoạt động cho các chủ thể OCOP$/,
    );
  });

  it('never names a point letter inside clause 4 of Article 12', () => {
    for (const p of CONTENT.provisions.filter((p) => p.locator.article === 12)) {
      expect(cite('vi', p.id)).not.toMatch(/điểm [a-zđ] khoản 4/);
      expect(cite('en', p.id)).not.toMatch(/Points? [a-zđ], Clause 4/);
    }
  });

  it('cites Article 14 items as "mục (n)" / "item (n)"', () => {
    expect(cite('vi', 'MKT-4')).toBe('Điều 14 Thông tư số 05/2022/TT-BNNPTNT, mục (4)');
    expect(cite('en', 'MKT-4')).toBe('Article 14 of Circular No. 05/2022/TT-BNNPTNT, item (4)');
    expect(cite('vi', 'MKT-0')).toBe('Điều 14 Thông tư số 05/2022/TT-BNNPTNT');
  });

  it('cites Circular 02/2024 to the point', () => {
    expect(cite('vi', 'TR-6.1a')).toBe('điểm a khoản 1 Điều 6 Thông tư số 02/2024/TT-BKHCN');
    expect(cite('en', 'TR-6.1a')).toBe('Point a, Clause 1, Article 6 of Circular No. 02/2024/TT-BKHCN');
    expect(cite('vi', 'TR-6.5')).toBe('điểm đ, điểm e, điểm g khoản 5 Điều 6 Thông tư số 02/2024/TT-BKHCN');
    expect(cite('en', 'TR-6.5')).toBe('Points đ, e and g, Clause 5, Article 6 of Circular No. 02/2024/TT-BKHCN');
    expect(cite('en', 'TR-6.7')).toBe('Clause 7, Article 6 of Circular No. 02/2024/TT-BKHCN');
  });

  it('cites Decision 148 appendices and their amendment', () => {
    expect(cite('vi', 'QD148-III-C')).toBe('Phần C Phụ lục III Quyết định số 148/QĐ-TTg');
    expect(cite('en', 'QD148-III-C')).toBe('Part C, Appendix III of Decision No. 148/QĐ-TTg');
    expect(cite('vi', 'QD148-II-COMMUNE')).toBe(
      'Phụ lục II Quyết định số 148/QĐ-TTg (được sửa đổi bởi Quyết định số 1489/QĐ-TTg)',
    );
  });

  it('marks secondary and unverified citations in both languages (rule 3)', () => {
    expect(cite('vi', 'LCP-64')).toBe('Điều 64 Luật Trồng trọt (chưa xác minh)');
    expect(cite('en', 'LCP-64')).toBe('Article 64 of the Law on Crop Production (unverified)');
    expect(cite('en', 'ND43-LABEL')).toBe(
      'Decree No. 43/2017/NĐ-CP (as amended by Decree No. 111/2021/NĐ-CP) (unverified)',
    );
    for (const p of CONTENT.provisions) {
      const marked = p.status === 'secondary' || p.status === 'unverified';
      expect(cite('vi', p.id).endsWith('(chưa xác minh)'), p.id).toBe(marked);
      expect(cite('en', p.id).endsWith('(unverified)'), p.id).toBe(marked);
    }
  });

  it('renders every instrument of the register, marked where unverified', () => {
    const t = fixedT('en', 'legal');
    expect(CONTENT.instruments.map((i) => plain(formatInstrument(t, i)))).toContain(
      'Decree No. 98/2018/NĐ-CP (unverified)',
    );
    expect(CONTENT.instruments.map((i) => plain(formatInstrument(t, i)))).toContain('Circular No. 02/2024/TT-BKHCN');
  });
});
