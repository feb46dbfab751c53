import { getLabel, type Locale } from '@chibo/core';
import {
  annualLevelLabels,
  type CellYearSummary,
  formatDistribution,
  formatShare,
} from '@chibo/core/year';

/** `2027-03` as the minutes write it (`3/2027`), or as it is in English. */
const formatMonth = (month: string | null, locale: Locale) =>
  month === null
    ? '—'
    : locale === 'vi'
      ? `${Number(month.slice(5))}/${month.slice(0, 4)}`
      : month;

const keysOf = <TKey extends string>(record: Record<TKey, string>) =>
  Object.keys(record) as TKey[];

/**
 * The year's figures in a few lines (R-YEAR-3): regular meetings held of 12
 * (R-FREQ-1), the attendance over the year (R-ATT-1), the meeting ratings
 * per level (R-RATE-4), the members' annual levels (R-YEAR-1), the dues
 * collected (R-DUES-2) and the members flagged for removal (R-ATT-3).
 *
 * @param summary - from `summariseCellYear`.
 * @param locale - the language of the lines.
 * @returns the lines, indented under a heading.
 */
export function describeYear(
  summary: CellYearSummary,
  locale: Locale,
): string[] {
  const t = (vi: string, en: string) => (locale === 'vi' ? vi : en);
  const dong = (n: number) =>
    `${n.toLocaleString(locale === 'vi' ? 'vi-VN' : 'en-GB')} đ`;
  const { regularMeetings, thematicMeetings, attendance, ratings } = summary;
  const lines = [
    t(
      `   Sinh hoạt thường kỳ: ${regularMeetings.held}/${regularMeetings.of} tháng; sinh hoạt chuyên đề: ${thematicMeetings.held} cuộc, ${4 - thematicMeetings.quartersWithout.length}/4 quý.`,
      `   Regular meetings: ${regularMeetings.held} of ${regularMeetings.of} months; thematic meetings: ${thematicMeetings.held}, in ${4 - thematicMeetings.quartersWithout.length} of 4 quarters.`,
    ),
    t(
      `   Tỷ lệ đảng viên dự sinh hoạt cả năm: ${formatShare(attendance.present, attendance.expected, { locale })}.`,
      `   Attendance over the year: ${formatShare(attendance.present, attendance.expected, { locale })}.`,
    ),
  ];
  const shares = formatDistribution({ counts: ratings.counts }, { locale });
  const byLevel = keysOf(shares)
    .map(
      (level) => `${getLabel('ratingLevel', level, locale)} ${shares[level]}`,
    )
    .join(', ');
  const yearLevel = ratings.level
    ? getLabel('ratingLevel', ratings.level, locale)
    : '—';
  lines.push(
    t(
      `   Chất lượng sinh hoạt: ${byLevel}; cả năm: ${yearLevel}.`,
      `   Meeting ratings: ${byLevel}; the year: ${yearLevel}.`,
    ),
  );
  if (summary.levels) {
    const levels = formatDistribution(summary.levels.distribution, { locale });
    lines.push(
      t('   Xếp loại đảng viên:', '   Members’ annual levels:'),
      ...keysOf(levels).map(
        (level) => `   - ${annualLevelLabels[level][locale]}: ${levels[level]}`,
      ),
    );
  }
  if (summary.dues) {
    lines.push(
      t(
        `   Đảng phí: đã thu ${dong(summary.dues.paid)} trên ${dong(summary.dues.due)} phải thu.`,
        `   Dues: ${dong(summary.dues.paid)} paid of ${dong(summary.dues.due)} due.`,
      ),
    );
  }
  for (const flag of summary.removal.flagged) {
    const months = (list: readonly string[]) =>
      list.map((m) => formatMonth(m, locale)).join(', ');
    const causes = [
      flag.unpaidDues.length > 0 &&
        `${t('chưa nộp đảng phí', 'dues unpaid')}: ${months(flag.unpaidDues)}`,
      flag.unexcusedAbsence.length > 0 &&
        `${t('vắng không lý do', 'absent without reason')}: ${months(flag.unexcusedAbsence)}`,
    ]
      .filter(Boolean)
      .join('; ');
    lines.push(
      t(
        `   Đề nghị xem xét xóa tên (R-ATT-3): ${flag.name}, nhắc nhở cuối tháng ${formatMonth(flag.warnedAt, locale)}, đủ điều kiện xem xét cuối tháng ${formatMonth(flag.flaggedAt, locale)} (${causes}).`,
        `   Proposed for removal (R-ATT-3): ${flag.name}, warned at the end of ${formatMonth(flag.warnedAt, locale)}, flagged at the end of ${formatMonth(flag.flaggedAt, locale)} (${causes}).`,
      ),
    );
  }
  return lines;
}
