import { describe, expect, it } from 'vitest';
import { fileSlug } from './file-name';

describe('file names', () => {
  it('keep the words of a Vietnamese product name in ASCII', () => {
    expect(fileSlug('Chè Tân Cương', 'product')).toBe('che-tan-cuong');
    expect(fileSlug('ĐẶC SẢN Đồng Tháp', 'product')).toBe('dac-san-dong-thap');
    // Decomposed input (as some keyboards type it) gives the same name.
    expect(fileSlug('Chè Tân Cương'.normalize('NFD'), 'product')).toBe('che-tan-cuong');
  });

  it('fall back when nothing is left, and stay short without a trailing dash', () => {
    expect(fileSlug('  ★ ', 'product')).toBe('product');
    const long = fileSlug('Mật ong hoa nhãn Hưng Yên loại đặc biệt đóng chai thủy tinh 500 ml', 'product');
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
