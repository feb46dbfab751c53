import type { DocumentParagraph, DocumentTable } from './model';

/** Letters of at most a third of an em in Times New Roman bold. */
const NARROW = " ijlftI.,:;'()/-";
/** Letters of about an em. */
const WIDE = 'MWmw%';
/** Room a table cell takes for its left and right margins, in twips. */
export const CELL_PADDING = 240;

/**
 * How wide a line prints in Times New Roman bold (or Liberation Serif, which
 * has the same widths), in twips, rounded up from a few classes of letters:
 * narrow (i, l, t, space…), wide (M, W, m, w, %), capitals, and the rest.
 * Diacritics do not change a letter's width. It errs on the wide side, so a
 * column given this width holds the line (R-DOC-2b).
 *
 * @param line - one line of text.
 * @param size - the font size in points.
 * @returns the width in twips.
 */
export function estimateTextWidth(line: string, size: number): number {
  let em = 0;
  for (const ch of line.normalize('NFD')) {
    if (ch >= '\u0300' && ch <= '\u036f') continue;
    em += NARROW.includes(ch)
      ? 0.34
      : WIDE.includes(ch)
        ? 1
        : ch === 'Đ' || (ch >= 'A' && ch <= 'Z')
          ? 0.78
          : 0.56;
  }
  return Math.ceil(em * size * 20);
}

/**
 * The width the widest line of some paragraphs needs, in twips, with the
 * cell's margins: the paragraphs' lines (a `\n` in a run starts a new one)
 * must not wrap.
 *
 * @param paragraphs - the paragraphs of a cell.
 * @param bodySize - the size of a run that gives none, in points.
 * @returns the width in twips.
 */
export function getLinesWidth(
  paragraphs: readonly DocumentParagraph[],
  bodySize: number,
): number {
  let widest = 0;
  for (const p of paragraphs) {
    const size = Math.max(0, ...p.runs.map((r) => r.size ?? bodySize));
    for (const line of p.runs
      .map((r) => r.text)
      .join('')
      .split('\n')) {
      widest = Math.max(widest, estimateTextWidth(line, size));
    }
  }
  return widest + CELL_PADDING;
}

/**
 * The widths of a table's columns in twips (R-DOC-2b: column headings such as
 * "TT" do not wrap): the relative widths scaled to the text width, then every
 * column of a heading row widened to hold its heading's lines, the room taken
 * from the columns that have more than their heading needs. When the headings
 * cannot all fit, the columns share the width in proportion to their needs.
 *
 * @param table - the table.
 * @param textWidth - the width between the margins, in twips.
 * @param bodySize - the body font size in points.
 * @returns one width per column.
 */
export function getColumnWidths(
  table: DocumentTable,
  textWidth: number,
  bodySize: number,
): number[] {
  const { columns } = table;
  const total = columns.reduce((a, b) => a + b, 0);
  const widths = columns.map((c) =>
    Math.floor(
      total > 0 ? (c / total) * textWidth : textWidth / columns.length,
    ),
  );
  const head = table.rows[0];
  if (!table.headerRow || !head) return widths;
  const needs = widths.map((_, i) => getLinesWidth(head[i] ?? [], bodySize));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const missing = sum(needs.map((n, i) => Math.max(0, n - (widths[i] ?? 0))));
  if (missing === 0) return widths;
  const spare = widths.map((w, i) => Math.max(0, w - (needs[i] ?? 0)));
  const spareTotal = sum(spare);
  if (spareTotal < missing) {
    const needed = sum(needs);
    return needs.map((n) => Math.floor((n / needed) * textWidth));
  }
  return widths.map((w, i) =>
    Math.max(
      needs[i] ?? 0,
      w - Math.ceil(((spare[i] ?? 0) / spareTotal) * missing),
    ),
  );
}
