import type { ReportContext } from './context';
import { textKey } from '../../content/text-keys';
import type { ParagraphsSection } from './types';

/** What this report is and is not, and who decides. */
export function buildDisclaimer(ctx: ReportContext): ParagraphsSection {
  const { report } = ctx.t;
  return {
    kind: 'paragraphs',
    heading: report('disclaimer.heading'),
    paragraphs: ['p1', 'p2', 'p3', 'p4'].map((p) => report(textKey('report', `disclaimer.${p}`))),
  };
}
