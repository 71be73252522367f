import type { ActionPlanSection, ActionRow } from '../model/types';
import { COLOR } from './colors';
import type { PdfWriter, TableSpec } from './writer';

/** The action plan: seven columns on A4, number plus one stacked cell on a phone page. */

const due = (s: ActionPlanSection, r: ActionRow) => (r.overdue ? `${r.due}\n${s.overdueMark}` : r.due);

/** Owner and date get a column only once some gap has one: an empty column costs a third of the action's width. */
const planned = (s: ActionPlanSection) => s.rows.some((r) => r.dueIso !== '' || r.owner !== '—');

function wide(s: ActionPlanSection): Omit<TableSpec, 'onBodyCell'> {
  const c = s.columns;
  const withPlan = planned(s);
  return {
    columns: [
      { width: 10, style: { fontStyle: 'bold' } },
      {},
      { width: 32 },
      // "Thông tư 05/2022/TT-BNNPTNT …" fits on one line (the number alone is 41.3 mm at 10 pt).
      { width: 52 },
      ...(withPlan ? [{ width: 28 }] : []),
    ],
    head: [c.number, c.action, `${c.priority}\n${c.kind}`, c.clause, ...(withPlan ? [`${c.owner}\n${c.due}`] : [])],
    body: s.rows.map((r) => [
      r.number,
      r.action,
      `${r.priority} · ${r.kind}`,
      r.clause,
      ...(withPlan ? [`${r.owner}\n${due(s, r)}`] : []),
    ]),
  };
}

function stacked(s: ActionPlanSection): Omit<TableSpec, 'onBodyCell'> {
  const c = s.columns;
  return {
    columns: [{ width: 10, style: { fontStyle: 'bold' } }, {}],
    head: [c.number, c.action],
    body: s.rows.map((r) => {
      const plan = [r.owner, r.overdue ? `${r.due} (${s.overdueMark})` : r.due].filter((v) => v !== '—').join(' · ');
      return [r.number, [r.action, `${r.priority} · ${r.kind} · ${r.clause}`, plan].filter(Boolean).join('\n')];
    }),
  };
}

export function renderActionPlan(w: PdfWriter, s: ActionPlanSection): void {
  // Right after the summary (page 2 at the latest, in both formats): its heading keeps its intro, and the
  // table starts only where its head and first row fit, so the plan never begins with a lone heading.
  w.outline(s.heading);
  const spec: TableSpec = {
    ...(w.f.wideTables ? wide(s) : stacked(s)),
    onBodyCell: (data) => {
      const row = s.rows[data.row.index];
      if (data.column.index === 0 && row)
        w.link(data.cell.x, data.cell.y, data.cell.width, data.cell.height, row.itemId);
    },
  };
  // Kept with the intro's first two lines, or with the table's head and first row.
  const hasIntro = s.intro.length > 0 || (s.rows.length > 0 && !planned(s)) || s.rows.length === 0;
  w.heading(s.heading, 1, hasIntro ? 2 * w.lineHeight() : w.tableLead(spec));
  for (const p of s.intro) w.paragraph(p, { color: COLOR.muted });
  if (s.rows.length > 0 && !planned(s)) w.paragraph(s.noPlan, { color: COLOR.muted });
  if (s.rows.length === 0) w.paragraph(s.none, { style: 'bold' });
  else w.table(spec);
}
