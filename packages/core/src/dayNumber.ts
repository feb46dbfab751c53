import { ChiboError } from './errors';

/**
 * A Gregorian civil date: year, month 1–12, day 1–31.
 */
export interface CivilDateParts {
  year: number;
  month: number;
  day: number;
}

/** The range of ECMAScript dates: ±100,000,000 days around 1970-01-01. */
const MAX_DAYS = 100_000_000;
/** The years of that range, rounded up. */
const MAX_YEAR = 275_760;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeapYear = (year: number) =>
  year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);

/** A value as quoted in a message. */
const shown = (value: unknown) =>
  typeof value === 'number'
    ? String(value)
    : typeof value === 'string'
      ? JSON.stringify(value.slice(0, 20))
      : value === null
        ? 'null'
        : typeof value;

function invalidDay(vi: string, en: string): ChiboError {
  return new ChiboError(
    'invalid-argument',
    { vi, en },
    {
      issues: [
        {
          path: [],
          code: 'invalid_date',
          message: { vi, en },
          rule: 'R-TIME-1',
        },
      ],
    },
  );
}

/**
 * Days from 1970-01-01 to a Gregorian date (H. Hinnant's days_from_civil):
 * integer calendar arithmetic that no host time zone can change (R-TIME-1).
 *
 * @param year - the year.
 * @param month - the month, 1–12.
 * @param day - the day of the month.
 * @returns the day number (0 for 1970-01-01, negative before).
 * @throws ChiboError (`invalid-argument`) for a date that does not exist
 *   (month 13, 30 February, a year `'2027'`) or lies outside ±275,760 years.
 * @example
 * ```ts
 * toDayNumber(2027, 3, 9); // 20886
 * ```
 */
export function toDayNumber(year: number, month: number, day: number): number {
  if (
    !Number.isSafeInteger(year) ||
    Math.abs(year) > MAX_YEAR ||
    !Number.isInteger(month) ||
    month < 1 ||
    month > 12 ||
    !Number.isInteger(day) ||
    day < 1 ||
    day >
      (month === 2
        ? isLeapYear(year)
          ? 29
          : 28
        : (MONTH_DAYS[month - 1] as number))
  ) {
    throw invalidDay(
      `Ngày dương lịch không có thật: năm ${shown(year)}, tháng ${shown(month)}, ngày ${shown(day)}.`,
      `Not a real Gregorian date: year ${shown(year)}, month ${shown(month)}, day ${shown(day)}.`,
    );
  }
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = month > 2 ? month - 3 : month + 9;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The Gregorian date of a day number (H. Hinnant's civil_from_days), the
 * inverse of {@link toDayNumber}.
 *
 * @param dayNumber - days from 1970-01-01.
 * @returns the civil date.
 * @throws ChiboError (`invalid-argument`) for anything but an integer within
 *   ±100,000,000 days (the range of ECMAScript dates).
 * @example
 * ```ts
 * fromDayNumber(20886); // { year: 2027, month: 3, day: 9 }
 * ```
 */
export function fromDayNumber(dayNumber: number): CivilDateParts {
  if (!Number.isSafeInteger(dayNumber) || Math.abs(dayNumber) > MAX_DAYS) {
    throw invalidDay(
      `Số ngày phải là số nguyên từ -${MAX_DAYS} đến ${MAX_DAYS}: ${shown(dayNumber)}.`,
      `The day number must be an integer from -${MAX_DAYS} to ${MAX_DAYS}: ${shown(dayNumber)}.`,
    );
  }
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe -
      Math.floor(doe / 1460) +
      Math.floor(doe / 36524) -
      Math.floor(doe / 146096)) /
      365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}
