import type { ReportFormat } from '../../domain/report-format';

/**
 * Page geometry and type sizes of the two formats, in millimetres and points.
 *
 * The phone page has the 1 : 2 shape of today's phone screens (one page is
 * about one screen, and the summary with the five actions fits pages 1–2);
 * at fit-to-width on a 360 px screen one point is 360 / (100 mm in pt) ≈ 1.27
 * CSS px, so 10 pt body text shows at about 12.7 px (the A4 page's 10 pt would
 * be about 6 px there; A4 is for printing).
 */
export interface PageFormat {
  id: ReportFormat;
  width: number;
  height: number;
  margin: { top: number; bottom: number; side: number };
  size: { body: number; small: number; h1: number; h2: number; h3: number; title: number; footer: number };
  /** Wide pages put a field's label beside its value; narrow ones above it. */
  labelWidth: number | null;
  /** The action plan in seven columns, or number + one stacked cell. */
  wideTables: boolean;
}

/** Vertical spacing, in millimetres, shared by every renderer. */
export const SPACE = {
  afterParagraph: 1,
  beforeHeading: 3.5,
  afterHeading: 2,
  afterRule: 1.5,
  afterTable: 3,
  betweenEntries: 1.3,
  cellPadding: 1.4,
  barHeight: 4.2,
} as const;

/** A little more than jsPDF's 1.15, so stacked Vietnamese marks (ồ, ễ) clear the line above. */
export const LINE_FACTOR = 1.15;
export const PT_TO_MM = 25.4 / 72;

export const PAGE_FORMATS: Record<ReportFormat, PageFormat> = {
  a4: {
    id: 'a4',
    width: 210,
    height: 297,
    margin: { top: 9, bottom: 12, side: 10 },
    size: { body: 10, small: 10, h1: 14, h2: 12, h3: 10.5, title: 18, footer: 8 },
    labelWidth: 36,
    wideTables: true,
  },
  phone: {
    id: 'phone',
    width: 100,
    height: 200,
    margin: { top: 6, bottom: 11, side: 5 },
    size: { body: 10, small: 10, h1: 13, h2: 11.5, h3: 10.5, title: 15, footer: 7.5 },
    labelWidth: null,
    wideTables: false,
  },
};

/** CSS px of one point when the page is shown at fit-to-width on a screen that many px wide. */
export const pxPerPoint = (format: PageFormat, screenPx = 360): number => screenPx / (format.width / PT_TO_MM);
