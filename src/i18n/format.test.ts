import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_INFO, LANGUAGES } from '../domain/languages';
import { formatDate, formatTime } from './format';

/** What Intl writes for the language's date parts: the reference the hand-written dates must match. */
const REFERENCE = Object.fromEntries(
  LANGUAGES.map((lng) => [
    lng,
    new Intl.DateTimeFormat(LANGUAGE_INFO[lng].intl, {
      ...LANGUAGE_INFO[lng].dateParts,
      year: 'numeric',
      timeZone: 'Asia/Ho_Chi_Minh',
    }),
  ]),
);
const intlDate = (date: Date, lng: (typeof LANGUAGES)[number]) => REFERENCE[lng].format(date);

const DAY = 24 * 60 * 60 * 1000;

describe('formatDate', () => {
  it.each(LANGUAGES)('writes every day of 2024–2027 as Intl does (%s)', (lng) => {
    for (let time = Date.UTC(2024, 0, 1); time < Date.UTC(2028, 0, 1); time += DAY) {
      const iso = new Date(time).toISOString().slice(0, 10);
      expect(formatDate(iso, lng)).toBe(intlDate(new Date(`${iso}T00:00:00+07:00`), lng));
    }
  });

  it.each(LANGUAGES)('reads a date-time as the day it is in Vietnam, as Intl does (%s)', (lng) => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2100, 0, 1) }), (time) => {
        const iso = new Date(time).toISOString();
        expect(formatDate(iso, lng)).toBe(intlDate(new Date(time), lng));
      }),
      { numRuns: 2000 },
    );
  });

  it('writes Vietnamese days with two digits and English months by name', () => {
    expect(formatDate('2025-07-06', 'vi')).toBe('06/07/2025');
    expect(formatDate('2025-07-06', 'en')).toBe('6 Jul 2025');
    // 23:30 UTC on 30 Nov is already 1 December in Vietnam.
    expect(formatDate('2026-11-30T23:30:00Z', 'vi')).toBe('01/12/2026');
  });

  it('throws on a date that is not one, as Intl does', () => {
    expect(() => formatDate('not a date', 'vi')).toThrow(RangeError);
    expect(() => formatDate('2026-13-40', 'en')).toThrow(RangeError);
  });
});

describe('formatTime', () => {
  it('reads the time on the same clock as formatDate (Vietnam), whatever the device’s time zone', () => {
    // 17:46 UTC on 2 December is 00:46 on 3 December in Vietnam: the date and the time must agree.
    const iso = '2026-12-02T17:46:00.000Z';
    expect(`${formatDate(iso, 'en')} ${formatTime(iso)}`).toBe('3 Dec 2026 00:46');
    expect(`${formatDate(iso, 'vi')} ${formatTime(iso)}`).toBe('03/12/2026 00:46');
    expect(formatTime('2026-06-30T02:05:00+07:00')).toBe('02:05');
  });

  it('matches Intl’s 24-hour time in Vietnam for any instant', () => {
    const intl = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(formatTime(iso)).toBe(intl.format(new Date(ms)));
      }),
    );
  });
});
