import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { Locale } from '../i18n/labels';
import { type DuesBook, DuesMonthStatus } from './duesBook';

/** The options of `duesBookToCsv`. */
export interface DuesBookToCsvOptions {
  /** The headers' and statuses' language. @defaultValue 'vi' */
  locale?: Locale | undefined;
  /** Start with a UTF-8 byte order mark, so Excel reads the diacritics. @defaultValue true */
  bom?: boolean | undefined;
}

const headers: Record<Locale, string[]> = {
  vi: [
    'STT',
    'Mã đảng viên',
    'Họ và tên',
    'Nhóm',
    'Tháng',
    'Phải nộp (đ)',
    'Đã nộp (đ)',
    'Ngày nộp',
    'Hình thức',
    'Tình trạng',
    'Ghi chú',
  ],
  en: [
    'No.',
    'Member id',
    'Name',
    'Group',
    'Month',
    'Due (VND)',
    'Paid (VND)',
    'Paid on',
    'Method',
    'Status',
    'Note',
  ],
};

const statuses: Record<Locale, Record<DuesMonthStatus, string>> = {
  vi: {
    paid: 'Đã nộp đủ',
    'partly-paid': 'Nộp chưa đủ',
    unpaid: 'Chưa nộp',
    excused: 'Có lý do',
    upcoming: 'Chưa đến hạn',
    'not-due': 'Không phải nộp',
  },
  en: {
    paid: 'Paid',
    'partly-paid': 'Partly paid',
    unpaid: 'Unpaid',
    excused: 'Excused',
    upcoming: 'Upcoming',
    'not-due': 'Not due',
  },
};

const methods: Record<Locale, Record<string, string>> = {
  vi: { cash: 'Tiền mặt', transfer: 'Chuyển khoản', other: 'Khác' },
  en: { cash: 'Cash', transfer: 'Transfer', other: 'Other' },
};

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, a quote or a line
 * break, quotes doubled. A text that Excel would run as a formula (starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return) is prefixed with `'`.
 */
function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

const BookArgument = z.looseObject({
  year: z.number().int(),
  members: z.array(
    z.looseObject({
      memberId: z.string(),
      name: z.string(),
      group: z.string().nullable(),
      months: z.array(
        z.looseObject({
          month: z.string(),
          due: z.number().int().nullable(),
          paid: z.number().int(),
          paidOn: z.string().nullable(),
          methods: z.array(z.string()),
          status: DuesMonthStatus,
          reason: z.string().optional(),
        }),
      ),
    }),
  ),
  total: z.looseObject({ due: z.number().int(), paid: z.number().int() }),
});

/**
 * The dues book as CSV (R-DUES-2): one line per member and month — due,
 * paid, date, method, status, reason — and a last line with the year's
 * totals. RFC 4180: comma-separated, CRLF line ends, fields quoted where
 * needed; UTF-8 with a byte order mark so Excel shows the diacritics.
 * Amounts are whole đồng without separators, so a spreadsheet reads them
 * as numbers.
 *
 * @param book - from `getDuesBook`.
 * @param options - the language, the byte order mark.
 * @returns the CSV text.
 * @throws ChiboError (`invalid-argument`) for a book that is not one.
 * @example
 * ```ts
 * await writeFile('so-thu-dang-phi-2027.csv', duesBookToCsv(book));
 * ```
 */
export function duesBookToCsv(
  book: DuesBook,
  options: DuesBookToCsvOptions = {},
): string {
  const parsed = checkArgument('book', BookArgument, book);
  const { locale = 'vi', bom = true } = checkArgument(
    'options',
    z.looseObject({
      locale: z.enum(['vi', 'en']).optional(),
      bom: z.boolean().optional(),
    }),
    options,
  );
  const rows: Array<Array<string | number | null>> = [headers[locale]];
  parsed.members.forEach((member, index) => {
    for (const line of member.months) {
      rows.push([
        index + 1,
        member.memberId,
        member.name,
        member.group,
        line.month,
        line.due,
        line.paid,
        line.paidOn,
        line.methods.map((m) => methods[locale][m] ?? m).join('; '),
        statuses[locale][line.status],
        line.reason ?? null,
      ]);
    }
  });
  rows.push([
    null,
    null,
    locale === 'vi' ? `Tổng cộng năm ${parsed.year}` : `Total ${parsed.year}`,
    null,
    null,
    parsed.total.due,
    parsed.total.paid,
    null,
    null,
    null,
    null,
  ]);
  const text = rows.map((row) => row.map(field).join(',')).join('\r\n');
  return `${bom ? '\uFEFF' : ''}${text}\r\n`;
}
