import { describe, expect, it } from 'vitest';
import { MAX_LENGTH } from '../domain/text';
import { optionalText, requiredText } from './schema-parts';

/**
 * H14 / M1 of the December review: the fields' `maxlength` counted code units
 * before NFC and cut pasted text silently. The limit now counts the text as it
 * is stored, and too long is an error the form shows, never a silent cut.
 */
describe('length limits', () => {
  it('H14: counts a decomposed Vietnamese name as it is stored (NFC), not in code units', () => {
    const name = `${'Hộ kinh doanh chè Tân Cương, tỉnh Thái Nguyên; '.repeat(4)}`.slice(0, 190);
    const nfd = name.normalize('NFD');
    expect(nfd.length).toBeGreaterThan(MAX_LENGTH.short);
    expect(requiredText(MAX_LENGTH.short).safeParse(nfd).success).toBe(true);
  });

  it('M1: a paste over the limit is an error with the limit, not a silent cut', () => {
    const result = optionalText(MAX_LENGTH.long).safeParse(`${'a'.repeat(26_000)}HẾT`);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(`errors.tooLong|${MAX_LENGTH.long}`);
  });
});
