import { describe, expect, it } from 'vitest';
import { CONTENT_INDEX } from '../content/content';
import type { Assessment } from '../domain/assessment';
import type { Language } from '../domain/languages';
import { startFollowUp } from '../domain/follow-up-start';
import type { ReportFormat } from '../domain/report-format';
import { assessmentWith, FIXED_DATE } from '../testing/assessments';
import { LOCALES } from '../testing/i18n';
import { pdfPages, reportModel, reportPdf } from '../testing/pdf';
import { PROFILES } from '../testing/profiles';

/** The report's "since last time": right after the summary for a follow-up, absent for a first assessment. */

const earlier = {
  ...assessmentWith(PROFILES.foodCoopCrop, {
    'rmz-zone': { value: 'not_met' },
    'rmz-growing-code': { value: 'partly' },
    'tr-one-step': { value: 'unknown' },
    'mkt-story': { value: 'met' },
  }),
  plan: { 'rmz-zone': { owner: 'Chị Hoa', status: 'done' as const, progress: 'Đã có bản đồ vùng trồng' } },
};
const started = startFollowUp(
  earlier,
  '00000000-0000-4000-8000-0000000f0003',
  new Date('2026-11-01T03:00:00Z'),
  CONTENT_INDEX.content.version,
)!;
const followUp: Assessment = {
  ...started,
  answers: {
    ...started.answers,
    'rmz-zone': { value: 'met' },
    'rmz-growing-code': { value: 'met' },
    'mkt-story': { value: 'partly' },
  },
};
const fold = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

describe.each(['vi', 'en'] as const)('since last time in the %s report', (lng: Language) => {
  const L = LOCALES[lng];
  const items = L.checklist.items as unknown as Record<string, { question: string }>;

  it('follows the summary, with the closed and new gaps named and the plan line done', () => {
    const model = reportModel(followUp, lng);
    expect(model.sections.map((s) => s.kind).slice(0, 2)).toEqual(['summary', 'sinceLastTime']);
    const since = model.sections[1];
    if (since.kind !== 'sinceLastTime') throw new Error('no section');
    const group = (key: string) => since.groups.find((g) => g.key === key)?.items.join('\n') ?? '';
    expect(group('closed')).toContain(items['rmz-zone'].question);
    expect(group('closed')).toContain(items['rmz-growing-code'].question);
    expect(group('closed')).not.toContain(items['tr-one-step'].question);
    expect(group('opened')).toContain(items['mkt-story'].question);
    expect(group('worse')).toContain(items['mkt-story'].question);
    expect(group('planDone')).toContain('Chị Hoa');
    expect(since.readiness.rows).toHaveLength(1 + new Set(CONTENT_INDEX.content.sections.map((s) => s.id)).size);
  });

  it('is absent for a first assessment', () => {
    expect(reportModel(earlier, lng).sections.map((s) => s.kind)).not.toContain('sinceLastTime');
  });

  it.each(['a4', 'phone'] as ReportFormat[])('names the closed gaps in the %s PDF', async (format) => {
    const buffer = reportPdf(followUp, lng, format, FIXED_DATE);
    const text = fold((await pdfPages(buffer)).join(' '));
    expect(text).toContain(fold(L.report.since.heading));
    for (const id of ['rmz-zone', 'rmz-growing-code']) expect(text).toContain(fold(items[id].question));
  });
});
