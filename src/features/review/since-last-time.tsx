import { useTranslation } from 'react-i18next';
import { nsTextKey } from '../../content/text-keys';
import { useLanguage } from '../../i18n/use-language';
import { CONTENT_INDEX } from '../../content/content';
import type { Assessment } from '../../domain/assessment';
import { sinceLastTime, type ItemChange, type ItemState, type PlanLine } from '../../domain/follow-up';
import { formatDate, formatPercent } from '../../i18n/format';
import { isoDay } from '../../lib/download';

type SinceGroup = 'closed' | 'opened' | 'worse' | 'unconfirmed' | 'dropped' | 'planDone' | 'planLate' | 'planOpen';

/**
 * A follow-up's review opens with what changed since the assessment it started from: readiness per
 * area then and now, gaps closed and new, answers that got worse, the plan's progress, and what the
 * checklist itself changed between the two (named, not counted as the producer's). Nothing for a first assessment.
 */
export function SinceLastTime({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation(['common', 'checklist']);
  const lng = useLanguage();
  const c = sinceLastTime(CONTENT_INDEX, assessment, isoDay(new Date()));
  if (!c) return null;
  const pct = (r: number | null) => (r === null ? '—' : formatPercent(r, lng));
  const question = (id: string) =>
    CONTENT_INDEX.itemById.has(id) ? t(nsTextKey('checklist', `items.${id}.question`)) : id;
  const state = (s: ItemState) => t(`common:followUp.states.${s}`);
  const group = (key: SinceGroup, rows: { id: string; extra?: string }[]) =>
    // An empty group is a line, not a fold that opens onto nothing.
    rows.length === 0 ? (
      <p key={key} className="since__empty" data-since={key}>
        {t(`common:followUp.since.${key}`, { count: 0 })}
      </p>
    ) : (
      <details key={key} open={rows.length <= 5} data-since={key}>
        <summary>{t(`common:followUp.since.${key}`, { count: rows.length })}</summary>
        <ul className="plain-list">
          {rows.map((r) => (
            <li key={r.id}>
              <span>
                {question(r.id)}
                {r.extra ? <em> ({r.extra})</em> : null}
              </span>
            </li>
          ))}
        </ul>
      </details>
    );
  const changes = (list: ItemChange[], withStates = false) =>
    list.map((ch) => ({
      id: ch.id,
      extra: withStates ? t('common:followUp.since.change', { then: state(ch.then), now: state(ch.now) }) : undefined,
    }));
  const lines = (list: PlanLine[]) =>
    list.map((l) => ({
      id: l.id,
      extra: l.entry.due ? t('common:followUp.since.due', { date: formatDate(l.entry.due, lng) }) : undefined,
    }));

  const groups: [SinceGroup, { id: string; extra?: string }[]][] = [
    ['closed', changes(c.closed)],
    ['opened', changes(c.opened)],
    ['worse', changes(c.worse, true)],
    ...(c.unconfirmed.length
      ? [['unconfirmed', c.unconfirmed.map((id) => ({ id }))] as [SinceGroup, { id: string; extra?: string }[]]]
      : []),
    ...(c.dropped.length
      ? [['dropped', changes(c.dropped, true)] as [SinceGroup, { id: string; extra?: string }[]]]
      : []),
    ['planDone', lines(c.plan.done)],
    ['planLate', lines(c.plan.late)],
    ['planOpen', lines(c.plan.open)],
  ];

  return (
    <section className="since card" aria-labelledby="since-title" data-since-last-time="">
      <h2 id="since-title">{t('common:followUp.since.title')}</h2>
      <p>{t('common:followUp.since.intro', { date: formatDate(c.baselineDate, lng) })}</p>
      <table className="since__table">
        <caption>{t('common:followUp.since.readiness')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('common:followUp.since.area')}</th>
            <th scope="col">{t('common:followUp.since.then')}</th>
            <th scope="col">{t('common:followUp.since.now')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('common:followUp.since.overall')}</th>
            <td>{pct(c.readiness.overall.then)}</td>
            <td>{pct(c.readiness.overall.now)}</td>
          </tr>
          {c.readiness.areas.map((a) => (
            <tr key={a.section}>
              <th scope="row">{t(`checklist:sections.${a.section}.title`)}</th>
              <td>{pct(a.then)}</td>
              <td>{pct(a.now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {groups.map(([key, rows]) => group(key, rows))}
      {c.content.from !== c.content.to ? (
        <p className="note" data-since="content">
          {t('common:followUp.since.contentChanged', { from: c.content.from, to: c.content.to })}{' '}
          {c.content.added.length
            ? t('common:followUp.since.added', { list: c.content.added.map(question).join('; ') })
            : null}{' '}
          {c.content.removed.length ? t('common:followUp.since.removed', { list: c.content.removed.join('; ') }) : null}
        </p>
      ) : null}
    </section>
  );
}
