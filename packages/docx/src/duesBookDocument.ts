import { checkArgument } from '@chibo/core/schemas';
import { type DuesBook, DuesBookArgument } from '@chibo/core/year';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import { formatLongDate } from './format';
import {
  bodyLine,
  dashLine,
  documentTitle,
  gridTable,
  heading,
  signatureBlock,
} from './layout';
import {
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
  value,
  wording,
} from './model';
import type { DocumentOptions } from './options';
import { packDocument } from './packDocument';
import {
  checkDocumentCell,
  createYearDocumentContext,
  formatDong,
  formatMonths,
  monthHeading,
  type YearDocumentCell,
  type YearDocumentContext,
  yearDocumentHeader,
} from './yearDocumentParts';

/** The options of {@link renderDuesBook}. */
export interface DuesBookDocumentOptions
  extends Omit<DocumentOptions, 'number'> {
  /** The cell that keeps the book: the dues book does not name it (R-DOC-2). */
  cell: YearDocumentCell;
  /** The member who keeps the book, signed under "NGƯỜI GHI SỔ". */
  keeper?: string | undefined;
  /** The bí thư, signed under "T/M CHI BỘ / BÍ THƯ". */
  secretary?: string | undefined;
}

const TABLE_SIZE = 9;
const dd = (date: string) => `${date.slice(8, 10)}/${date.slice(5, 7)}`;
type Line = DuesBook['members'][number]['months'][number];

/** One month's cell: what was paid and the day, or a mark (see the legend). */
function monthCell(line: Line, locale: YearDocumentContext['locale']) {
  if (line.status === 'excused') return [wording('x')];
  if (line.status === 'unpaid') return [wording('–')];
  if (line.paid === 0) return [wording(' ')];
  const mark = line.status === 'partly-paid' ? '*' : '';
  const day = line.paidOn ? `\n${dd(line.paidOn)}` : '';
  return [wording(`${formatDong(line.paid, locale)}${mark}${day}`)];
}

/** The members' months `from`..`from + 5`, with a total row (R-DUES-2). */
function halfYear(
  book: DuesBook,
  from: number,
  ctx: YearDocumentContext,
): DocumentBlock {
  const { say, locale } = ctx;
  const range = [0, 1, 2, 3, 4, 5].map((i) => from + i);
  const money = (n: number) => [wording(formatDong(n, locale))];
  const rows: DocumentRun[][][] = book.members.map((member, i) => {
    const dues = [
      ...new Set(member.months.map((m) => m.due).filter((d) => d !== null)),
    ];
    const paid = range.reduce((n, m) => n + (member.months[m]?.paid ?? 0), 0);
    return [
      [wording(String(i + 1))],
      [value(cleanText(member.name))],
      [wording(dues.map((d) => formatDong(d ?? 0, locale)).join('; ') || '–')],
      ...range.map((m) =>
        member.months[m] ? monthCell(member.months[m], locale) : money(0),
      ),
      money(paid),
    ];
  });
  rows.push([
    [wording(' ')],
    [wording(say('Cộng', 'Total'), { bold: true })],
    [wording(' ')],
    ...range.map((m) => money(book.months[m]?.paid ?? 0)),
    money(range.reduce((n, m) => n + (book.months[m]?.paid ?? 0), 0)),
  ]);
  return gridTable(
    [6, 24, 11, 13.5, 13.5, 13.5, 13.5, 13.5, 13.5, 17],
    [
      'TT',
      say('Họ và tên', 'Name'),
      say('Mức đóng\n(đ/tháng)', 'Dues\n(đ/month)'),
      ...range.map((m) => monthHeading(m + 1, locale)),
      say('Cộng', 'Total'),
    ],
    rows,
    TABLE_SIZE,
  );
}

/** Per month: due, paid into the month, received in it; and the year. */
function monthTotals(book: DuesBook, ctx: YearDocumentContext): DocumentBlock {
  const { say, locale } = ctx;
  const money = (n: number) => [wording(formatDong(n, locale))];
  return gridTable(
    [22, 26, 26, 26],
    [
      say('Tháng', 'Month'),
      say('Phải thu (đ)', 'Due (đ)'),
      say('Đã nộp cho tháng (đ)', 'Paid for it (đ)'),
      say('Thu trong tháng (đ)', 'Received in it (đ)'),
    ],
    [
      ...book.months.map((m) => [
        [wording(`${m.month.slice(5, 7)}/${m.month.slice(0, 4)}`)],
        money(m.due),
        money(m.paid),
        money(m.collected),
      ]),
      [
        [wording(say('Cả năm', 'Year'), { bold: true })],
        money(book.total.due),
        money(book.total.paid),
        money(book.total.collected),
      ],
    ],
    10,
  );
}

/** Catch-up, ahead, excused, partly paid and unpaid months, in words. */
function notes(book: DuesBook, ctx: YearDocumentContext): DocumentBlock[] {
  const { say } = ctx;
  const blocks: DocumentBlock[] = [];
  const line = (name: string, text: string) =>
    blocks.push(dashLine([value(cleanText(name)), wording(`: ${text}.`)]));
  const method = (m: Line) =>
    m.methods.includes('transfer') ? say(' (chuyển khoản)', ' (transfer)') : '';
  for (const member of book.members) {
    for (const m of member.months) {
      const month = formatMonths([m.month]);
      if (m.late && m.paidOn)
        line(
          member.name,
          say(
            `tháng ${month} nộp bù ${formatLongDate(m.paidOn)}${method(m)}`,
            `${month} caught up on ${formatLongDate(m.paidOn, 'en')}${method(m)}`,
          ),
        );
      if (m.status === 'excused')
        line(
          member.name,
          say(
            `tháng ${month} có lý do chính đáng: ${cleanText(m.reason ?? '')}`,
            `${month} excused: ${cleanText(m.reason ?? '')}`,
          ),
        );
    }
    const ahead = member.months.filter((m) => m.ahead && m.paidOn);
    for (const paidOn of [...new Set(ahead.map((m) => m.paidOn ?? ''))]) {
      const months = ahead
        .filter((m) => m.paidOn === paidOn)
        .map((m) => m.month);
      line(
        member.name,
        say(
          `nộp trước tháng ${formatMonths(months)} ${formatLongDate(paidOn)}`,
          `paid ${formatMonths(months)} ahead on ${formatLongDate(paidOn, 'en')}`,
        ),
      );
    }
    if (member.unpaidMonths.length > 0)
      line(
        member.name,
        say(
          `chưa nộp đủ tháng ${formatMonths(member.unpaidMonths)}, không có lý do chính đáng (R-ATT-3: 3 tháng trong năm thuộc diện xem xét xóa tên)`,
          `not paid in full for ${formatMonths(member.unpaidMonths)}, without a valid reason (R-ATT-3: 3 months in a year make a removal candidate)`,
        ),
      );
  }
  if (blocks.length === 0) blocks.push(dashLine(say('Không có.', 'None.')));
  return blocks;
}

function duesBookModel(
  book: DuesBook,
  cell: YearDocumentCell,
  ctx: YearDocumentContext,
  options: DuesBookDocumentOptions,
): DocumentModel {
  const { say, locale } = ctx;
  const title = say('SỔ THU ĐẢNG PHÍ', 'DUES BOOK');
  const asOf =
    book.asOf === `${book.year}-12-31`
      ? []
      : [
          [
            wording(
              say(
                `Số liệu đến ${formatLongDate(book.asOf)}`,
                `Figures as of ${formatLongDate(book.asOf, 'en')}`,
              ),
            ),
          ],
        ];
  return assertComplete({
    kind: 'dues-book',
    date: ctx.date,
    title: `${title} ${book.year}`,
    blocks: [
      yearDocumentHeader(cell, ctx, ''),
      ...documentTitle(title, [
        [wording(say(`Năm ${book.year}`, `Year ${book.year}`))],
        ...asOf,
      ]),
      bodyLine(
        say(
          `Mức đóng theo ${book.texts.join(', ') || 'bảng mức của chi bộ'} (R-DUES-1), làm tròn đến đồng. Mỗi ô ghi số tiền đã nộp cho tháng và ngày nộp; “–”: chưa nộp; “x”: có lý do chính đáng; “*”: nộp chưa đủ; để trống: chưa đến hạn hoặc chưa phải đóng.`,
          `Dues under ${book.texts.join(', ') || "the cell's table"} (R-DUES-1), in whole đồng. Each cell shows what was paid for the month and the day; “–”: unpaid; “x”: a valid reason; “*”: not paid in full; blank: not due yet.`,
        ),
      ),
      heading(say('I. SỐ ĐÃ NỘP THEO THÁNG', 'I. PAID, MONTH BY MONTH')),
      halfYear(book, 0, ctx),
      bodyLine(' '),
      halfYear(book, 6, ctx),
      heading(say('II. TỔNG HỢP THEO THÁNG', 'II. TOTALS BY MONTH')),
      monthTotals(book, ctx),
      heading(say('III. GHI CHÚ', 'III. NOTES')),
      ...notes(book, ctx),
      bodyLine(
        say(
          `Cả năm: phải thu ${formatDong(book.total.due, locale)} đ, đã nộp ${formatDong(book.total.paid, locale)} đ.`,
          `The year: ${formatDong(book.total.due, locale)} đ due, ${formatDong(book.total.paid, locale)} đ paid.`,
        ),
      ),
      ...signatureBlock(
        { titles: [say('NGƯỜI GHI SỔ', 'KEPT BY')], name: options.keeper },
        {
          titles: [
            say('T/M CHI BỘ', 'FOR THE CELL'),
            say('BÍ THƯ', 'SECRETARY'),
          ],
          name: options.secretary,
        },
      ),
    ],
  });
}

function prepare(book: DuesBook, options: DuesBookDocumentOptions) {
  checkArgument('book', DuesBookArgument, book);
  const cell = checkDocumentCell(
    (options as { cell?: unknown } | undefined)?.cell,
  );
  const ctx = createYearDocumentContext(
    options && { ...options, number: undefined },
    cell,
    book.asOf,
  );
  const names = (['keeper', 'secretary'] as const).map((key) => {
    const name = options[key];
    return typeof name === 'string' && cleanText(name) !== ''
      ? cleanText(name)
      : undefined;
  });
  return {
    cell,
    ctx,
    options: { ...options, keeper: names[0], secretary: names[1] },
  };
}

/**
 * The document model of the dues book (sổ thu đảng phí, R-DUES-2), for
 * inspection or a custom writer; {@link renderDuesBook} writes it as .docx.
 *
 * @param book - the book, from `getDuesBook` of `@chibo/core/year`.
 * @param options - the cell, language, place, date, signers, margins, font.
 * @returns the model.
 * @throws ChiboError `invalid-argument` for a book that is not one (with the
 *   path of every wrong field) or bad options.
 * @example
 * ```ts
 * const model = buildDuesBook(book, { cell: { name: 'Chi bộ thôn Trang Nùng', parentName: 'Đảng bộ xã Xuân Quang', placeName: 'Xuân Quang' } });
 * getModelText(model).includes('SỔ THU ĐẢNG PHÍ'); // true
 * ```
 */
export function buildDuesBook(
  book: DuesBook,
  options: DuesBookDocumentOptions,
): DocumentModel {
  const prepared = prepare(book, options);
  return duesBookModel(book, prepared.cell, prepared.ctx, prepared.options);
}

/**
 * The dues book of a cell (sổ thu đảng phí, R-DUES-1, R-DUES-2) as a .docx
 * file in the Party document format (R-DOC-1..5): the 36-HD header, "SỔ THU
 * ĐẢNG PHÍ / Năm 2027", per member and month what was paid and on which day
 * (two tables of six months, a total row each), the totals per month (due,
 * paid into the month, received in it) and for the year, notes for every
 * payment caught up or made ahead, every excused month and every month
 * unpaid (R-ATT-3), and the signatures. Vietnamese by default, English with
 * `locale: 'en'`; the same book gives the same bytes (R-DOC-9: the date is
 * the day the book was read on, or `options.date`).
 *
 * @param book - the book, from `getDuesBook` of `@chibo/core/year`.
 * @param options - the cell, language, place, date, signers, margins, font.
 * @returns the .docx bytes.
 * @throws ChiboError `invalid-argument` for a book that is not one (with the
 *   path of every wrong field) or bad options.
 * @example
 * ```ts
 * import { getDuesBook } from '@chibo/core/year';
 * const book = getDuesBook(input, { year: 2027, rates });
 * const bytes = await renderDuesBook(book, {
 *   cell: { name: 'Chi bộ thôn Trang Nùng', parentName: 'Đảng bộ xã Xuân Quang', placeName: 'Xuân Quang' },
 *   secretary: 'Hoàng Văn Minh',
 * });
 * ```
 */
export async function renderDuesBook(
  book: DuesBook,
  options: DuesBookDocumentOptions,
): Promise<Uint8Array> {
  const prepared = prepare(book, options);
  return packDocument(
    duesBookModel(book, prepared.cell, prepared.ctx, prepared.options),
    prepared.ctx.options,
  );
}
