import type { ParseKeys } from 'i18next';
import type { ContentIndex } from '../../content/content';
import type { Assessment } from '../../domain/assessment';
import type { Language } from '../../domain/languages';
import type { ReportFormat } from '../../domain/report-format';

/**
 * The gap report as data: a list of typed sections, each built by its own
 * small builder (src/report/model/) and laid out by one renderer per kind
 * (src/report/pdf/). Every string is resolved in the report's language and
 * safe for the PDF font. A new section is a builder, a renderer when its kind
 * is new, and its words in locales/x/report.json.
 */

/** A translator bound to one namespace: only that namespace's keys compile (src/i18n/i18next.d.ts). */
export type Translate<Ns extends 'common' | 'checklist' | 'legal' | 'report'> = (
  key: ParseKeys<Ns>,
  options?: Record<string, unknown>,
) => string;

/** Translators bound to the report's language, one per namespace. */
export interface ReportTexts {
  common: Translate<'common'>;
  checklist: Translate<'checklist'>;
  legal: Translate<'legal'>;
  report: Translate<'report'>;
}

export interface ReportInput {
  assessment: Assessment;
  index: ContentIndex;
  language: Language;
  format: ReportFormat;
  date: Date;
  texts: ReportTexts;
}

export interface LabelledValue {
  label: string;
  value: string;
}

/** How an answer reads at a glance: its word plus a shape, never colour alone. */
export type Tone = 'met' | 'partly' | 'not_met' | 'unknown' | 'na' | 'unanswered';

export interface Bar {
  label: string;
  value: string;
  ratio: number | null;
  /** "3 gaps · 1 unanswered": what stands behind the figure. */
  detail: string;
  /** The same two counts as numbers, for the narrow page's table. */
  gaps: number;
  unanswered: number;
}

export interface DoFirstItem {
  itemId: string;
  ref: string;
  action: string;
  clause: string;
  /** Owner and target date where set. */
  plan: string;
  overdue: boolean;
}

export interface SummarySection {
  kind: 'summary';
  heading: string;
  title: string;
  facts: LabelledValue[];
  completeness: string;
  /** "Draft: n questions not answered", when n > 0. */
  draft: string | null;
  readiness: {
    heading: string;
    overall: Bar;
    bars: Bar[];
    /** Column heads where the areas are a table (the phone page): area, readiness, to do, unanswered. */
    columns: { area: string; readiness: string; gaps: string; unanswered: string };
    note: string;
  };
  doFirst: { heading: string; items: DoFirstItem[]; none: string };
  notice: string;
}

/** One gap as the action plan (PDF) and the CSV both show it. */
export interface ActionRow {
  itemId: string;
  number: string;
  ref: string;
  area: string;
  question: string;
  answer: string;
  tone: Tone;
  action: string;
  priority: string;
  kind: string;
  clause: string;
  citations: string[];
  evidenceNeeded: string;
  note: string;
  evidenceRef: string;
  owner: string;
  due: string;
  dueIso: string;
  overdue: boolean;
  /** Plan status in words (not started when none was set) and what was done. */
  status: string;
  progress: string;
}

export interface ActionPlanSection {
  kind: 'actionPlan';
  heading: string;
  intro: string[];
  columns: {
    number: string;
    action: string;
    priority: string;
    kind: string;
    clause: string;
    owner: string;
    due: string;
  };
  rows: ActionRow[];
  overdueMark: string;
  /** Said once when no gap has an owner or a target date yet. */
  noPlan: string;
  none: string;
}

export interface DetailEntry {
  itemId: string;
  title: string;
  status: { label: string; tone: Tone };
  fields: LabelledValue[];
}

export interface DetailsSection {
  kind: 'details';
  heading: string;
  intro: string[];
  areas: { heading: string; entries: DetailEntry[] }[];
}

export interface LegalBasisSection {
  kind: 'legalBasis';
  heading: string;
  paragraphs: string[];
  head: string[];
  rows: string[][];
}

export interface ParagraphsSection {
  kind: 'paragraphs';
  heading: string;
  paragraphs: string[];
}

/** A follow-up's "since last time": readiness then and now, then named lists (gaps closed, new, worse, plan). */
export interface SinceLastTimeSection {
  kind: 'sinceLastTime';
  heading: string;
  intro: string;
  readiness: { caption: string; head: [string, string, string]; rows: [string, string, string][] };
  groups: { key: string; heading: string; items: string[] }[];
  notes: string[];
}

export type Section =
  SummarySection | SinceLastTimeSection | ActionPlanSection | DetailsSection | LegalBasisSection | ParagraphsSection;
export type SectionKind = Section['kind'];

export interface ReportModel {
  meta: {
    language: Language;
    format: ReportFormat;
    fileName: string;
    title: string;
    subject: string;
    author: string;
    creator: string;
    keywords: string;
  };
  footer: { product: string; date: string; pageTemplate: string };
  sections: Section[];
}
