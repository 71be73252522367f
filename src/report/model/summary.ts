import { provinceById, provinceName } from '../../content/provinces';
import { LANGUAGE_INFO } from '../../domain/languages';
import type { AreaResult } from '../../domain/scoring';
import { actionRow } from './action-rows';
import { DASH, areaTitle, day, percent, userText, type ReportContext } from './context';
import type { Bar, DoFirstItem, SummarySection } from './types';

/**
 * Page 1: who and what, how complete the assessment is, readiness overall and
 * per area with what the figure means, and the five actions to do first. The
 * report step shows the same section on screen before anything is downloaded.
 */

const DO_FIRST = 5;

function areaBar(ctx: ReportContext, area: AreaResult): Bar {
  const gaps = area.counts.partly + area.counts.not_met + area.counts.unknown;
  return {
    label: areaTitle(ctx, area.section),
    value: percent(ctx, area.readiness),
    ratio: area.readiness,
    detail: ctx.t.report('summary.areaDetail', { gaps, unanswered: area.counts.unanswered, count: gaps }),
    gaps,
    unanswered: area.counts.unanswered,
  };
}

function doFirst(ctx: ReportContext): DoFirstItem[] {
  return ctx.result.gaps.slice(0, DO_FIRST).map((g) => {
    const row = actionRow(ctx, g);
    // The date never breaks across lines ("31 | Mar 2027").
    const date = row.due.replace(/ /g, '\u00a0');
    const due = row.overdue ? `${date} (${ctx.t.report('plan.overdue')})` : row.dueIso ? date : '';
    const plan = [row.owner === DASH ? '' : row.owner, due].filter(Boolean).join(' · ');
    return { itemId: row.itemId, ref: row.ref, action: row.action, clause: row.clause, plan, overdue: row.overdue };
  });
}

function facts(ctx: ReportContext) {
  const profile = ctx.assessment.profile;
  if (!profile) return [];
  const { report, common } = ctx.t;
  const province = provinceById(profile.province);
  return [
    { label: report('cover.producer'), value: userText(profile.producerName) },
    {
      label: report('cover.product'),
      value: `${userText(profile.productName)} (${common(`profile.options.productGroup.${profile.productGroup}`)})`,
    },
    {
      label: report('cover.province'),
      value: province ? provinceName(province, LANGUAGE_INFO[ctx.lng]) : profile.province,
    },
    { label: report('cover.date'), value: day(ctx, ctx.today) },
  ];
}

export function buildSummary(ctx: ReportContext): SummarySection {
  const { report } = ctx.t;
  const { result } = ctx;
  const total = result.items.length;
  const unanswered = result.counts.unanswered;
  const answered = total - unanswered;
  const gaps = result.gaps.length;
  return {
    kind: 'summary',
    heading: report('summary.heading'),
    title: report('title'),
    facts: facts(ctx),
    completeness: report('summary.completeness', { answered, total }),
    draft: unanswered > 0 ? report('summary.draft', { count: unanswered }) : null,
    readiness: {
      heading: report('summary.readiness'),
      overall: {
        label: report('summary.overall'),
        value: percent(ctx, answered === 0 ? null : result.overall),
        ratio: answered === 0 ? null : result.overall,
        detail: report('summary.gapCount', { count: gaps }),
        gaps,
        unanswered,
      },
      bars: result.areas.map((a) => areaBar(ctx, a)),
      columns: {
        area: report('summary.columns.area'),
        readiness: report('summary.columns.readiness'),
        gaps: report('summary.columns.gaps'),
        unanswered: report('summary.columns.unanswered'),
      },
      note: answered === 0 ? report('summary.cannotCompute') : report('summary.readinessNote'),
    },
    doFirst: {
      heading: report('summary.doFirst'),
      items: doFirst(ctx),
      none:
        answered === 0
          ? report('summary.nothingAnswered')
          : unanswered > 0
            ? report('summary.noGapsButUnanswered', { count: unanswered })
            : report('summary.noGaps'),
    },
    notice: report('summary.notice'),
  };
}
