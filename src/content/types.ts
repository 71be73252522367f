import type { RuleId } from './rules';

/**
 * Shapes of the checklist content. The data lives in instruments.ts,
 * provisions.ts and checklist.ts; every word a user reads lives in
 * `locales/<lng>/legal.json` and `locales/<lng>/checklist.json`, keyed by the
 * ids below. content-schema.ts validates all of it in a test.
 */

/** The one status enum of the Citation spec (REFERENCE.md, rule 2). */
export const CITATION_STATUSES = ['client-source', 'verified', 'secondary', 'unverified'] as const;
export type CitationStatus = (typeof CITATION_STATUSES)[number];

/** Statuses that may carry a checklist item on their own (Citation spec, rule 3). */
export const LOAD_BEARING_STATUSES: readonly CitationStatus[] = ['client-source', 'verified'];

export const INSTRUMENT_TYPES = ['law', 'decree', 'decision', 'circular'] as const;
export type InstrumentType = (typeof INSTRUMENT_TYPES)[number];

export interface Instrument {
  id: string;
  type: InstrumentType;
  /** Official number, e.g. "05/2022/TT-BNNPTNT"; null where the number is not verified. */
  number: string | null;
  /** Key of the issuing body under `legal:issuers`. */
  issuer: string;
  /** ISO date of issue: only dates verified in REFERENCE.md (Citation spec, rule 11). */
  date: string | null;
  /** ISO effective date, under the same rule. */
  effective: string | null;
  /** Instruments that amend this one. */
  amendedBy: readonly string[];
  status: CitationStatus;
  /** Where the wording or the fact was seen; null for the client's own source article. */
  source: string | null;
}

/**
 * Where a provision sits in its instrument, no finer than the source supports
 * (Citation spec, rule 4). Parts are rendered finest first.
 */
export interface Locator {
  points?: readonly string[];
  clause?: number;
  article?: number;
  part?: string;
  appendix?: string;
  /** Numbered item "(n)" of Article 14, cited as "mục (n)" / "item (n)". */
  item?: number;
  /** Key under `legal:headings`: the content heading that names a line within a clause. */
  heading?: string;
  /** The amending provision, rendered as "(được sửa đổi bởi …)" / "(as amended by …)". */
  amendedBy?: { instrument: string; points?: readonly string[]; clause?: number; article?: number };
}

/** P: the producer does or has it; U: the State provides, the producer can use; S: the State alone. */
export const ADDRESSEES = ['P', 'U', 'S'] as const;
export type Addressee = (typeof ADDRESSEES)[number];

export interface Provision {
  id: string;
  instrument: string;
  locator: Locator;
  status: CitationStatus;
  /** `wording` shows the instrument's words; `summary` is our description of a rule whose words we lack. */
  textKind: 'wording' | 'summary';
  /** Addressees of this line, as in PROVISIONS.md (several where the line mixes them). */
  addressees: readonly Addressee[];
  /** For lines listed in PROVISIONS.md: how the checklist covers them. Context provisions have none. */
  coverage?: 'question' | 'information';
  /** Aims of a line that holds several; each must be cited by some item. */
  aims?: readonly string[];
  /**
   * The kind of item this line may carry (docs/content-rules.md): what the
   * instrument is to the producer. null for definitions and context that never
   * carry an item's kind.
   */
  supports: QuestionKind | null;
  /** For a binding line: the fact about the producer that makes it bind (an item condition). */
  condition?: ItemCondition;
}

/**
 * Facts about the producer that decide whether a legal requirement binds it.
 * `traceability`: Circular 02/2024/TT-BKHCN binds those who run traceability
 * (asked in the profile, `Profile.traceability`).
 */
export const ITEM_CONDITIONS = ['traceability'] as const;
export type ItemCondition = (typeof ITEM_CONDITIONS)[number];

export const RULE_KINDS = ['legal-requirement', 'evaluation-criterion', 'programme-priority', 'information'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];
export type QuestionKind = Exclude<RuleKind, 'information'>;

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export interface Citation {
  provision: string;
  /** Which aims of a multi-aim provision this item covers. */
  aims?: readonly string[];
}

interface ItemBase {
  id: string;
  appliesWhen: RuleId;
  cites: readonly Citation[];
}

/** A scored question. Wording: `checklist:items.<id>.{question,why,action,evidence}`. */
export interface QuestionItem extends ItemBase {
  kind: QuestionKind;
  priority: Priority;
  /** A legal requirement that binds only when this condition holds for the producer. */
  condition?: ItemCondition;
}

/** A note shown in its section, never scored. Wording: `checklist:items.<id>.{title,text}`. */
export interface InformationItem extends ItemBase {
  kind: 'information';
}

export type Item = QuestionItem | InformationItem;

export const SECTION_IDS = ['rmz', 'trace', 'capacity', 'market'] as const;
export type SectionId = (typeof SECTION_IDS)[number];

export interface Page {
  /** `<section>-<n>`; also the wizard's step id for this page. */
  id: string;
  items: readonly Item[];
}

export interface Section {
  id: SectionId;
  appliesWhen: RuleId;
  pages: readonly Page[];
}

export interface Content {
  /** Semantic version of the checklist: bump the major when item ids change meaning. */
  version: string;
  /** Date the content was last checked against its sources (Citation spec, rule 9). */
  lawAsOf: string;
  instruments: readonly Instrument[];
  provisions: readonly Provision[];
  sections: readonly Section[];
}

export const isQuestion = (item: Item): item is QuestionItem => item.kind !== 'information';
