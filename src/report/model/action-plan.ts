import { actionRows } from './action-rows';
import type { ReportContext } from './context';
import type { ActionPlanSection } from './types';

/** Every gap once, most important first, with overdue dates flagged against the report's day. */
export function buildActionPlan(ctx: ReportContext): ActionPlanSection {
  const { report } = ctx.t;
  const { result } = ctx;
  const unanswered = result.counts.unanswered;
  const answered = result.items.length - unanswered;
  const none =
    answered === 0
      ? report('summary.nothingAnswered')
      : unanswered > 0
        ? report('summary.noGapsButUnanswered', { count: unanswered })
        : report('summary.noGaps');
  return {
    kind: 'actionPlan',
    heading: report('plan.heading'),
    intro: [report('plan.intro')],
    columns: {
      number: report('plan.number'),
      action: report('plan.action'),
      priority: report('plan.priority'),
      kind: report('plan.kind'),
      clause: report('plan.clause'),
      owner: report('plan.owner'),
      due: report('plan.due'),
    },
    rows: actionRows(ctx),
    overdueMark: report('plan.overdue'),
    noPlan: report('plan.noPlan'),
    none,
  };
}
