import { ChiboError, type ChiboIssue } from '@chibo/core';
import { z } from 'zod';
import {
  fromDayNumber,
  isValidSolarDate,
  type SolarDate,
  toDayNumber,
} from '../civil';
import { checkKnownKeys } from '../knownKeys';
import {
  getSolsticeYear,
  LUNAR_MAX_YEAR,
  LUNAR_MIN_YEAR,
  type LunarMeridian,
  type SolsticeYear,
} from './lunarYear';

/** The options of {@link solarToLunar}, {@link lunarToSolar} and {@link getLunarYear}. */
export interface LunarCalendarOptions {
  /**
   * Which calendar to read (R-LUNAR-1 v2): `'historical'`, the one used in
   * Viet Nam (UTC+8 before 1968-01-01, UTC+7 from then), or `'utc7'`, UTC+7
   * throughout (astronomical). They differ only before 1968.
   * @defaultValue `'historical'`
   */
  meridian?: LunarMeridian | undefined;
}

/** A date of the Vietnamese lunar calendar (âm lịch). */
export interface LunarDate {
  /** The lunar year; its month 1 starts at Tết. */
  year: number;
  /** 1–12. A leap month has the number of the month before it. */
  month: number;
  /** 1–30. */
  day: number;
  /** Whether the month is the leap month (tháng nhuận). */
  leap: boolean;
}

/** The input of {@link lunarToSolar}: `leap` may be left out (a regular month). */
export interface LunarDateInput {
  year: number;
  month: number;
  day: number;
  leap?: boolean | undefined;
}

/** One month of a lunar year, as {@link getLunarYear} lists it. */
export interface LunarMonth {
  month: number;
  leap: boolean;
  /** Its first day (mùng 1), as a Gregorian date. */
  start: SolarDate;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  length: 29 | 30;
}

function rangeError(path: PropertyKey[], vi: string, en: string): ChiboError {
  const issue: ChiboIssue = {
    path,
    code: 'invalid_value',
    message: { vi, en },
    rule: 'R-LUNAR-1',
  };
  return new ChiboError('invalid-argument', { vi, en }, { issues: [issue] });
}

/** `value` is an object (a date's fields are checked one by one after). */
function checkObject(value: unknown, name: string): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw rangeError(
      [name],
      `Tham số "${name}" phải là một đối tượng { year, month, day }.`,
      `The argument "${name}" must be an object { year, month, day }.`,
    );
  }
}

function checkYear(year: number, min = LUNAR_MIN_YEAR): void {
  if (!Number.isInteger(year) || year < min || year > LUNAR_MAX_YEAR) {
    throw rangeError(
      ['year'],
      `Năm phải là số nguyên từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}.`,
      `The year must be an integer from ${LUNAR_MIN_YEAR} to ${LUNAR_MAX_YEAR}.`,
    );
  }
}

/** The keys of a lunar date and of the options: a misspelt one (`leep`) is an error. */
const LunarDateKeys = z.strictObject({
  year: z.unknown(),
  month: z.unknown(),
  day: z.unknown(),
  leap: z.unknown(),
});
const LunarOptionsKeys = z.strictObject({ meridian: z.unknown() });

const TABLES: Record<LunarMeridian, (year: number) => SolsticeYear> = {
  historical: (year) => getSolsticeYear(year, 'historical'),
  utc7: (year) => getSolsticeYear(year, 'utc7'),
};

/** The meridian the options ask for; a wrong option is a ChiboError. */
function meridianOf(options: LunarCalendarOptions | undefined): LunarMeridian {
  if (options === undefined) return 'historical';
  if (
    typeof options !== 'object' ||
    options === null ||
    Array.isArray(options)
  ) {
    throw rangeError(
      ['options'],
      'Tùy chọn phải là một đối tượng, ví dụ { meridian: "utc7" }.',
      'The options must be an object, e.g. { meridian: "utc7" }.',
    );
  }
  checkKnownKeys('options', LunarOptionsKeys, options);
  const { meridian } = options;
  if (meridian === undefined || meridian === 'historical') return 'historical';
  if (meridian === 'utc7') return 'utc7';
  throw rangeError(
    ['options', 'meridian'],
    '"meridian" phải là "historical" (lịch thực tế đã dùng: UTC+8 trước năm 1968) hoặc "utc7" (UTC+7 cho mọi năm).',
    '"meridian" must be "historical" (the calendar in use: UTC+8 before 1968) or "utc7" (UTC+7 throughout).',
  );
}

/**
 * The lunar date of a day number (days since 1970-01-01) in the Gregorian
 * year `solarYear`. The hot path of {@link solarToLunar}; no validation.
 * `tables` gives the months of a solstice year (by default the cached ones
 * of the historical reading).
 */
export function lunarOfDay(
  dayNumber: number,
  solarYear: number,
  tables: (year: number) => SolsticeYear = TABLES.historical,
): LunarDate {
  let table = tables(solarYear);
  const { starts } = table;
  if (dayNumber >= (starts[starts.length - 1] as number)) {
    table = tables(solarYear + 1);
  }
  const s = table.starts;
  let i = s.length - 2;
  while (i > 0 && (s[i] as number) > dayNumber) i--;
  return {
    year: table.years[i] as number,
    month: table.months[i] as number,
    day: dayNumber - (s[i] as number) + 1,
    leap: table.leaps[i] === 1,
  };
}

/**
 * Convert a Gregorian date to the Vietnamese lunar calendar (R-LUNAR-1),
 * computed with Hồ Ngọc Đức's method: months start on the day of the new
 * moon, month 11 holds the winter solstice, and in a 13-month year the first
 * month with no principal term is the leap month. By default it reads the
 * calendar in use at the date (R-LUNAR-1 v2): the meridian 105°E (UTC+7) from
 * 1968-01-01, 120°E (UTC+8) before; `{ meridian: 'utc7' }` reads UTC+7
 * throughout. Each year's months are computed once and cached.
 *
 * @param date - a Gregorian date from 1800 to 2199.
 * @param options - `meridian`: `'historical'` (default) or `'utc7'`.
 * @returns the lunar year, month, day and whether the month is leap.
 * @throws ChiboError (`invalid-argument`, R-LUNAR-1) for a date that does not
 *   exist or lies outside 1800–2199, or a wrong option.
 * @example
 * ```ts
 * solarToLunar({ year: 2027, month: 2, day: 6 });
 * // { year: 2027, month: 1, day: 1, leap: false } — Tết Đinh Mùi
 * solarToLunar({ year: 1967, month: 12, day: 1 }); // { year: 1967, month: 10, day: 30, leap: false }
 * solarToLunar({ year: 1967, month: 12, day: 1 }, { meridian: 'utc7' }); // { year: 1967, month: 11, day: 1, leap: false }
 * ```
 */
export function solarToLunar(
  date: SolarDate,
  options?: LunarCalendarOptions,
): LunarDate {
  checkObject(date, 'date');
  const meridian = meridianOf(options);
  const { year, month, day } = date;
  // Fast path for the common case; the full check otherwise.
  const plain =
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    Number.isInteger(year) &&
    day >= 1 &&
    day <= 28 &&
    month >= 1 &&
    month <= 12;
  if (!plain && !isValidSolarDate(year, month, day)) {
    const shown = [year, month, day]
      .map((part) => (typeof part === 'number' ? String(part) : typeof part))
      .join('-');
    throw rangeError(
      [],
      `Ngày dương lịch không có thật: ${shown}.`,
      `Not a real Gregorian date: ${shown}.`,
    );
  }
  checkYear(year);
  return lunarOfDay(toDayNumber(year, month, day), year, TABLES[meridian]);
}

function findMonth(
  lunar: LunarDateInput,
  meridian: LunarMeridian,
): {
  table: SolsticeYear;
  index: number;
} {
  const leap = lunar.leap === true;
  const table = getSolsticeYear(
    lunar.month >= 11 ? lunar.year + 1 : lunar.year,
    meridian,
  );
  for (let i = 0; i < table.months.length; i++) {
    if (
      table.months[i] === lunar.month &&
      table.years[i] === lunar.year &&
      (table.leaps[i] === 1) === leap
    ) {
      return { table, index: i };
    }
  }
  throw rangeError(
    ['leap'],
    `Năm âm lịch ${lunar.year} không có tháng ${lunar.month} nhuận.`,
    `Lunar year ${lunar.year} has no leap month ${lunar.month}.`,
  );
}

/**
 * Convert a Vietnamese lunar date to the Gregorian calendar (R-LUNAR-1). By
 * default it reads the calendar in use (R-LUNAR-1 v2: UTC+8 before
 * 1968-01-01, UTC+7 from then); `{ meridian: 'utc7' }` reads UTC+7
 * throughout.
 *
 * @param lunar - the lunar year (1800–2199), month, day, and `leap: true`
 *   for a day of the leap month.
 * @param options - `meridian`: `'historical'` (default) or `'utc7'`.
 * @returns the Gregorian date.
 * @throws ChiboError (`invalid-argument`, R-LUNAR-1) for a date that does not
 *   exist: a 30th in a 29-day month, or a leap month the year does not have;
 *   or a wrong option, or a key that is not `year`, `month`, `day`, `leap`
 *   (a misspelt `leep` would otherwise read a regular month).
 * @example
 * ```ts
 * lunarToSolar({ year: 2027, month: 3, day: 10 });
 * // { year: 2027, month: 4, day: 16 } — Giỗ Tổ Hùng Vương
 * lunarToSolar({ year: 1967, month: 11, day: 1 }); // { year: 1967, month: 12, day: 2 }
 * lunarToSolar({ year: 1967, month: 11, day: 1 }, { meridian: 'utc7' }); // { year: 1967, month: 12, day: 1 }
 * ```
 */
export function lunarToSolar(
  lunar: LunarDateInput,
  options?: LunarCalendarOptions,
): SolarDate {
  checkObject(lunar, 'lunar');
  checkKnownKeys('lunar', LunarDateKeys, lunar);
  const meridian = meridianOf(options);
  // Lunar 1799 ends in 1800: its months are computed too.
  checkYear(lunar.year, LUNAR_MIN_YEAR - 1);
  if (lunar.leap !== undefined && typeof lunar.leap !== 'boolean') {
    throw rangeError(
      ['leap'],
      '"leap" phải là true hoặc false (hoặc bỏ trống).',
      '"leap" must be true or false (or left out).',
    );
  }
  if (!Number.isInteger(lunar.month) || lunar.month < 1 || lunar.month > 12) {
    throw rangeError(
      ['month'],
      'Tháng âm lịch phải từ 1 đến 12.',
      'The lunar month must be from 1 to 12.',
    );
  }
  if (!Number.isInteger(lunar.day) || lunar.day < 1 || lunar.day > 30) {
    throw rangeError(
      ['day'],
      'Ngày âm lịch phải từ 1 đến 30.',
      'The lunar day must be from 1 to 30.',
    );
  }
  const { table, index } = findMonth(lunar, meridian);
  const start = table.starts[index] as number;
  const length = (table.starts[index + 1] as number) - start;
  if (lunar.day > length) {
    const leap = lunar.leap ? ' nhuận' : '';
    throw rangeError(
      ['day'],
      `Tháng ${lunar.month}${leap} năm âm lịch ${lunar.year} chỉ có ${length} ngày.`,
      `Lunar month ${lunar.month}${lunar.leap ? ' (leap)' : ''} of ${lunar.year} has only ${length} days.`,
    );
  }
  return fromDayNumber(start + lunar.day - 1);
}

/**
 * The months of one lunar year, from Tết to the last day before the next
 * Tết, with the leap month in its place (R-LUNAR-1). By default in the
 * calendar in use (R-LUNAR-1 v2: UTC+8 before 1968-01-01, UTC+7 from then).
 *
 * @param year - the lunar year, 1800–2199.
 * @param options - `meridian`: `'historical'` (default) or `'utc7'`.
 * @returns 12 or 13 months, each with its first day and length.
 * @example
 * ```ts
 * getLunarYear(2025).find((m) => m.leap); // { month: 6, leap: true, start: { year: 2025, month: 7, day: 25 }, length: 29 }
 * getLunarYear(1967).at(-2)?.start; // { year: 1967, month: 12, day: 2 }: month 11, UTC+8
 * ```
 */
export function getLunarYear(
  year: number,
  options?: LunarCalendarOptions,
): LunarMonth[] {
  checkYear(year);
  const meridian = meridianOf(options);
  const result: LunarMonth[] = [];
  for (const table of [
    getSolsticeYear(year, meridian),
    getSolsticeYear(year + 1, meridian),
  ]) {
    for (let i = 0; i < table.months.length; i++) {
      if (table.years[i] !== year) continue;
      const start = table.starts[i] as number;
      result.push({
        month: table.months[i] as number,
        leap: table.leaps[i] === 1,
        start: fromDayNumber(start),
        length: ((table.starts[i + 1] as number) - start) as 29 | 30,
      });
    }
  }
  return result;
}
