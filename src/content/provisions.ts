import type { Locator, Provision } from './types';

/**
 * One provision per id of PROVISIONS.md, plus the context provisions that
 * items add (Decision 148 appendices, Decree 109, …). Vietnamese wording and
 * the unofficial English rendering: `legal:provisions.<key>` where key is the
 * id with dots replaced (see provision-key.ts).
 */

/** khoản 4 Điều 12 Thông tư 05/2022, as amended: cited no finer than the source (rule 4). */
const ART12 = (heading: 'rmz' | 'capacity'): Locator => ({
  clause: 4,
  article: 12,
  heading,
  amendedBy: { instrument: 'tt-07-2024', points: ['a', 'c'], clause: 9, article: 1 },
});

const ART14 = (item?: number): Locator => (item === undefined ? { article: 14 } : { article: 14, item });

const ART6 = (clause: number, points?: readonly string[]): Locator =>
  points ? { points, clause, article: 6 } : { clause, article: 6 };

export const PROVISIONS = [
  // A. Raw-material zone: khoản 4 Điều 12 Thông tư 05/2022 (client-source)
  {
    id: 'RMZ-1',
    instrument: 'tt-05-2022',
    locator: ART12('rmz'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['S', 'U'],
    coverage: 'information',
  },
  {
    id: 'RMZ-2',
    instrument: 'tt-05-2022',
    locator: ART12('rmz'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['P'],
    coverage: 'question',
    aims: [
      'zone',
      'growing-area-code',
      'organic-ecological',
      'resource-saving',
      'nature-biodiversity',
      'food-safety',
      'traceability',
      'rural-landscape',
      'environment',
    ],
  },
  {
    id: 'RMZ-3',
    instrument: 'tt-05-2022',
    locator: ART12('rmz'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['P'],
    coverage: 'question',
    aims: ['linkage', 'traceability'],
  },
  // B. Capacity: same clause, the capacity heading
  {
    id: 'CAP-1',
    instrument: 'tt-05-2022',
    locator: ART12('capacity'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['U'],
    coverage: 'question',
  },
  {
    id: 'CAP-1a',
    instrument: 'tt-05-2022',
    locator: ART12('capacity'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['P', 'U'],
    coverage: 'question',
    aims: ['organisation-management', 'product-innovation', 'quality-food-safety', 'packaging-labelling-design'],
  },
  {
    id: 'CAP-1b',
    instrument: 'tt-05-2022',
    locator: ART12('capacity'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['P', 'U'],
    coverage: 'question',
    aims: ['intellectual-property', 'value-chain-traceability', 'community-brands'],
  },
  ...(['CAP-1c', 'CAP-2a', 'CAP-2b', 'CAP-2c', 'CAP-2d', 'CAP-2e'] as const).map((id): Provision => ({
    id,
    instrument: 'tt-05-2022',
    locator: ART12('capacity'),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: id === 'CAP-2c' ? ['U', 'S'] : ['U'],
    coverage: 'question',
  })),
  // C. Market development: Điều 14 Thông tư 05/2022, items (1)–(6)
  {
    id: 'MKT-0',
    instrument: 'tt-05-2022',
    locator: ART14(),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['U'],
    coverage: 'question',
  },
  ...([1, 2, 3, 4, 5, 6] as const).map((n): Provision => ({
    id: `MKT-${n}`,
    instrument: 'tt-05-2022',
    locator: ART14(n),
    status: 'client-source',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: n === 1 || n === 5 ? ['U', 'S'] : n === 6 ? ['U', 'P'] : ['U'],
    coverage: 'question',
  })),
  // D. Traceability: Điều 6 Thông tư 02/2024/TT-BKHCN (verified)
  ...(
    [
      ['TR-6.1a', ART6(1, ['a'])],
      ['TR-6.1b', ART6(1, ['b'])],
      ['TR-6.1c', ART6(1, ['c'])],
      ['TR-6.1d', ART6(1, ['d'])],
      ['TR-6.5', ART6(5, ['đ', 'e', 'g'])],
      ['TR-6.6', ART6(6)],
      ['TR-6.7', ART6(7), ['carriers', 'decoded-info', 'retention']],
    ] as const
  ).map(([id, locator, aims]: readonly [string, Locator, (readonly string[])?]): Provision => ({
    id,
    instrument: 'tt-02-2024',
    locator,
    status: 'verified',
    textKind: 'wording',
    supports: 'legal-requirement',
    condition: 'traceability',
    addressees: ['P'],
    coverage: 'question',
    ...(aims && { aims }),
  })),
  // Context provisions (not in PROVISIONS.md): they add to items, never carry one alone unless verified.
  {
    id: 'QD148-II-COMMUNE',
    instrument: 'qd-148-2023',
    locator: { appendix: 'II', amendedBy: { instrument: 'qd-1489-2025' } },
    status: 'verified',
    textKind: 'wording',
    supports: 'evaluation-criterion',
    addressees: ['S'],
  },
  {
    id: 'QD148-II-VALIDITY',
    instrument: 'qd-148-2023',
    // Decision 1489/QĐ-TTg amended Appendix II; where the 36-month rule sits after it is not verified.
    locator: { appendix: 'II', amendedBy: { instrument: 'qd-1489-2025' } },
    status: 'verified',
    textKind: 'wording',
    supports: 'evaluation-criterion',
    addressees: ['P'],
  },
  {
    id: 'QD148-III-A',
    instrument: 'qd-148-2023',
    locator: { part: 'A', appendix: 'III' },
    status: 'verified',
    textKind: 'wording',
    supports: 'evaluation-criterion',
    addressees: ['S'],
  },
  {
    id: 'QD148-III-B',
    instrument: 'qd-148-2023',
    locator: { part: 'B', appendix: 'III' },
    status: 'verified',
    textKind: 'wording',
    supports: 'evaluation-criterion',
    addressees: ['S'],
  },
  {
    id: 'QD148-III-C',
    instrument: 'qd-148-2023',
    locator: { part: 'C', appendix: 'III' },
    status: 'verified',
    textKind: 'wording',
    supports: 'evaluation-criterion',
    addressees: ['S'],
  },
  {
    id: 'QD919-1',
    instrument: 'qd-919-2022',
    locator: { article: 1 },
    status: 'verified',
    textKind: 'wording',
    supports: 'programme-priority',
    addressees: ['S'],
  },
  {
    id: 'LCP-64',
    instrument: 'law-crop-production',
    locator: { article: 64 },
    status: 'secondary',
    textKind: 'summary',
    supports: null,
    addressees: ['P'],
  },
  {
    id: 'ND109-3.3',
    instrument: 'nd-109-2018',
    locator: { clause: 3, article: 3 },
    status: 'verified',
    textKind: 'wording',
    supports: null,
    addressees: ['P'],
  },
  {
    id: 'ND98-3.1',
    instrument: 'nd-98-2018',
    locator: { clause: 1, article: 3 },
    status: 'unverified',
    textKind: 'summary',
    supports: null,
    addressees: ['P'],
  },
  {
    id: 'TT17-RECALL',
    instrument: 'tt-17-2021',
    locator: {},
    status: 'secondary',
    textKind: 'summary',
    supports: null,
    addressees: ['P'],
  },
  {
    // Food-safety law binds most food producers; the implementing decree is listed in REFERENCE.md
    // but not researched, so it adds context (with its marker) and never carries an item.
    id: 'ND15-FOOD-SAFETY',
    instrument: 'nd-15-2018',
    locator: {},
    status: 'unverified',
    textKind: 'summary',
    supports: null,
    addressees: ['P'],
  },
  {
    id: 'ND43-LABEL',
    instrument: 'nd-43-2017',
    locator: { amendedBy: { instrument: 'nd-111-2021' } },
    status: 'unverified',
    textKind: 'summary',
    supports: null,
    addressees: ['P'],
  },
] as const satisfies readonly Provision[];

export type ProvisionId = (typeof PROVISIONS)[number]['id'];
