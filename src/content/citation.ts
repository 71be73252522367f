import type { ParseKeys } from 'i18next';
import { textKey } from './text-keys';
import type { ContentIndex } from './content';
import type { CitationStatus, Instrument, Locator } from './types';

/**
 * Renders citations exactly as the Citation spec (REFERENCE.md, rule 4) writes
 * them, in either language. All words and word order come from
 * `legal:cite.*` in the locale files; this module only assembles the parts,
 * finest first (points, clause, article, part, appendix), then the instrument,
 * the Article 14 item, the amendment, the content heading, and the marker for
 * secondary or unverified sources (rule 3).
 */

/** A translate function bound to one language and the `legal` namespace. */
export type LegalT = (key: ParseKeys<'legal'>, options?: Record<string, unknown>) => string;

export const needsMarker = (status: CitationStatus): boolean => status === 'secondary' || status === 'unverified';

function joinList(t: LegalT, values: readonly string[]): string {
  if (values.length <= 1) return values.join('');
  const head = values.slice(0, -1).join(t('cite.listSeparator'));
  return `${head}${t('cite.listLastSeparator')}${values[values.length - 1]}`;
}

export function instrumentRef(t: LegalT, instrument: Instrument): string {
  return instrument.number === null
    ? t(textKey('legal', `instruments.${instrument.id}.short`))
    : t('cite.instrumentNumbered', { type: t(`types.${instrument.type}`), number: instrument.number });
}

type LocatorParts = Pick<Locator, 'points' | 'clause' | 'article' | 'part' | 'appendix'>;

function locatorParts(t: LegalT, locator: LocatorParts): string[] {
  const parts: string[] = [];
  if (locator.points?.length) {
    const list = joinList(
      t,
      locator.points.map((id) => t('cite.point', { id })),
    );
    parts.push(t('cite.pointsGroup', { list, count: locator.points.length }));
  }
  if (locator.clause !== undefined) parts.push(t('cite.clause', { n: locator.clause }));
  if (locator.article !== undefined) parts.push(t('cite.article', { n: locator.article }));
  if (locator.part !== undefined) parts.push(t('cite.part', { n: locator.part }));
  if (locator.appendix !== undefined) parts.push(t('cite.appendix', { n: locator.appendix }));
  return parts;
}

function placeIn(t: LegalT, locator: LocatorParts, instrument: Instrument): string {
  const ref = instrumentRef(t, instrument);
  const parts = locatorParts(t, locator);
  return parts.length === 0
    ? ref
    : t('cite.ofInstrument', { parts: parts.join(t('cite.partsSeparator')), instrument: ref });
}

/** The citation of one locator in one instrument, without status marker. */
export function formatLocator(t: LegalT, index: ContentIndex, instrument: Instrument, locator: Locator): string {
  let text = placeIn(t, locator, instrument);
  if (locator.item !== undefined) text = t('cite.item', { citation: text, n: locator.item });
  if (locator.amendedBy) {
    const { instrument: byId, ...byLocator } = locator.amendedBy;
    const by = index.instrumentById.get(byId);
    if (!by) throw new Error(`Unknown amending instrument ${byId}`);
    text = t('cite.amended', { citation: text, by: placeIn(t, byLocator, by) });
  }
  if (locator.heading !== undefined) {
    text = t('cite.heading', { citation: text, heading: t(textKey('legal', `headings.${locator.heading}`)) });
  }
  return text;
}

export interface RenderedCitation {
  provisionId: string;
  status: CitationStatus;
  /** The citation with its marker when the status calls for one. */
  text: string;
}

export function formatCitation(t: LegalT, index: ContentIndex, provisionId: string): RenderedCitation {
  const provision = index.provisionById.get(provisionId);
  if (!provision) throw new Error(`Unknown provision ${provisionId}`);
  const instrument = index.instrumentById.get(provision.instrument);
  if (!instrument) throw new Error(`Unknown instrument ${provision.instrument}`);
  const base = formatLocator(t, index, instrument, provision.locator);
  return {
    provisionId,
    status: provision.status,
    text: needsMarker(provision.status) ? t('cite.marker', { citation: base }) : base,
  };
}

/** An instrument's register line ("Thông tư số 02/2024/TT-BKHCN"), with marker when its status calls for one. */
export function formatInstrument(t: LegalT, instrument: Instrument): string {
  // Standing alone, an unnumbered instrument goes by its name ("Law on Crop Production"), not the in-sentence form.
  const ref =
    instrument.number === null
      ? t(textKey('legal', `instruments.${instrument.id}.name`))
      : instrumentRef(t, instrument);
  return needsMarker(instrument.status) ? t('cite.marker', { citation: ref }) : ref;
}

/**
 * A short reference for narrow table cells ("khoản 4 Điều 12 Thông tư 05/2022/TT-BNNPTNT"):
 * the locator and the instrument's number only (its name when it has none); the
 * full citation, with amendment, heading and marker, stays beside the details.
 */
export function formatShortCitation(t: LegalT, index: ContentIndex, provisionId: string): string {
  const provision = index.provisionById.get(provisionId);
  const instrument = provision && index.instrumentById.get(provision.instrument);
  if (!provision || !instrument) throw new Error(`Unknown provision ${provisionId}`);
  // "Thông tư 05/2022/…" in Vietnamese, so that "Điều 12" and the number do not read as one figure.
  const ref =
    instrument.number === null
      ? t(textKey('legal', `instruments.${instrument.id}.short`))
      : t('cite.shortInstrument', { type: t(`types.${instrument.type}`), number: instrument.number });
  const parts = locatorParts(t, provision.locator);
  return parts.length === 0
    ? ref
    : t('cite.ofInstrument', { parts: parts.join(t('cite.partsSeparator')), instrument: ref });
}
