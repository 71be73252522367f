import type { ScoredItem } from '../../domain/scoring';
import { textKey } from '../../content/text-keys';
import {
  DASH,
  answerLabel,
  areaTitle,
  citationsOf,
  day,
  gapActionText,
  questionNumber,
  questionRef,
  questionText,
  shortClause,
  toneOf,
  userText,
  type ReportContext,
} from './context';
import type { ActionRow } from './types';

/**
 * One row per gap, in the gap order of scoring: the PDF's action plan and the
 * CSV action plan are both built from these rows, so they use the same words.
 */
export function actionRow(ctx: ReportContext, s: ScoredItem): ActionRow {
  const plan = ctx.assessment.plan[s.item.id];
  const dueIso = plan?.due ?? '';
  return {
    itemId: s.item.id,
    number: questionNumber(ctx, s),
    ref: questionRef(ctx, s),
    area: areaTitle(ctx, s.section),
    question: questionText(ctx, s),
    answer: answerLabel(ctx, s),
    tone: toneOf(s),
    action: gapActionText(ctx.t, s),
    priority: ctx.t.report(`priorities.${s.item.priority}`),
    kind: ctx.t.common(`kinds.${s.kind}`),
    clause: shortClause(ctx, s),
    citations: citationsOf(ctx, s).map((c) => c.text),
    evidenceNeeded: ctx.t.checklist(textKey('checklist', `items.${s.item.id}.evidence`)),
    note: userText(s.answer?.note),
    evidenceRef: userText(s.answer?.evidence),
    owner: userText(plan?.owner) || DASH,
    due: dueIso ? day(ctx, dueIso) : DASH,
    dueIso,
    // A target date before the report's day is late.
    overdue: dueIso !== '' && dueIso < ctx.today,
    status: ctx.t.report(`planStatuses.${plan?.status ?? 'todo'}`),
    progress: userText(plan?.progress),
  };
}

export const actionRows = (ctx: ReportContext): ActionRow[] => ctx.result.gaps.map((g) => actionRow(ctx, g));
