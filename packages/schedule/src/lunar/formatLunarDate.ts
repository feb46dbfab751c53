import type { Locale } from '@chibo/core';
import type { LunarDate } from './lunarCalendar';

const STEMS = [
  'Giáp',
  'Ất',
  'Bính',
  'Đinh',
  'Mậu',
  'Kỷ',
  'Canh',
  'Tân',
  'Nhâm',
  'Quý',
];
const BRANCHES = [
  'Tý',
  'Sửu',
  'Dần',
  'Mão',
  'Thìn',
  'Tỵ',
  'Ngọ',
  'Mùi',
  'Thân',
  'Dậu',
  'Tuất',
  'Hợi',
];

/**
 * The name of a lunar year in the sexagenary cycle (can chi), e.g. "Đinh Mùi"
 * for 2027.
 *
 * @param year - the lunar year.
 * @returns the stem and branch.
 * @example
 * ```ts
 * getLunarYearName(2027); // 'Đinh Mùi'
 * ```
 */
export function getLunarYearName(year: number): string {
  return `${STEMS[(((year + 6) % 10) + 10) % 10]} ${BRANCHES[(((year + 8) % 12) + 12) % 12]}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A lunar date in words (R-LUNAR-1): "ngày 05 tháng 01 năm Đinh Mùi",
 * "ngày 10 tháng 03 nhuận năm Tân Hợi".
 *
 * @param date - the lunar date ({@link solarToLunar}).
 * @param locale - `'vi'` (default) or `'en'`.
 * @returns the date in words.
 * @example
 * ```ts
 * formatLunarDate({ year: 2027, month: 1, day: 5, leap: false });
 * // 'ngày 05 tháng 01 năm Đinh Mùi (âm lịch)'
 * formatLunarDate({ year: 2027, month: 1, day: 5, leap: false }, 'en');
 * // 'lunar day 5 of month 1, year Đinh Mùi (2027)'
 * ```
 */
export function formatLunarDate(
  date: LunarDate,
  locale: Locale = 'vi',
): string {
  const name = getLunarYearName(date.year);
  if (locale === 'vi') {
    return `ngày ${pad(date.day)} tháng ${pad(date.month)}${date.leap ? ' nhuận' : ''} năm ${name} (âm lịch)`;
  }
  return `lunar day ${date.day} of ${date.leap ? 'leap ' : ''}month ${date.month}, year ${name} (${date.year})`;
}
