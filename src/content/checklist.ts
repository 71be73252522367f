import type { Citation, InformationItem, Priority, QuestionItem, QuestionKind, Section } from './types';
import type { RuleId } from './rules';

/**
 * The checklist: four areas, each split into pages short enough for a phone.
 * The order here is the checklist order (it breaks ties when gaps are sorted).
 * Wording: `checklist:items.<id>.*`, page titles `checklist:pages.<page id>`.
 *
 * Kinds follow docs/content-rules.md: an item takes the kind that one of its
 * client-source or verified citations supports. Most of Articles 12 and 14 are
 * programme priorities, so those items ask about readiness and alignment;
 * Article 6 of Circular 02/2024 binds those who run traceability, so its items
 * are legal requirements under the `traceability` condition, shown as
 * conditional until the profile establishes it (rule-kind.ts).
 */

const q = (
  id: string,
  kind: QuestionKind,
  priority: Priority,
  appliesWhen: RuleId,
  cites: readonly Citation[],
): QuestionItem => ({ id, kind, priority, appliesWhen, cites });

/** A requirement of the traceability circular: binds only those who run traceability. */
const tr = (id: string, priority: Priority, appliesWhen: RuleId, cites: readonly Citation[]): QuestionItem => ({
  ...q(id, 'legal-requirement', priority, appliesWhen, cites),
  condition: 'traceability',
});

const note = (id: string, appliesWhen: RuleId, cites: readonly Citation[]): InformationItem => ({
  id,
  kind: 'information',
  appliesWhen,
  cites,
});

const rmz2 = (...aims: string[]): Citation => ({ provision: 'RMZ-2', aims });

export const SECTIONS: readonly Section[] = [
  {
    id: 'rmz',
    appliesWhen: 'has-raw-material',
    pages: [
      {
        id: 'rmz-1',
        items: [
          q('rmz-local-origin', 'evaluation-criterion', 'high', 'has-raw-material', [
            { provision: 'QD148-II-COMMUNE' },
          ]),
          q('rmz-origin-papers', 'evaluation-criterion', 'high', 'has-raw-material', [
            { provision: 'QD148-II-COMMUNE' },
          ]),
          q('rmz-zone', 'programme-priority', 'high', 'raw-material-zone', [rmz2('zone')]),
          q('rmz-growing-code', 'programme-priority', 'high', 'crop-or-herb', [
            rmz2('growing-area-code'),
            { provision: 'LCP-64' },
          ]),
          note('rmz-info-priority', 'raw-material-zone', [{ provision: 'RMZ-1' }]),
        ],
      },
      {
        id: 'rmz-2',
        items: [
          q('rmz-organic', 'programme-priority', 'medium', 'raw-material-zone', [
            rmz2('organic-ecological'),
            { provision: 'ND109-3.3' },
          ]),
          q('rmz-inputs-safety', 'programme-priority', 'high', 'food-zone', [rmz2('food-safety')]),
          q('rmz-resources', 'programme-priority', 'low', 'raw-material-zone', [rmz2('resource-saving')]),
          q('rmz-nature', 'programme-priority', 'low', 'raw-material-zone', [rmz2('nature-biodiversity')]),
        ],
      },
      {
        id: 'rmz-3',
        items: [
          q('rmz-landscape', 'programme-priority', 'low', 'raw-material-zone', [rmz2('rural-landscape')]),
          q('rmz-environment', 'programme-priority', 'medium', 'has-raw-material', [rmz2('environment')]),
          q('rmz-linkage', 'programme-priority', 'high', 'has-raw-material', [
            { provision: 'RMZ-3', aims: ['linkage'] },
            { provision: 'ND98-3.1' },
          ]),
        ],
      },
    ],
  },
  {
    id: 'trace',
    appliesWhen: 'goods',
    pages: [
      {
        id: 'trace-1',
        items: [
          tr('tr-one-step', 'high', 'goods', [
            { provision: 'TR-6.1a' },
            { provision: 'RMZ-3', aims: ['traceability'] },
          ]),
          q('tr-raw-material', 'programme-priority', 'high', 'has-raw-material', [
            rmz2('traceability'),
            { provision: 'RMZ-3', aims: ['traceability'] },
            { provision: 'TR-6.1a' },
          ]),
          tr('tr-key-data', 'high', 'goods', [{ provision: 'TR-6.1b' }]),
          tr('tr-static-data', 'medium', 'goods', [{ provision: 'TR-6.1c' }]),
        ],
      },
      {
        id: 'trace-2',
        items: [
          tr('tr-parties', 'medium', 'goods', [{ provision: 'TR-6.1d' }]),
          tr('tr-code', 'high', 'goods', [{ provision: 'TR-6.6' }]),
          tr('tr-carrier', 'medium', 'goods', [{ provision: 'TR-6.7', aims: ['carriers'] }]),
          tr('tr-decoded', 'medium', 'goods', [
            { provision: 'TR-6.5' },
            { provision: 'TR-6.7', aims: ['decoded-info'] },
          ]),
        ],
      },
      {
        id: 'trace-3',
        items: [
          tr('tr-retention', 'medium', 'goods', [{ provision: 'TR-6.7', aims: ['retention'] }]),
          tr('tr-recall', 'medium', 'food-or-herbal', [{ provision: 'TR-6.1a' }, { provision: 'TT17-RECALL' }]),
          q('tr-value-chain', 'programme-priority', 'medium', 'goods', [
            { provision: 'CAP-1b', aims: ['value-chain-traceability'] },
          ]),
        ],
      },
    ],
  },
  {
    id: 'capacity',
    appliesWhen: 'always',
    pages: [
      {
        id: 'capacity-1',
        items: [
          q('cap-organisation', 'programme-priority', 'high', 'always', [
            { provision: 'CAP-1a', aims: ['organisation-management'] },
            { provision: 'QD148-III-A' },
          ]),
          q('cap-bookkeeping', 'programme-priority', 'medium', 'always', [
            { provision: 'CAP-1a', aims: ['organisation-management'] },
            { provision: 'QD148-III-A' },
          ]),
          q('cap-governance', 'programme-priority', 'medium', 'collective', [
            { provision: 'CAP-1a', aims: ['organisation-management'] },
            { provision: 'CAP-1c' },
          ]),
          q('cap-performance', 'programme-priority', 'low', 'coop-or-enterprise', [{ provision: 'CAP-1c' }]),
          q('cap-cooperation', 'programme-priority', 'low', 'always', [{ provision: 'CAP-1' }]),
        ],
      },
      {
        id: 'capacity-2',
        items: [
          q('cap-innovation', 'programme-priority', 'medium', 'always', [
            { provision: 'CAP-1a', aims: ['product-innovation'] },
          ]),
          q('cap-certificate', 'evaluation-criterion', 'medium', 'ocop-certified', [
            { provision: 'QD148-II-VALIDITY' },
          ]),
          q('cap-standard', 'evaluation-criterion', 'high', 'goods', [
            { provision: 'CAP-1a', aims: ['quality-food-safety'] },
            { provision: 'QD148-III-C' },
          ]),
          q('cap-food-safety', 'programme-priority', 'high', 'food-or-herbal', [
            { provision: 'CAP-1a', aims: ['quality-food-safety'] },
            { provision: 'ND15-FOOD-SAFETY' },
          ]),
          q('cap-quality-system', 'programme-priority', 'low', 'always', [
            { provision: 'CAP-1a', aims: ['quality-food-safety'] },
          ]),
        ],
      },
      {
        id: 'capacity-3',
        items: [
          q('cap-label', 'programme-priority', 'high', 'goods', [
            { provision: 'CAP-1a', aims: ['packaging-labelling-design'] },
            { provision: 'ND43-LABEL' },
          ]),
          q('cap-packaging', 'programme-priority', 'medium', 'goods', [
            { provision: 'CAP-1a', aims: ['packaging-labelling-design'] },
          ]),
          q('cap-ip', 'programme-priority', 'high', 'always', [
            { provision: 'CAP-1b', aims: ['intellectual-property'] },
          ]),
          q('cap-community-brand', 'programme-priority', 'low', 'always', [
            { provision: 'CAP-1b', aims: ['community-brands'] },
          ]),
        ],
      },
      {
        id: 'capacity-4',
        items: [
          q('cap-design-centre', 'programme-priority', 'low', 'always', [{ provision: 'CAP-2a' }]),
          q('cap-consultant', 'programme-priority', 'low', 'always', [{ provision: 'CAP-2b' }]),
        ],
      },
      {
        id: 'capacity-5',
        items: [
          q('cap-vocational', 'programme-priority', 'low', 'always', [{ provision: 'CAP-2c' }]),
          q('cap-extension', 'programme-priority', 'low', 'always', [{ provision: 'CAP-2d' }]),
          q('cap-startup', 'programme-priority', 'low', 'always', [{ provision: 'CAP-2e' }]),
        ],
      },
    ],
  },
  {
    id: 'market',
    appliesWhen: 'always',
    pages: [
      {
        id: 'market-1',
        items: [
          q('mkt-channels', 'programme-priority', 'medium', 'always', [
            { provision: 'MKT-0' },
            { provision: 'QD919-1' },
          ]),
          q('mkt-ecommerce', 'programme-priority', 'medium', 'always', [
            { provision: 'MKT-6' },
            { provision: 'MKT-0' },
          ]),
          q('mkt-story', 'evaluation-criterion', 'medium', 'always', [{ provision: 'QD148-III-B' }]),
        ],
      },
      {
        id: 'market-2',
        items: [
          q('mkt-market-info', 'programme-priority', 'low', 'always', [{ provision: 'MKT-1' }]),
          q('mkt-requirements', 'programme-priority', 'medium', 'always', [
            { provision: 'MKT-5' },
            { provision: 'MKT-1' },
            { provision: 'QD148-III-C' },
          ]),
          q('mkt-training', 'programme-priority', 'low', 'always', [{ provision: 'MKT-2' }]),
          note('mkt-info-state', 'always', [{ provision: 'MKT-1' }, { provision: 'MKT-5' }]),
        ],
      },
      {
        id: 'market-3',
        items: [
          q('mkt-events', 'programme-priority', 'low', 'always', [{ provision: 'MKT-3' }]),
          q('mkt-fairs', 'programme-priority', 'medium', 'always', [{ provision: 'MKT-4' }]),
        ],
      },
    ],
  },
];
