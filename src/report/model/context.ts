import { formatCitation, formatShortCitation } from '../../content/citation';
import { textKey } from '../../content/text-keys';
import type { ContentIndex } from '../../content/content';
import { cleanText } from '../../domain/text';
import { questionNumbers } from '../../domain/question-numbers';
import { scoreAssessment, type AssessmentResult, type ScoredItem } from '../../domain/scoring';
import type { Assessment } from '../../domain/assessment';
import type { Language } from '../../domain/languages';
import { formatDate, formatPercent } from '../../i18n/format';
import { isoDay } from '../../lib/download';
import type { ReportInput, ReportTexts, Tone } from './types';

/**
 * What every section builder needs, computed once: the scored assessment, the
 * question numbers the screen shows, and small formatters in the report's
 * language. Builders stay short because the shared wording lives here.
 */
export interface ReportContext {
  assessment: Assessment;
  index: ContentIndex;
  lng: Language;
  t: ReportTexts;
  result: AssessmentResult;
  /** The report's day (Vietnam time), ISO. */
  today: string;
  numbers: ReadonlyMap<string, number>;
}

export const DASH = '—';

export function reportContext(input: Pick<ReportInput, 'assessment' | 'index' | 'language' | 'date' | 'texts'>): ReportContext {
  const { assessment, index, language, date, texts } = input;
  const profile = assessment.profile;
  if (!profile) throw new Error('A report needs a submitted profile');
  return {
    assessment,
    index,
    lng: language,
    t: texts,
    result: scoreAssessment(index, profile, assessment.answers),
    today: isoDay(date),
    numbers: questionNumbers(index, profile),
  };
}

export const percent = (ctx: ReportContext, ratio: number | null): string =>
  ratio === null ? DASH : formatPercent(ratio, ctx.lng);

export const day = (ctx: ReportContext, iso: string): string => formatDate(iso, ctx.lng);

export const questionNumber = (ctx: ReportContext, s: ScoredItem): string => String(ctx.numbers.get(s.item.id) ?? '');

/** "Câu 12" / "Question 12", as the checklist labels it. */
export const questionRef = (ctx: ReportContext, s: ScoredItem): string =>
  ctx.t.common('item.number', { n: questionNumber(ctx, s) });

export const questionText = (ctx: ReportContext, s: ScoredItem): string => ctx.t.checklist(textKey('checklist', `items.${s.item.id}.question`));

export const areaTitle = (ctx: ReportContext, section: string): string => ctx.t.checklist(textKey('checklist', `sections.${section}.title`));

export const toneOf = (s: ScoredItem): Tone => s.value ?? 'unanswered';

export const answerLabel = (ctx: ReportContext, s: ScoredItem): string =>
  s.value ? ctx.t.common(`answers.${s.value}`) : ctx.t.report('unansweredLabel');

/** The one wording of a gap's action: "find out first" when the answer is "don't know". */
export function gapActionText(texts: ReportTexts, s: ScoredItem): string {
  const action = texts.checklist(textKey('checklist', `items.${s.item.id}.action`));
  return s.value === 'unknown' ? texts.report('findOutFirst', { action }) : action;
}

/** Full citations (with the unverified marker the Citation spec requires), one per distinct text. */
export const citationsOf = (ctx: ReportContext, s: ScoredItem) => {
  const seen = new Map<string, ReturnType<typeof formatCitation>>();
  for (const c of s.item.cites) {
    const cited = formatCitation(ctx.t.legal, ctx.index, c.provision);
    if (!seen.has(cited.text)) seen.set(cited.text, cited);
  }
  return [...seen.values()];
};

/** The first citation, short, for narrow cells ("khoản 4 Điều 12 05/2022/TT-BNNPTNT"). */
export const shortClause = (ctx: ReportContext, s: ScoredItem): string => {
  const first = s.item.cites[0];
  if (!first) return DASH;
  const more = new Set(s.item.cites.map((c) => c.provision)).size > 1 ? ' …' : '';
  return formatShortCitation(ctx.t.legal, ctx.index, first.provision) + more;
};

export const userText = (value: string | undefined): string => cleanText(value ?? '');
