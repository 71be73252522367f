import { EFFECTIVE_KINDS } from '../../content/rule-kind';
import { textKey } from '../../content/text-keys';
import type { CitationStatus } from '../../content/types';
import { isGap } from '../../domain/answers';
import { LAW_LANGUAGE } from '../../domain/languages';
import type { ScoredItem } from '../../domain/scoring';
import {
  answerLabel,
  areaTitle,
  citationsOf,
  percent,
  questionRef,
  questionText,
  toneOf,
  userText,
  type ReportContext,
} from './context';
import type { DetailEntry, DetailsSection, LabelledValue } from './types';

/**
 * Every question in full once, by area and in checklist order (the numbers of
 * the screen): the answer, why it matters, the evidence needed, full citations
 * with their status mark, and whatever the producer typed on it, whatever the
 * answer.
 */

export const statusMark = (ctx: ReportContext, status: CitationStatus): string => ctx.t.report(`status.mark.${status}`);

function entry(ctx: ReportContext, s: ScoredItem): DetailEntry {
  const { report, checklist } = ctx.t;
  const id = s.item.id;
  const gap = isGap(s.value);
  const cites = citationsOf(ctx, s).map((c) => `${statusMark(ctx, c.status)} ${c.text}`);
  const fields: LabelledValue[] = [];
  const add = (key: string, value: string) => {
    if (value) fields.push({ label: report(textKey('report', `fields.${key}`)), value });
  };
  if (gap || s.value === undefined) add('why', checklist(textKey('checklist', `items.${id}.why`)));
  if (gap) add('evidenceNeeded', checklist(textKey('checklist', `items.${id}.evidence`)));
  if (s.value === 'na') add('reason', userText(s.answer?.reason));
  add('note', userText(s.answer?.note));
  add('evidenceRef', userText(s.answer?.evidence));
  add('citation', cites.join('\n'));
  return {
    itemId: id,
    title: `${questionRef(ctx, s)}. ${questionText(ctx, s)}`,
    status: {
      label: [answerLabel(ctx, s), ctx.t.common(`kinds.${s.kind}`), report(`priorityLevel.${s.item.priority}`)].join(
        ' · ',
      ),
      tone: toneOf(s),
    },
    fields,
  };
}

export function buildDetails(ctx: ReportContext): DetailsSection {
  const { report } = ctx.t;
  return {
    kind: 'details',
    heading: report('details.heading'),
    intro: [
      report('details.intro'),
      ...(['verified', 'client-source', 'secondary', 'unverified'] as const).map(
        (s) => `${statusMark(ctx, s)} ${report(`status.legend.${s}`)}`,
      ),
      ...(ctx.lng === LAW_LANGUAGE ? [] : [`${ctx.t.legal('unofficial')}: ${report('legal.translationNote')}`]),
      // What each kind of basis means for the producer: a programme aim is not a duty.
      report('details.kindsIntro'),
      ...EFFECTIVE_KINDS.map((k) => `${ctx.t.common(`kinds.${k}`)}: ${report(`kindMeaning.${k}`)}`),
    ],
    areas: ctx.result.areas.map((a) => ({
      heading: report('areaHeading', { area: areaTitle(ctx, a.section), readiness: percent(ctx, a.readiness) }),
      entries: ctx.result.items.filter((s) => s.section === a.section).map((s) => entry(ctx, s)),
    })),
  };
}
