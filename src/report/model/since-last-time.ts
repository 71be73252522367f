import { sinceGroups, sinceLastTime, type ItemState, type SinceRow } from '../../domain/follow-up';
import { textKey } from '../../content/text-keys';
import { areaTitle, day, percent, type ReportContext } from './context';
import type { SinceLastTimeSection } from './types';

/**
 * "Since last time", right after the summary, for a follow-up only (null for a first assessment):
 * readiness per area then and now, then the gaps closed, the new gaps, the answers that got worse and
 * the plan lines done, late and open, each named by its question. Checklist changes between the two
 * content versions are named, not counted.
 */
export function buildSinceLastTime(ctx: ReportContext): SinceLastTimeSection | null {
  const c = sinceLastTime(ctx.index, ctx.assessment, ctx.today);
  if (!c) return null;
  const { report, checklist, common } = ctx.t;
  const question = (id: string) => {
    const n = ctx.numbers.get(id);
    const text = ctx.index.itemById.has(id) ? checklist(textKey('checklist', `items.${id}.question`)) : id;
    return n ? `${common('item.number', { n })}. ${text}` : text;
  };
  const state = (s: ItemState) => report(`since.states.${s}`);
  const row = (r: SinceRow) => {
    if (r.change)
      return `${question(r.id)} (${report('since.change', { then: state(r.change.then), now: state(r.change.now) })})`;
    const facts = r.plan
      ? [r.plan.owner, r.plan.due ? report('since.due', { date: day(ctx, r.plan.due) }) : '', r.plan.progress]
          .filter(Boolean)
          .join('; ')
      : '';
    return facts ? `${question(r.id)} (${facts})` : question(r.id);
  };
  const notes: string[] = [];
  if (c.content.from !== c.content.to) {
    notes.push(report('since.contentChanged', { from: c.content.from, to: c.content.to }));
    if (c.content.added.length) notes.push(report('since.added', { list: c.content.added.map(question).join('; ') }));
    if (c.content.removed.length) notes.push(report('since.removed', { list: c.content.removed.join('; ') }));
  }
  return {
    kind: 'sinceLastTime',
    heading: report('since.heading'),
    intro: report('since.intro', { date: day(ctx, c.baselineDate) }),
    readiness: {
      caption: report('since.readiness'),
      head: [report('since.area'), report('since.then'), report('since.now')],
      rows: [
        [report('since.overall'), percent(ctx, c.readiness.overall.then), percent(ctx, c.readiness.overall.now)],
        ...c.readiness.areas.map((a): [string, string, string] => [
          areaTitle(ctx, a.section),
          percent(ctx, a.then),
          percent(ctx, a.now),
        ]),
      ],
    },
    groups: sinceGroups(c).map(({ key, rows }) => ({
      key,
      heading: report(textKey('report', `since.${key}`), { count: rows.length }),
      items: rows.map(row),
    })),
    notes,
  };
}
