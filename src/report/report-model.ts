import { fileSlug } from '../domain/file-name';
import { pdfSafe } from './pdf-safe';
import { buildActionPlan } from './model/action-plan';
import { day, reportContext, userText, type ReportContext } from './model/context';
import { buildDetails } from './model/details';
import { buildDisclaimer } from './model/disclaimer';
import { buildLegalBasis } from './model/legal-basis';
import { buildSinceLastTime } from './model/since-last-time';
import { buildSummary } from './model/summary';
import type { ReportInput, ReportModel, Section } from './model/types';

/**
 * The report's sections, in reading order. A new section is one more builder
 * here; a builder may return null when its section does not apply ("since last
 * time" is only for a follow-up).
 */
const SECTION_BUILDERS: ((ctx: ReportContext) => Section | null)[] = [
  buildSummary,
  buildSinceLastTime,
  buildActionPlan,
  buildDetails,
  buildLegalBasis,
  buildDisclaimer,
];

/** Every string through the one sanitiser, however deep. */
function sanitise<T>(value: T): T {
  if (typeof value === 'string') return pdfSafe(value) as T;
  if (Array.isArray(value)) return value.map(sanitise) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, sanitise(v)])) as T;
  }
  return value;
}

/**
 * Metadata is stored as Unicode text, not drawn, so it keeps every script;
 * control characters and emoji are left out (a viewer's title bar or a file
 * list shows them as boxes).
 */
export const metadataText = (value: string): string =>
  value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\p{Extended_Pictographic}|\p{Regional_Indicator}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F/gu, '')
    .replace(/\s+/g, ' ')
    .trim();

export function buildReportModel(input: ReportInput): ReportModel {
  const ctx = reportContext(input);
  const { report } = ctx.t;
  const profile = input.assessment.profile;
  const product = userText(profile?.productName);
  const fileName = report(`fileName.${input.format}`, { product: fileSlug(product, 'product'), date: ctx.today });
  return {
    meta: {
      language: input.language,
      format: input.format,
      // The template holds only ASCII words and the slug: safe to send through Zalo or e-mail.
      fileName: `${fileName}.pdf`,
      title: metadataText(report('metaTitle', { product })),
      subject: report('metaSubject'),
      author: metadataText(profile?.producerName ?? ''),
      creator: report('creator', { version: input.index.content.version }),
      keywords: report('metaKeywords'),
    },
    footer: sanitise({
      product,
      date: day(ctx, ctx.today),
      // {{page}} and {{pages}} stay as placeholders: the renderer knows them only at the end.
      pageTemplate: report('footer', { page: '{{page}}', pages: '{{pages}}' }),
    }),
    sections: SECTION_BUILDERS.flatMap((build) => {
      const section = build(ctx);
      return section ? [sanitise(section)] : [];
    }),
  };
}
export type { ReportInput, ReportModel, ReportTexts, Translate } from './model/types';
