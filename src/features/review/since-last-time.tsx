import { useTranslation } from 'react-i18next';
import { nsTextKey } from '../../content/text-keys';
import { useLanguage } from '../../i18n/use-language';
import { CONTENT_INDEX } from '../../content/content';
import type { Assessment } from '../../domain/assessment';
import { sinceGroups, sinceLastTime, type ItemState, type SinceGroupKey, type SinceRow } from '../../domain/follow-up';
import { formatDate, formatPercent } from '../../i18n/format';
import { isoDay } from '../../lib/download';

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
  const extra = (r: SinceRow) =>
    r.change
      ? t('common:followUp.since.change', { then: state(r.change.then), now: state(r.change.now) })
      : r.plan?.due
        ? t('common:followUp.since.due', { date: formatDate(r.plan.due, lng) })
        : undefined;
  const group = (key: SinceGroupKey, rows: SinceRow[]) =>
    // An empty group is a line, not a fold that opens onto nothing.
    rows.length === 0 ? (
      <p key={key} className="since__empty" data-since={key}>
        {t(`common:followUp.since.${key}`, { count: 0 })}
      </p>
    ) : (
      <details key={key} open={rows.length <= 5} data-since={key}>
        <summary>{t(`common:followUp.since.${key}`, { count: rows.length })}</summary>
        <ul className="plain-list">
          {rows.map((r) => {
            const more = extra(r);
            return (
              <li key={r.id}>
                <span>
                  {question(r.id)}
                  {more ? <em> ({more})</em> : null}
                </span>
              </li>
            );
          })}
        </ul>
      </details>
    );
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
      {sinceGroups(c).map(({ key, rows }) => group(key, rows))}
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
