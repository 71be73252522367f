import { formatInstrument } from '../../content/citation';
import { textKey } from '../../content/text-keys';
import { wordingStatuses } from '../../content/instrument-status';
import type { Instrument } from '../../content/types';
import { LAW_LANGUAGE } from '../../domain/languages';
import { day, type ReportContext } from './context';
import { statusMark } from './details';
import type { LegalBasisSection } from './types';

/**
 * The instruments cited anywhere in the report, with their verified dates and
 * two statuses: whether the instrument itself is verified, and how sure the
 * wording of the provisions cited from it is (these can differ: Circular
 * 05/2022 exists, but the wording of its Articles 12 and 14 is a client source).
 */

function citedInstruments(ctx: ReportContext): Instrument[] {
  const ids = new Set<string>();
  for (const s of ctx.result.items) {
    for (const c of s.item.cites) {
      const p = ctx.index.provisionById.get(c.provision);
      if (!p) continue;
      ids.add(p.instrument);
      if (p.locator.amendedBy) ids.add(p.locator.amendedBy.instrument);
    }
  }
  return ctx.index.content.instruments.filter((i) => ids.has(i.id));
}

function dates(ctx: ReportContext, i: Instrument): string {
  const { report, legal } = ctx.t;
  return [
    i.date ? report('legalDate', { date: day(ctx, i.date) }) : report('legalNoDate'),
    i.effective ? report('legalEffective', { date: day(ctx, i.effective) }) : '',
    ...i.amendedBy.map((by) => {
      const amending = ctx.index.instrumentById.get(by);
      return amending ? report('legalAmendedBy', { by: formatInstrument(legal, amending) }) : '';
    }),
  ]
    .filter(Boolean)
    .join('\n');
}

function status(ctx: ReportContext, i: Instrument): string {
  const { report, legal } = ctx.t;
  const word = (s: Instrument['status']) => `${statusMark(ctx, s)} ${legal(`statuses.${s}`)}`;
  const wording = wordingStatuses(ctx.index, i.id);
  // One status when the cited wording is as sure as the instrument; both when they differ.
  if (wording.every((s) => s === i.status)) return word(i.status);
  return [
    report('legal.instrumentStatus', { status: word(i.status) }),
    report('legal.wordingStatus', { status: wording.map(word).join('; ') }),
  ].join('\n');
}

export function buildLegalBasis(ctx: ReportContext): LegalBasisSection {
  const { report, legal } = ctx.t;
  return {
    kind: 'legalBasis',
    heading: report('legal.heading'),
    paragraphs: [
      legal('period', { date: day(ctx, ctx.index.content.lawAsOf) }),
      ...(ctx.lng === LAW_LANGUAGE ? [] : [`${legal('unofficial')}: ${report('legal.translationNote')}`]),
    ],
    head: [report('legal.number'), report('legal.title'), report('legal.dates'), report('legal.status')],
    rows: citedInstruments(ctx).map((i) => [
      formatInstrument(legal, i),
      // The issuer on a line of its own: its name may hold brackets of its own ("(now the Ministry of …)").
      `${legal(textKey('legal', `instruments.${i.id}.title`))}\n${legal(textKey('legal', `issuers.${i.issuer}`))}`,
      dates(ctx, i),
      status(ctx, i),
    ]),
  };
}
