import { formatCitation, formatShortCitation } from '../../content/citation';
import { textKey } from '../../content/text-keys';
import type { CitationStatus } from '../../content/types';
import type { ContentIndex } from '../../content/content';
import { cleanText } from '../../domain/text';
import { questionNumbers } from '../../domain/question-numbers';
import { scoreAssessment, type AssessmentResult, type ScoredItem } from '../../domain/scoring';
import type { Assessment } from '../../domain/assessment';
import type { Language } from '../../domain/languages';
import { formatDate, formatPercent } from '../../i18n/format';
import { isoDay } from '../../lib/download';
import type { ReportInput, ReportTexts, Tone, Translate } from './types';

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

/**
 * The report asks for the same words many times (a citation's parts for every
 * item that cites it, "Câu {{n}}", the answer labels): i18next resolves each
 * call afresh, which was most of the model's time. Within one report the
 * language is fixed, so a key with the same options always gives the same text.
 */
function remembered(texts: ReportTexts): ReportTexts {
  const once = <Ns extends 'common' | 'checklist' | 'legal' | 'report'>(t: Translate<Ns>): Translate<Ns> => {
    const cache = new Map<string, string>();
    return (key, options) => {
      const id = options ? `${String(key)}\u0000${JSON.stringify(options)}` : String(key);
      let text = cache.get(id);
      if (text === undefined) {
        text = t(key, options);
        cache.set(id, text);
      }
      return text;
    };
  };
  return {
    common: once(texts.common),
    checklist: once(texts.checklist),
    legal: once(texts.legal),
    report: once(texts.report),
  };
}

export function reportContext(
  input: Pick<ReportInput, 'assessment' | 'index' | 'language' | 'date' | 'texts'>,
): ReportContext {
  const { assessment, index, language, date, texts } = input;
  const profile = assessment.profile;
  if (!profile) throw new Error('A report needs a submitted profile');
  return {
    assessment,
    index,
    lng: language,
    t: remembered(texts),
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

export const questionText = (ctx: ReportContext, s: ScoredItem): string =>
  ctx.t.checklist(textKey('checklist', `items.${s.item.id}.question`));

export const areaTitle = (ctx: ReportContext, section: string): string =>
  ctx.t.checklist(textKey('checklist', `sections.${section}.title`));

export const toneOf = (s: ScoredItem): Tone => s.value ?? 'unanswered';

export const answerLabel = (ctx: ReportContext, s: ScoredItem): string =>
  s.value ? ctx.t.common(`answers.${s.value}`) : ctx.t.report('unansweredLabel');

/** The one wording of a gap's action: "find out first" when the answer is "don't know". */
export function gapActionText(texts: ReportTexts, s: ScoredItem): string {
  const action = texts.checklist(textKey('checklist', `items.${s.item.id}.action`));
  if (s.value !== 'unknown') return action;
  // After "If it is not:" the action goes on the sentence: its first letter is small (every action opens with a common word).
  return texts.report('findOutFirst', { action: action.charAt(0).toLocaleLowerCase() + action.slice(1) });
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

/** How sure a source is, surest first: the short reference shows the surest citation an item has. */
const SURENESS: readonly CitationStatus[] = ['verified', 'client-source', 'secondary', 'unverified'];
const sureness = (ctx: ReportContext, provision: string) =>
  SURENESS.indexOf(ctx.index.provisionById.get(provision)?.status ?? 'unverified');

/**
 * One citation, short, for narrow cells ("khoản 4 Điều 12 Thông tư 05/2022/TT-BNNPTNT"): the
 * surest of the item's citations (the first of those when several are as sure), then "…" when
 * the details list more. The non-breaking space keeps "…" on the citation's line.
 */
export const shortClause = (ctx: ReportContext, s: ScoredItem): string => {
  const provisions = [...new Set(s.item.cites.map((c) => c.provision))];
  if (provisions.length === 0) return DASH;
  const surest = provisions.reduce((best, p) => (sureness(ctx, p) < sureness(ctx, best) ? p : best));
  const more = provisions.length > 1 ? '\u00a0…' : '';
  return formatShortCitation(ctx.t.legal, ctx.index, surest) + more;
};

export const userText = (value: string | undefined): string => cleanText(value ?? '');
