/**
 * Civil dates in Viet Nam as day numbers (R-TIME-1). Every calendar
 * computation of this package runs on integers: no `Date` local-time method
 * is ever called, so the host's time zone cannot change a result.
 */

import { ChiboError } from '@chibo/core';
import {
  fromDayNumber,
  toDayNumber,
  VIET_NAM_OFFSET_MINUTES,
} from '@chibo/core/time';

export { fromDayNumber, toDayNumber } from '@chibo/core/time';

/** A Gregorian civil date in Viet Nam: year, month 1–12, day 1–31. */
export interface SolarDate {
  year: number;
  month: number;
  day: number;
}

const MS_PER_DAY = 86_400_000;
const OFFSET_MS = VIET_NAM_OFFSET_MINUTES * 60_000;

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a Gregorian month. */
export function daysInMonth(year: number, month: number): number {
  if (month !== 2) return MONTH_LENGTHS[month - 1] ?? Number.NaN;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return leap ? 29 : 28;
}

/** Day of the week of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

const CACHE_OFFSET = 80_000;
const CACHE_SIZE = 200_000;
/** Formatted days, by day number + CACHE_OFFSET (1750 to 2300); '' = not yet. */
let formatted: string[] | undefined;

/** `YYYY-MM-DD` of a day number (cached: schedules format the same days again and again). */
export function formatDay(dayNumber: number): string {
  const index = dayNumber + CACHE_OFFSET;
  const inRange = index >= 0 && index < CACHE_SIZE;
  if (inRange) {
    formatted ??= new Array<string>(CACHE_SIZE).fill('');
    const hit = formatted[index] as string;
    if (hit !== '') return hit;
  }
  const { year, month, day } = fromDayNumber(dayNumber);
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  if (inRange && formatted) formatted[index] = text;
  return text;
}

/** Whether `year`/`month`/`day` are integers naming a real Gregorian date. */
export function isValidSolarDate(
  year: number,
  month: number,
  day: number,
): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The day number of a civil date given as `YYYY-MM-DD`, a {@link SolarDate}, or
 * a `Date` (read as Viet Nam civil time, R-TIME-1).
 *
 * @throws ChiboError (`invalid-argument`) when it is not a real date.
 */
export function parseDay(
  input: string | SolarDate | Date,
  path: PropertyKey[] = [],
): number {
  if (input instanceof Date) {
    const ms = input.getTime();
    if (!Number.isNaN(ms)) return Math.floor((ms + OFFSET_MS) / MS_PER_DAY);
  } else if (typeof input === 'string') {
    const match = ISO_DATE.exec(input.trim());
    if (match) {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      if (isValidSolarDate(y, m, d)) return toDayNumber(y, m, d);
    }
  } else if (
    input &&
    typeof input === 'object' &&
    isValidSolarDate(input.year, input.month, input.day)
  ) {
    return toDayNumber(input.year, input.month, input.day);
  }
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Ngày không hợp lệ: ${JSON.stringify(input)}.`,
      en: `Not a valid date: ${JSON.stringify(input)}.`,
    },
    {
      issues: [
        {
          path,
          code: 'invalid_date',
          message: {
            vi: 'Cần một ngày dương lịch có thật (YYYY-MM-DD).',
            en: 'Expected a real Gregorian date (YYYY-MM-DD).',
          },
          rule: 'R-TIME-1',
        },
      ],
    },
  );
}

/** The instant of a civil date and minute of the day in Viet Nam (UTC+7). */
export function toInstantAt(dayNumber: number, minuteOfDay: number): Date {
  return new Date(dayNumber * MS_PER_DAY + minuteOfDay * 60_000 - OFFSET_MS);
}
