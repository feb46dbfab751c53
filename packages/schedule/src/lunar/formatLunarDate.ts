import type { Locale } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { z } from 'zod';
import type { LunarDate } from './lunarCalendar';

/** Any year of the sexagenary cycle: a safe integer. */
const CycleYear = z.number().int();

/** A lunar date as `formatLunarDate` reads it. */
const LunarDateSchema = z.strictObject({
  year: CycleYear,
  month: z.number().int().min(1).max(12),
  day: z.number().int().min(1).max(30),
  leap: z.boolean(),
});

const LocaleSchema = z.enum(['vi', 'en']);

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
 * @param year - the lunar year, an integer.
 * @returns the stem and branch.
 * @throws ChiboError (`invalid-argument`) for anything but an integer: a
 *   string `'2027'`, `NaN` or `Infinity` has no name.
 * @example
 * ```ts
 * getLunarYearName(2027); // 'Đinh Mùi'
 * ```
 */
export function getLunarYearName(year: number): string {
  if (!Number.isSafeInteger(year)) checkArgument('year', CycleYear, year);
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
 * @throws ChiboError (`invalid-argument`) for a date that is not a lunar
 *   date (a month 13, a day 0, a year `'2027'`…) or another locale.
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
  checkArgument('date', LunarDateSchema, date);
  checkArgument('locale', LocaleSchema, locale);
  return lunarDateText(date, locale);
}

/**
 * {@link formatLunarDate} without its checks, for a date chibo computed
 * itself (`solarToLunar`): the calendar writer formats thousands.
 *
 * @param date - a lunar date from `solarToLunar`.
 * @param locale - `'vi'` or `'en'`.
 * @returns the date in words.
 */
export function lunarDateText(date: LunarDate, locale: Locale): string {
  const name = getLunarYearName(date.year);
  if (locale === 'vi') {
    return `ngày ${pad(date.day)} tháng ${pad(date.month)}${date.leap ? ' nhuận' : ''} năm ${name} (âm lịch)`;
  }
  return `lunar day ${date.day} of ${date.leap ? 'leap ' : ''}month ${date.month}, year ${name} (${date.year})`;
}
