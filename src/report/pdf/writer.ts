import type { jsPDF as JsPdf } from 'jspdf';
import type { autoTable as AutoTable, CellHookData, ColumnInput, RowInput, Styles, UserOptions } from 'jspdf-autotable';
import type { Tone } from '../model/types';
import { COLOR, TONE } from './colors';
import { LINE_FACTOR, PT_TO_MM, SPACE, type PageFormat } from './formats';

/**
 * The small layout engine every section renderer uses: a cursor that moves
 * down the page, paragraphs that break between lines, headings that never end
 * a page (each keeps at least two lines of what follows), tables whose head
 * repeats and never sits alone at a page foot, outline entries and internal
 * links resolved once every page exists.
 */

export const FONT = 'BeVietnamPro';
type Rgb = [number, number, number];
type Style = 'normal' | 'bold';

export interface TextStyle {
  size?: number;
  style?: Style;
  color?: Rgb;
  /** Millimetres from the left margin. */
  indent?: number;
}

export interface TableColumn {
  /** Millimetres; exactly one column leaves it out and takes the rest. */
  width?: number;
  style?: Partial<Styles>;
}

export interface TableSpec {
  columns: TableColumn[];
  head?: string[];
  body: string[][];
  /** Called for every drawn body cell (links, marks). */
  onBodyCell?: (data: CellHookData) => void;
  bodyStyle?: Partial<Styles>;
  plain?: boolean;
}

type OutlineNode = unknown;

export class PdfWriter {
  y: number;
  private readonly anchors = new Map<string, { page: number; y: number }>();
  private readonly links: { page: number; x: number; y: number; w: number; h: number; anchor: string }[] = [];
  private readonly wrapped = new Map<string, readonly string[]>();

  constructor(
    readonly doc: JsPdf,
    private readonly autoTable: typeof AutoTable,
    readonly f: PageFormat,
  ) {
    this.y = f.margin.top;
    doc.setLineHeightFactor(LINE_FACTOR);
  }

  get left(): number {
    return this.f.margin.side;
  }
  get width(): number {
    return this.f.width - 2 * this.f.margin.side;
  }
  get bottom(): number {
    return this.f.height - this.f.margin.bottom;
  }
  get page(): number {
    return this.doc.getCurrentPageInfo().pageNumber;
  }
  get atTop(): boolean {
    return this.y <= this.f.margin.top + 0.01;
  }

  lineHeight(size = this.f.size.body): number {
    return size * PT_TO_MM * LINE_FACTOR;
  }

  font(size: number, style: Style = 'normal', color: Rgb = COLOR.text): void {
    this.doc.setFont(FONT, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  /**
   * `text` broken into lines of at most `width` mm. Layout asks for the same text more than once (to
   * keep a title with its first field, then to draw it; the same labels on every question), and
   * breaking is a tenth of a report's time, so each answer is kept for the document.
   */
  wrap(text: string, width: number, size = this.f.size.body, style: Style = 'normal'): readonly string[] {
    const key = `${size}|${style}|${width}|${text}`;
    let wrapped = this.wrapped.get(key);
    if (!wrapped) {
      this.font(size, style);
      wrapped = text.split('\n').flatMap((part) => (part ? (this.doc.splitTextToSize(part, width) as string[]) : ['']));
      this.wrapped.set(key, wrapped);
    }
    return wrapped;
  }

  /** The width a cell needs so that none of the words of `text` (in bold, as a table head) breaks. */
  wordWidth(text: string, size = this.f.size.body): number {
    this.font(size, 'bold');
    // Split at plain spaces only: a non-breaking space ("Câu\u00a014") holds its words together.
    const widest = Math.max(0, ...text.split(/ +/).map((word) => this.doc.getTextWidth(word)));
    return Math.ceil(widest + 2 * SPACE.cellPadding + 0.5);
  }

  newPage(): void {
    this.doc.addPage();
    this.y = this.f.margin.top;
  }

  /** Room for `height` mm below the cursor, or a new page. */
  ensure(height: number): void {
    if (this.y + height > this.bottom && !this.atTop) this.newPage();
  }

  space(mm: number): void {
    if (!this.atTop) this.y += mm;
  }

  /** Draws lines already wrapped, breaking pages between lines. */
  lines(
    lines: readonly string[],
    { size = this.f.size.body, style = 'normal', color = COLOR.text, indent = 0 }: TextStyle = {},
  ): void {
    const lh = this.lineHeight(size);
    // The font is the document's state, not the page's: a page break between lines keeps it.
    this.font(size, style, color);
    let next = 0;
    while (next < lines.length) {
      this.ensure(lh);
      // The lines that fit above the page foot go in one text block (jsPDF's per-call work is most of
      // the cost of drawing text): its line spacing is the font size times LINE_FACTOR, as lh is.
      const first = next;
      const top = this.y;
      do {
        this.y += lh;
        next += 1;
      } while (next < lines.length && this.y + lh <= this.bottom);
      const run = lines.slice(first, next);
      this.doc.text(run.length === 1 ? run[0] : run, this.left + indent, top + lh * 0.78);
    }
  }

  paragraph(text: string, style: TextStyle = {}): void {
    const size = style.size ?? this.f.size.body;
    this.lines(this.wrap(text, this.width - (style.indent ?? 0), size, style.style), style);
    this.y += SPACE.afterParagraph;
  }

  /** A heading kept with `keep` mm of what follows (two body lines unless told). */
  heading(text: string, level: 1 | 2 | 3, keep = 2 * this.lineHeight()): void {
    const size = level === 1 ? this.f.size.h1 : level === 2 ? this.f.size.h2 : this.f.size.h3;
    const wrapped = this.wrap(text, this.width, size, 'bold');
    const height = wrapped.length * this.lineHeight(size) + SPACE.afterHeading + (level === 1 ? SPACE.afterRule : 0);
    this.space(level === 3 ? SPACE.betweenEntries : SPACE.beforeHeading);
    this.ensure(height + keep);
    this.lines(wrapped, { size, style: 'bold', color: level === 3 ? COLOR.text : COLOR.accent });
    if (level === 1) {
      this.doc.setDrawColor(...COLOR.accent);
      this.doc.setLineWidth(0.4);
      this.doc.line(this.left, this.y + 0.6, this.left + this.width, this.y + 0.6);
      this.y += SPACE.afterRule;
    }
    this.y += SPACE.afterHeading;
  }

  outline(title: string, parent: OutlineNode | null = null): OutlineNode {
    const outline = (this.doc as unknown as { outline: { add: (p: unknown, t: string, o: object) => unknown } })
      .outline;
    return outline.add(parent, title, { pageNumber: this.page });
  }

  anchor(id: string): void {
    this.anchors.set(id, { page: this.page, y: this.y });
  }

  link(x: number, y: number, w: number, h: number, anchor: string): void {
    this.links.push({ page: this.page, x, y, w, h, anchor });
  }

  /** Internal links point forward (plan → details): added once every target exists. */
  resolveLinks(): void {
    for (const l of this.links) {
      const target = this.anchors.get(l.anchor);
      if (!target) continue;
      this.doc.setPage(l.page);
      this.doc.link(l.x, l.y, l.w, l.h, { pageNumber: target.page, top: Math.max(0, target.y - 2), magFactor: 'XYZ' });
    }
  }

  private columnWidths(columns: TableColumn[]): number[] {
    const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    return columns.map((c) => c.width ?? this.width - fixed);
  }

  private rowHeight(cells: string[], widths: number[], style: Style): number {
    const size = this.f.size.body;
    const lines = Math.max(...cells.map((c, i) => this.wrap(c, widths[i] - 2 * SPACE.cellPadding, size, style).length));
    return lines * this.lineHeight(size) + 2 * SPACE.cellPadding;
  }

  /** Height of a table's head and first row: what must fit for the table to start here. */
  tableLead(spec: TableSpec): number {
    const widths = this.columnWidths(spec.columns);
    const head = spec.head ? this.rowHeight(spec.head, widths, 'bold') : 0;
    return head + (spec.body[0] ? this.rowHeight(spec.body[0], widths, 'normal') : 0);
  }

  table(spec: TableSpec): void {
    this.ensure(this.tableLead(spec));
    const widths = this.columnWidths(spec.columns);
    const columnStyles = Object.fromEntries(spec.columns.map((c, i) => [i, { cellWidth: widths[i], ...c.style }]));
    const options: UserOptions = {
      startY: this.y,
      margin: { top: this.f.margin.top, bottom: this.f.margin.bottom, left: this.left, right: this.f.margin.side },
      styles: {
        font: FONT,
        fontStyle: 'normal',
        fontSize: this.f.size.body,
        cellPadding: SPACE.cellPadding,
        // No cell borders: alternate shading separates rows, and every border is bytes in the file.
        lineWidth: 0,
        textColor: COLOR.text,
        overflow: 'linebreak',
        valign: 'top',
      },
      headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOR.accent, textColor: [255, 255, 255] },
      bodyStyles: { font: FONT, fontStyle: 'normal', ...spec.bodyStyle },
      alternateRowStyles: spec.plain ? {} : { fillColor: [247, 247, 247] },
      columnStyles: columnStyles as UserOptions['columnStyles'],
      head: spec.head ? [spec.head] : undefined,
      body: spec.body as RowInput[],
      columns: undefined as ColumnInput[] | undefined,
      showHead: 'everyPage',
      // A row stays on one page; only a row taller than a page (a very long note) splits.
      rowPageBreak: 'avoid',
      theme: 'plain',
      didDrawCell: (data) => {
        if (data.section === 'body') spec.onBodyCell?.(data);
      },
    };
    this.autoTable(this.doc, options);
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + SPACE.afterTable;
  }

  /** The answer's shape, centred on (x, y), `d` mm across: never colour alone. */
  mark(tone: Tone, x: number, y: number, d: number): void {
    const { color, shape } = TONE[tone];
    const r = d / 2;
    this.doc.setFillColor(...color);
    this.doc.setDrawColor(...color);
    this.doc.setLineWidth(0.35);
    if (shape === 'disc') this.doc.circle(x, y, r, 'F');
    else if (shape === 'ring') this.doc.circle(x, y, r * 0.85, 'S');
    else if (shape === 'square') this.doc.rect(x - r * 0.85, y - r * 0.85, d * 0.85, d * 0.85, 'F');
    else if (shape === 'dash') this.doc.rect(x - r, y - 0.35, d, 0.7, 'F');
    else if (shape === 'diamond') this.doc.triangle(x - r, y, x, y - r, x + r, y, 'F');
    else {
      this.doc.circle(x, y, r * 0.85, 'S');
      this.doc.rect(x - r * 0.85, y, d * 0.85, r * 0.85, 'F');
    }
    if (shape === 'diamond') this.doc.triangle(x - r, y, x, y + r, x + r, y, 'F');
  }
}
