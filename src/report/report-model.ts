import { formatCitation, formatInstrument } from '../content/citation';
import type { ContentIndex } from '../content/content';
import { provinceById, provinceName } from '../content/provinces';
import type { Instrument } from '../content/types';
import type { Assessment, Language } from '../domain/assessment';
import { scoreAssessment, type ScoredItem } from '../domain/scoring';
import { cleanText } from '../domain/text';
import { formatDate, formatPercent } from '../i18n/format';
import { fileSlug, isoDay } from '../lib/download';
import { pdfSafe } from './pdf-safe';

/**
 * The gap report as data: every string resolved in the report's language and
 * passed through pdfSafe, every number computed. A pure function of
 * (assessment, content, language, date), so it is tested without a browser;
 * render-pdf.ts only lays it out.
 */

export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Translators bound to the report's language, one per namespace. */
export interface ReportTexts {
  common: Translate;
  checklist: Translate;
  legal: Translate;
  report: Translate;
}

export interface LabelledValue {
  label: string;
  value: string;
}

export interface GapBlock {
  /** "1.", "2." … within the report, matching the action plan. */
  number: string;
  question: string;
  answer: string;
  fields: LabelledValue[];
}

export interface ReportModel {
  language: Language;
  fileName: string;
  metadata: { title: string; subject: string; author: string; creator: string; keywords: string; lang: string };
  footer: { product: string; date: string; pageTemplate: string };
  cover: { title: string; subtitle: string; facts: LabelledValue[]; versionLine: string; notice: string };
  summary: {
    heading: string;
    formula: string;
    overall: { label: string; value: string; ratio: number | null };
    chartHeading: string;
    bars: { label: string; value: string; ratio: number | null }[];
    countsHeading: string;
    counts: LabelledValue[];
    topGapsHeading: string;
    topGapsHead: string[];
    topGaps: { number: string; question: string; area: string; priority: string; answer: string }[];
    noGaps: string;
  };
  gaps: {
    heading: string;
    intro: string[];
    kindsTitle: string;
    kinds: LabelledValue[];
    areas: { heading: string; blocks: GapBlock[] }[];
    none: string;
  };
  actionPlan: { heading: string; head: string[]; rows: string[][] };
  met: { heading: string; head: string[]; rows: string[][]; none: string };
  notApplicable: { heading: string; head: string[]; rows: string[][]; none: string };
  unanswered: { heading: string; head: string[]; rows: string[][]; none: string };
  legal: {
    heading: string;
    period: string;
    translationNote: string | null;
    head: string[];
    rows: string[][];
  };
  disclaimer: { heading: string; paragraphs: string[] };
}

export interface ReportInput {
  assessment: Assessment;
  index: ContentIndex;
  language: Language;
  date: Date;
  texts: ReportTexts;
}

const dash = '—';

/** Every string of the model through the one sanitiser, however deep. */
function sanitise<T>(value: T): T {
  if (typeof value === 'string') return pdfSafe(value) as T;
  if (Array.isArray(value)) return value.map(sanitise) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitise(v)])) as T;
  }
  return value;
}

export function buildReportModel({ assessment, index, language: lng, date, texts }: ReportInput): ReportModel {
  const { common, checklist, legal, report } = texts;
  const profile = assessment.profile;
  if (!profile) throw new Error('A report needs a submitted profile');
  const result = scoreAssessment(index, profile, assessment.answers);
  const today = formatDate(isoDay(date), lng);
  const pct = (ratio: number | null) => (ratio === null ? dash : formatPercent(ratio, lng));
  const producer = cleanText(profile.producerName);
  const product = cleanText(profile.productName);
  const province = provinceById(profile.province);
  const sectionTitle = (id: string) => checklist(`sections.${id}.title`);
  const question = (s: ScoredItem) => checklist(`items.${s.item.id}.question`);
  const answerLabel = (s: ScoredItem) => (s.value ? common(`answers.${s.value}`) : report('unansweredLabel'));

  const citedProvisionIds = new Set<string>();
  /** One line per distinct citation (two lines of one clause cite the same text), bulleted when several. */
  const citationsOf = (s: ScoredItem) => {
    const texts = [
      ...new Set(
        s.item.cites.map((c) => {
          citedProvisionIds.add(c.provision);
          return formatCitation(legal, index, c.provision).text;
        }),
      ),
    ];
    return texts.length > 1 ? texts.map((t) => `• ${t}`).join('\n') : texts.join('');
  };
  const priority = (s: ScoredItem) => report(`priorities.${s.item.priority}`);

  const ownerOf = (s: ScoredItem) => cleanText(assessment.plan[s.item.id]?.owner ?? '') || dash;
  const dueOf = (s: ScoredItem) => {
    const due = assessment.plan[s.item.id]?.due;
    return due ? formatDate(due, lng) : dash;
  };
  const gapNumber = new Map(result.gaps.map((g, i) => [g.item.id, `${i + 1}.`]));

  const gapBlock = (s: ScoredItem): GapBlock => {
    const note = cleanText(s.answer?.note ?? '');
    const evidenceRef = cleanText(s.answer?.evidence ?? '');
    const action = checklist(`items.${s.item.id}.action`);
    const fields: LabelledValue[] = [
      { label: report('fields.answer'), value: answerLabel(s) },
      { label: report('fields.priority'), value: priority(s) },
      { label: report('fields.kind'), value: common(`kinds.${s.kind}`) },
      { label: report('fields.citation'), value: citationsOf(s) },
      { label: report('fields.why'), value: checklist(`items.${s.item.id}.why`) },
      {
        label: report('fields.action'),
        value: s.value === 'unknown' ? report('findOutFirst', { action }) : action,
      },
      { label: report('fields.evidenceNeeded'), value: checklist(`items.${s.item.id}.evidence`) },
    ];
    if (note) fields.push({ label: report('fields.note'), value: note });
    if (evidenceRef) fields.push({ label: report('fields.evidenceRef'), value: evidenceRef });
    fields.push(
      { label: report('fields.owner'), value: ownerOf(s) },
      { label: report('fields.due'), value: dueOf(s) },
    );
    return { number: gapNumber.get(s.item.id) ?? '', question: question(s), answer: answerLabel(s), fields };
  };

  const areas = result.areas.map((a) => ({
    heading: report('areaHeading', { area: sectionTitle(a.section), readiness: pct(a.readiness) }),
    blocks: result.gaps.filter((g) => g.section === a.section).map(gapBlock),
  }));

  // Cite every provision shown anywhere (gaps, met, not applicable), then list their instruments.
  for (const s of result.items) for (const c of s.item.cites) citedProvisionIds.add(c.provision);
  const instrumentIds = new Set<string>();
  for (const id of citedProvisionIds) {
    const p = index.provisionById.get(id);
    if (!p) continue;
    instrumentIds.add(p.instrument);
    if (p.locator.amendedBy) instrumentIds.add(p.locator.amendedBy.instrument);
  }
  const instruments = index.content.instruments.filter((i) => instrumentIds.has(i.id));
  const instrumentRow = (i: Instrument): string[] => [
    formatInstrument(legal, i),
    `${legal(`instruments.${i.id}.title`)}\n${legal(`issuers.${i.issuer}`)}`,
    [
      i.date ? report('legalDate', { date: formatDate(i.date, lng) }) : report('legalNoDate'),
      i.effective ? report('legalEffective', { date: formatDate(i.effective, lng) }) : '',
      ...i.amendedBy.map((by) => {
        const amending = index.instrumentById.get(by);
        return amending ? report('legalAmendedBy', { by: formatInstrument(legal, amending) }) : '';
      }),
    ]
      .filter(Boolean)
      .join('\n'),
    legal(`statuses.${i.status}`),
  ];

  const model: ReportModel = {
    language: lng,
    // The language in the name: both reports of one day can sit side by side.
    fileName: `ocop-gap-report-${fileSlug(product, 'product')}-${isoDay(date)}-${lng}.pdf`,
    metadata: {
      title: report('metaTitle', { product }).normalize('NFC'),
      subject: report('metaSubject'),
      author: producer,
      creator: report('creator', { version: index.content.version }),
      keywords: report('metaKeywords'),
      lang: lng === 'vi' ? 'vi-VN' : 'en-GB',
    },
    // {{page}} and {{pages}} stay as placeholders: the renderer knows them only at the end.
    footer: {
      product,
      date: today,
      pageTemplate: report('footer', { page: '{{page}}', pages: '{{pages}}' }),
    },
    cover: {
      title: report('title'),
      subtitle: report('subtitle'),
      facts: [
        { label: report('cover.producer'), value: producer },
        { label: report('cover.legalForm'), value: common(`profile.options.legalForm.${profile.legalForm}`) },
        { label: report('cover.product'), value: product },
        { label: report('cover.group'), value: common(`profile.options.productGroup.${profile.productGroup}`) },
        { label: report('cover.rawMaterial'), value: common(`profile.options.rawMaterial.${profile.rawMaterial}`) },
        { label: report('cover.ocopStatus'), value: common(`profile.options.ocopStatus.${profile.ocopStatus}`) },
        { label: report('cover.province'), value: province ? provinceName(province, lng) : profile.province },
        { label: report('cover.date'), value: today },
        { label: report('cover.readiness'), value: pct(result.overall) },
      ],
      versionLine: report('cover.version', {
        version: index.content.version,
        lawAsOf: formatDate(index.content.lawAsOf, lng),
      }),
      notice: report('cover.notice'),
    },
    summary: {
      heading: report('summary.heading'),
      formula: report('summary.formula'),
      overall: { label: report('summary.overall'), value: pct(result.overall), ratio: result.overall },
      chartHeading: report('summary.chart'),
      bars: result.areas.map((a) => ({ label: sectionTitle(a.section), value: pct(a.readiness), ratio: a.readiness })),
      countsHeading: report('summary.counts'),
      counts: [
        ...(['met', 'partly', 'not_met', 'unknown', 'na'] as const).map((v) => ({
          label: common(`answers.${v}`),
          value: String(result.counts[v]),
        })),
        { label: report('unansweredLabel'), value: String(result.counts.unanswered) },
        { label: report('summary.totalQuestions'), value: String(result.items.length) },
      ],
      topGapsHeading: report('summary.topGaps'),
      topGapsHead: [
        report('plan.number'),
        report('summary.question'),
        report('summary.area'),
        report('plan.priority'),
        report('fields.answer'),
      ],
      topGaps: result.gaps.slice(0, 5).map((g) => ({
        number: gapNumber.get(g.item.id) ?? '',
        question: question(g),
        area: sectionTitle(g.section),
        priority: priority(g),
        answer: answerLabel(g),
      })),
      noGaps:
        result.unanswered.length > 0
          ? report('summary.noGapsButUnanswered', { count: result.unanswered.length })
          : report('summary.noGaps'),
    },
    gaps: {
      heading: report('gaps.heading'),
      intro: [
        report('gaps.intro'),
        report('gaps.numbering'),
        ...(lng === 'vi' ? [] : [`${legal('unofficial')}: ${report('legal.translationNote')}`]),
      ],
      kindsTitle: report('gaps.kindsTitle'),
      kinds: (['legal-requirement', 'evaluation-criterion', 'programme-priority'] as const).map((k) => ({
        label: common(`kinds.${k}`),
        value: report(`kindMeaning.${k}`),
      })),
      areas,
      none: report('gaps.none'),
    },
    actionPlan: {
      heading: report('plan.heading'),
      head: [report('plan.number'), report('plan.action'), report('plan.priority'), report('plan.owner'), report('plan.due')],
      rows: result.gaps.map((g) => [
        gapNumber.get(g.item.id) ?? '',
        `${g.value === 'unknown' ? report('findOutFirst', { action: checklist(`items.${g.item.id}.action`) }) : checklist(`items.${g.item.id}.action`)}\n(${question(g)})`,
        priority(g),
        ownerOf(g),
        dueOf(g),
      ]),
    },
    met: {
      heading: report('met.heading'),
      head: [report('met.question'), report('met.evidence')],
      rows: result.met.map((m) => [question(m), cleanText(m.answer?.evidence ?? '') || dash]),
      none: report('met.none'),
    },
    notApplicable: {
      heading: report('na.heading'),
      head: [report('na.question'), report('na.reason')],
      rows: result.notApplicable.map((m) => [question(m), cleanText(m.answer?.reason ?? '')]),
      none: report('na.none'),
    },
    unanswered: {
      heading: report('unanswered.heading'),
      head: [report('unanswered.area'), report('unanswered.question')],
      rows: result.unanswered.map((u) => [sectionTitle(u.section), question(u)]),
      none: report('unanswered.none'),
    },
    legal: {
      heading: report('legal.heading'),
      period: legal('period', { date: formatDate(index.content.lawAsOf, lng) }),
      translationNote: lng === 'vi' ? null : `${legal('unofficial')}: ${report('legal.translationNote')}`,
      head: [report('legal.number'), report('legal.title'), report('legal.dates'), report('legal.status')],
      rows: instruments.map(instrumentRow),
    },
    disclaimer: {
      heading: report('disclaimer.heading'),
      paragraphs: [report('disclaimer.p1'), report('disclaimer.p2'), report('disclaimer.p3')],
    },
  };
  // Metadata is stored as Unicode text strings, not drawn with the font: it keeps every character.
  return { ...sanitise(model), metadata: model.metadata };
}
