import type { Locale } from '@chibo/core';
import { cleanText } from './cleanText';
import {
  type DocumentBlock,
  type DocumentParagraph,
  type DocumentRun,
  type DocumentTable,
  paragraph,
  value,
  wording,
} from './model';
import { getLinesWidth } from './textWidth';

/** Font sizes in points (R-DOC-2, R-DOC-5). */
export const SIZES = Object.freeze({
  header: 14,
  partyName: 15,
  documentName: 16,
  summary: 14,
  body: 14,
  table: 13,
});

/** What the two-column header shows (R-DOC-2). */
export interface HeaderParts {
  superior: string;
  issuer: string;
  /** The number and symbol, e.g. "Số 03-BB/CB" (R-DOC-3). */
  number?: string | undefined;
  /** The place and date, e.g. "Xuân Quang, ngày 09 tháng 3 năm 2027" (R-DOC-4). */
  placeAndDate: string;
}

const upper = (text: string, locale: Locale) =>
  cleanText(text).toLocaleUpperCase(locale === 'vi' ? 'vi-VN' : 'en-US');

/**
 * The header of R-DOC-2 and R-DOC-2b, a borderless table of two rows. Row 1:
 * on the left the superior organisation (14 pt), the issuing cell (14 pt
 * bold) and "*"; on the right "ĐẢNG CỘNG SẢN VIỆT NAM" (15 pt bold,
 * underlined). Row 2: the number and symbol on the left and the place and
 * date (14 pt italic) on the right, so the two stand on the same line
 * whatever the names' lengths.
 *
 * @param parts - the names, number and date line.
 * @param locale - the document's language.
 * @returns the header as a borderless two-column table.
 */
export function documentHeader(
  parts: HeaderParts,
  locale: Locale,
): DocumentTable {
  const center = { align: 'center' as const };
  const size = SIZES.header;
  const top: DocumentParagraph[] = [
    paragraph([value(upper(parts.superior, locale), { size })], center),
    paragraph(
      [value(upper(parts.issuer, locale), { size, bold: true })],
      center,
    ),
    paragraph([wording('*', { size })], center),
  ];
  const party = paragraph(
    [
      wording(
        locale === 'vi'
          ? 'ĐẢNG CỘNG SẢN VIỆT NAM'
          : 'COMMUNIST PARTY OF VIET NAM',
        { size: SIZES.partyName, bold: true, underline: true },
      ),
    ],
    center,
  );
  const number = paragraph([wording(parts.number ?? ' ', { size })], center);
  const date = paragraph(
    [value(parts.placeAndDate, { size, italics: true })],
    center,
  );
  return {
    type: 'table',
    columns: [45, 55],
    rows: [
      [top, [party]],
      [[number], [date]],
    ],
    borders: false,
  };
}

/** The short rule under a title block (R-DOC-2b). */
export const TITLE_RULE = '-----';

/**
 * The document's name in capitals (16 pt bold), its summary lines (14 pt
 * bold), centred (R-DOC-5), and a short rule under them (R-DOC-2b).
 *
 * @param name - e.g. "BIÊN BẢN".
 * @param summary - the summary lines, as runs.
 * @returns the title paragraphs.
 */
export function documentTitle(
  name: string,
  summary: DocumentRun[][],
): DocumentParagraph[] {
  return [
    paragraph([wording(name, { size: SIZES.documentName, bold: true })], {
      align: 'center',
      spaceBefore: 18,
      keepNext: true,
    }),
    ...summary.map((runs) =>
      paragraph(
        runs.map((r) => ({ ...r, bold: true, size: SIZES.summary })),
        { align: 'center', keepNext: true },
      ),
    ),
    paragraph([wording(TITLE_RULE)], { align: 'center' }),
    paragraph([wording(' ')]),
  ];
}

/**
 * A section heading of the body (bold, kept with what follows).
 *
 * @param text - the heading.
 * @returns the paragraph.
 */
export function heading(text: string): DocumentParagraph {
  return paragraph([wording(text, { bold: true })], {
    spaceBefore: 6,
    keepNext: true,
  });
}

/**
 * A justified body paragraph with an indented first line.
 *
 * @param runs - the text.
 * @returns the paragraph.
 */
export function bodyLine(runs: DocumentRun[] | string): DocumentParagraph {
  return paragraph(runs, { align: 'justify', firstLineIndent: true });
}

/**
 * A body paragraph that starts with a dash.
 *
 * @param runs - the text after the dash.
 * @returns the paragraph.
 */
export function dashLine(runs: DocumentRun[] | string): DocumentParagraph {
  const content = typeof runs === 'string' ? [wording(runs)] : runs;
  return bodyLine([wording('- '), ...content]);
}

/**
 * A ruled table with a heading row, in the table size.
 *
 * @param columns - relative widths.
 * @param head - the heading cells.
 * @param rows - the rows, each cell a list of runs.
 * @param size - the font size in points.
 * @returns the table.
 */
export function gridTable(
  columns: number[],
  head: string[],
  rows: DocumentRun[][][],
  size: number = SIZES.table,
): DocumentTable {
  const cell = (runs: DocumentRun[], bold = false) => [
    paragraph(
      runs.map((r) => ({ ...r, size, bold: bold || r.bold })),
      { align: bold ? 'center' : 'left' },
    ),
  ];
  return {
    type: 'table',
    columns,
    borders: true,
    headerRow: true,
    rows: [
      head.map((h) => cell([wording(h)], true)),
      ...rows.map((row) => row.map((runs) => cell(runs))),
    ],
  };
}

/** One column of a signature block. */
export interface SignatureColumn {
  /** The lines above the space for the signature, e.g. ["T/M CHI BỘ", "BÍ THƯ"]. */
  titles: string[];
  /** The name under the signature; none leaves the space for a handwritten one. */
  name?: string | undefined;
  /** Paragraphs shown instead of a signature (the "Nơi nhận:" list). */
  lines?: DocumentParagraph[] | undefined;
}

/**
 * The narrowest text width chibo plans a signature block for, in twips: A4
 * with the wider margins R-DOC-1 allows (35 + 15 mm), less a little.
 */
const SIGNATURE_WIDTH = 9000;

/**
 * A borderless two-column signature block. The columns are halves unless a
 * title or name needs more: then each column gets what its longest line
 * needs and they share the rest, so that a title such as "XÁC NHẬN CỦA CẤP ỦY
 * CẤP TRÊN" never breaks across lines (R-DOC-2b).
 *
 * @param left - the left column.
 * @param right - the right column.
 * @returns the block.
 */
export function signatureBlock(
  left: SignatureColumn,
  right: SignatureColumn,
): DocumentBlock[] {
  // The column with fewer titles is padded, so the two names stand level.
  const rows = Math.max(left.titles.length, right.titles.length);
  const column = (c: SignatureColumn): DocumentParagraph[] => {
    if (c.lines) return c.lines;
    const titles = c.titles.map((t) =>
      paragraph([wording(t, { bold: true })], {
        align: 'center',
        keepNext: true,
      }),
    );
    while (titles.length < rows) {
      titles.push(paragraph([wording(' ')], { keepNext: true }));
    }
    const name = c.name
      ? [
          paragraph([value(c.name, { bold: true })], {
            align: 'center',
            spaceBefore: 60,
          }),
        ]
      : [paragraph([wording(' ')], { spaceBefore: 60 })];
    return [...titles, ...name];
  };
  const cells = [column(left), column(right)];
  const needs = [left, right].map((c, i) =>
    c.lines ? 0 : getLinesWidth(cells[i] ?? [], SIZES.body),
  );
  const [l = 0, r = 0] = needs;
  const spare = Math.max(0, (SIGNATURE_WIDTH - l - r) / 2);
  const columns =
    Math.max(l, r) <= SIGNATURE_WIDTH / 2
      ? [50, 50]
      : [Math.round(l + spare), Math.round(r + spare)];
  return [
    paragraph([wording(' ')], { keepNext: true }),
    { type: 'table', columns, rows: [cells], borders: false },
  ];
}
