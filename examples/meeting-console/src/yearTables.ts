import { getLabel } from '@chibo/core';
import {
  annualLevelLabels,
  type CellYearSummary,
  formatDistribution,
  formatShare,
} from '@chibo/core/year';
import { h } from './dom';

type Cell = Node | string;

const dong = new Intl.NumberFormat('vi-VN');
/** `2027-03` as "Tháng 3". */
const monthName = (month: string) => `Tháng ${Number(month.slice(5))}`;
/** `2027-03-09` as "09/03/2027". */
const dayName = (date: string) => date.split('-').reverse().join('/');
/** `2027-03` as "3/2027". */
const monthYear = (month: string) =>
  `${Number(month.slice(5))}/${month.slice(0, 4)}`;
/** `2027-03` as "cuối tháng 3/2027"; `null` as "—". */
const atMonthEnd = (month: string | null) =>
  month === null ? '—' : `cuối tháng ${monthYear(month)}`;
const keysOf = <TKey extends string>(record: Record<TKey, unknown>) =>
  Object.keys(record) as TKey[];

/**
 * A table with a caption, a header row and rows; a row's first item may be
 * its attributes (e.g. `data-testid`).
 * @param testId - the table's `data-testid`.
 * @param caption - its title.
 * @param head - the column headings.
 * @param rows - the rows.
 * @returns the table.
 */
function table(
  testId: string,
  caption: string,
  head: readonly string[],
  rows: ReadonlyArray<{ attrs?: Record<string, string>; cells: Cell[] }>,
): HTMLTableElement {
  return h(
    'table',
    { 'data-testid': testId, class: 'year-table' },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((text) => h('th', {}, text)))),
    h(
      'tbody',
      {},
      ...rows.map((row) =>
        h('tr', row.attrs ?? {}, ...row.cells.map((cell) => h('td', {}, cell))),
      ),
    ),
  );
}

/**
 * The regular meetings month by month (R-FREQ-1, R-ATT-1, R-RATE-4): the
 * day, members present of those expected, opinions and the approved rating,
 * with the year's totals.
 * @param s - the year's summary.
 * @returns the table.
 */
export function meetingsTable(s: CellYearSummary): HTMLTableElement {
  const levelOf = new Map<string, string>();
  for (const level of keysOf(s.ratings.meetingIds)) {
    for (const id of s.ratings.meetingIds[level]) {
      levelOf.set(id, getLabel('ratingLevel', level));
    }
  }
  const opinions = new Map(
    s.opinions.byMeeting.map((o) => [o.meetingId, o.count]),
  );
  const { attendance } = s;
  return table(
    'year-meetings',
    'Sinh hoạt thường kỳ theo tháng',
    ['Tháng', 'Ngày', 'Có mặt', 'Ý kiến', 'Xếp loại'],
    [
      ...attendance.meetings.map((m) => ({
        attrs: { 'data-month': m.month },
        cells: [
          monthName(m.month),
          dayName(m.date),
          formatShare(m.present, m.expected),
          String(opinions.get(m.meetingId) ?? 0),
          levelOf.get(m.meetingId) ?? 'Chưa xếp loại',
        ],
      })),
      {
        attrs: { 'data-testid': 'year-meetings-total' },
        cells: [
          'Cả năm',
          `${s.regularMeetings.held}/${s.regularMeetings.of} tháng`,
          formatShare(attendance.present, attendance.expected),
          String(s.opinions.total),
          s.ratings.level ? getLabel('ratingLevel', s.ratings.level) : '—',
        ],
      },
    ],
  );
}

/**
 * The regular meetings per rating level, with shares adding up to 100,00%
 * (R-RATE-4, R-YEAR-2).
 * @param s - the year's summary.
 * @returns the table.
 */
export function ratingsTable(s: CellYearSummary): HTMLTableElement {
  const shares = formatDistribution({ counts: s.ratings.counts });
  return table(
    'year-ratings',
    'Xếp loại chất lượng sinh hoạt',
    ['Mức', 'Số cuộc (tỷ lệ)'],
    keysOf(shares).map((level) => ({
      attrs: { 'data-level': level },
      cells: [getLabel('ratingLevel', level), shares[level]],
    })),
  );
}

/**
 * Each member's annual level and the levels' shares (R-YEAR-1); members not
 * rated (an exempt member) are named apart.
 * @param s - the year's summary.
 * @returns the tables, or a note when no review was given.
 */
export function levelsTables(s: CellYearSummary): Cell[] {
  const { levels } = s;
  if (!levels) return [h('p', { class: 'note' }, 'Chưa có kết quả xếp loại.')];
  const shares = formatDistribution(levels.distribution);
  return [
    table(
      'year-level-shares',
      'Xếp loại đảng viên',
      ['Mức', 'Số đảng viên (tỷ lệ)'],
      keysOf(shares).map((level) => ({
        attrs: { 'data-level': level },
        cells: [annualLevelLabels[level].vi, shares[level]],
      })),
    ),
    table(
      'year-levels',
      'Kết quả xếp loại từng đảng viên',
      ['Họ và tên', 'Điểm', 'Mức'],
      [
        ...levels.members.map((m) => ({
          attrs: { 'data-member': m.memberId },
          cells: [
            m.name,
            m.total === null ? '—' : String(m.total).replace('.', ','),
            m.level ? annualLevelLabels[m.level].vi : 'Chưa xếp loại',
          ],
        })),
        ...levels.notRated.map((m) => ({
          attrs: { 'data-member': m.memberId },
          cells: [
            m.name,
            '—',
            m.exempt ? 'Không xếp loại (miễn sinh hoạt)' : 'Chưa xếp loại',
          ],
        })),
      ],
    ),
  ];
}

/**
 * The dues month by month (R-DUES-2): due, paid into the month, received in
 * it, with the year's totals.
 * @param s - the year's summary.
 * @returns the table, or a note without a dues book.
 */
export function duesTable(s: CellYearSummary): Cell {
  const { dues } = s;
  if (!dues) return h('p', { class: 'note' }, 'Chưa có sổ thu đảng phí.');
  const row = (name: string, m: (typeof dues.months)[number] | typeof dues) => [
    name,
    dong.format(m.due),
    dong.format(m.paid),
    dong.format(m.collected),
  ];
  return table(
    'year-dues',
    'Đảng phí theo tháng (đồng)',
    ['Tháng', 'Phải thu', 'Đã nộp cho tháng', 'Thu trong tháng'],
    [
      ...dues.months.map((m) => ({
        attrs: { 'data-month': m.month },
        cells: row(monthName(m.month), m),
      })),
      {
        attrs: { 'data-testid': 'year-dues-total' },
        cells: row('Cả năm', dues),
      },
    ],
  );
}

/**
 * The members warned (2 months) and flagged (3 months) under R-ATT-3, with
 * the months that caused it: proposals the cell considers, never decisions.
 * @param s - the year's summary.
 * @returns the table, or a note when nobody was.
 */
export function removalTable(s: CellYearSummary): Cell {
  const rows = [...s.removal.flagged, ...s.removal.warned];
  if (rows.length === 0) {
    return h('p', { class: 'note' }, 'Không có đảng viên nào bị nhắc nhở.');
  }
  return table(
    'year-removal',
    'Đảng viên bị nhắc nhở, đề nghị xem xét xóa tên (R-ATT-3)',
    ['Họ và tên', 'Nhắc nhở', 'Đề nghị xem xét xóa tên', 'Lý do'],
    rows.map((flag) => ({
      attrs: {
        'data-testid': `removal-${flag.memberId}`,
        'data-flagged-at': flag.flaggedAt ?? '',
      },
      cells: [
        flag.name,
        atMonthEnd(flag.warnedAt),
        atMonthEnd(flag.flaggedAt),
        [
          flag.unpaidDues.length > 0 &&
            `chưa nộp đảng phí tháng ${flag.unpaidDues.map(monthYear).join(', ')}`,
          flag.unexcusedAbsence.length > 0 &&
            `vắng không lý do tháng ${flag.unexcusedAbsence.map(monthYear).join(', ')}`,
        ]
          .filter(Boolean)
          .join('; '),
      ],
    })),
  );
}
