import { ChiboError } from '@chibo/core';
import { toDayNumber } from '../civil';
import { month11Start, newMoonDay, newMoonIndex, sunSector } from './astronomy';

/** Viet Nam's meridian, 105°E: UTC+7 (R-LUNAR-1). */
const ZONE_HOURS = 7;
/** The meridian of the calendar used in Viet Nam until 1967, 120°E: UTC+8. */
const HISTORICAL_ZONE_HOURS = 8;
/** The first Gregorian year computed for UTC+7 in the historical reading. */
const REFORM_YEAR = 1968;
/** Day number of 1968-01-01: the first day the historical reading takes from UTC+7. */
const REFORM_DAY = toDayNumber(REFORM_YEAR, 1, 1);
/** Julian day number of 1970-01-01, the day number 0 of this package. */
const JD_EPOCH = 2440588;

/**
 * The first Gregorian year the lunar calendar is computed for (R-LUNAR-1).
 *
 * @example
 * ```ts
 * solarToLunar({ year: LUNAR_MIN_YEAR, month: 1, day: 1 }); // the earliest date converted
 * ```
 */
export const LUNAR_MIN_YEAR = 1800;
/**
 * The last Gregorian year the lunar calendar is computed for (R-LUNAR-1).
 *
 * @example
 * ```ts
 * solarToLunar({ year: LUNAR_MAX_YEAR, month: 12, day: 31 }); // the latest date converted
 * ```
 */
export const LUNAR_MAX_YEAR = 2199;

/**
 * The lunar months between two consecutive month-11 starts: the "solstice
 * year" that ends with month 11 of `year` beginning. Month starts are day
 * numbers (days since 1970-01-01).
 */
export interface SolsticeYear {
  /** Day number of the first day of each month; one more entry: the end. */
  starts: Int32Array;
  /** Month number, 1–12, of each month. */
  months: Uint8Array;
  /** 1 for the leap month. */
  leaps: Uint8Array;
  /** Lunar year of each month. */
  years: Int16Array;
}

function month11Of(year: number, zoneHours: number): number {
  return month11Start(toDayNumber(year, 12, 31) + JD_EPOCH, zoneHours);
}

/** Index of the first month (0 = the month 11 it starts with) that holds no principal term, or -1. */
function leapOffset(startsJd: number[], zoneHours: number): number {
  for (let i = 1; i < startsJd.length - 1; i++) {
    const start = startsJd[i] as number;
    const next = startsJd[i + 1] as number;
    if (sunSector(start, zoneHours) === sunSector(next, zoneHours)) return i;
  }
  return -1;
}

/**
 * Which lunar calendar a conversion reads (R-LUNAR-1 v2):
 *
 * - `'historical'`: the calendar people actually used in Viet Nam, computed
 *   for UTC+8 (120°E) before 1968-01-01 and for UTC+7 (105°E) from then (the
 *   reform of 8 August 1967). Published tables, Hồ Ngọc Đức's among them,
 *   follow it. Dates of birth and old records need it.
 * - `'utc7'`: UTC+7 throughout, the astronomical calendar of 105°E also for
 *   the years before 1968.
 *
 * The two differ only before 1968.
 *
 * @example
 * ```ts
 * solarToLunar({ year: 1967, month: 12, day: 1 }); // { year: 1967, month: 10, day: 30, leap: false }
 * solarToLunar({ year: 1967, month: 12, day: 1 }, { meridian: 'utc7' }); // { year: 1967, month: 11, day: 1, leap: false }
 * ```
 */
export type LunarMeridian = 'historical' | 'utc7';

/**
 * Compute the months of one solstice year for a zone (hours east of UTC).
 * Exported for the tests, which compare the two zones.
 */
export function computeSolsticeYear(
  year: number,
  zoneHours: number = ZONE_HOURS,
): SolsticeYear {
  const a11 = month11Of(year - 1, zoneHours);
  const b11 = month11Of(year, zoneHours);
  const k = newMoonIndex(a11);
  const count = b11 - a11 > 365 ? 13 : 12;
  const startsJd: number[] = [];
  for (let i = 0; i < count; i++) startsJd.push(newMoonDay(k + i, zoneHours));
  startsJd.push(b11);
  const leap = count === 13 ? leapOffset(startsJd, zoneHours) : -1;
  const starts = new Int32Array(count + 1);
  const months = new Uint8Array(count);
  const leaps = new Uint8Array(count);
  const years = new Int16Array(count);
  let month = 10;
  let lunarYear = year - 1;
  for (let i = 0; i <= count; i++) {
    starts[i] = (startsJd[i] as number) - JD_EPOCH;
    if (i === count) break;
    if (i === leap) {
      leaps[i] = 1;
    } else {
      month = month === 12 ? 1 : month + 1;
      if (month === 1) lunarYear = year;
    }
    months[i] = month;
    years[i] = lunarYear;
  }
  return { starts, months, leaps, years };
}

/**
 * The solstice year of the historical reading (R-LUNAR-1 v2): UTC+8 for the
 * years that end before 1968, UTC+7 for those that start after it, and for
 * the one that spans 1968-01-01 (month 11 of 1967 to month 11 of 1968) each
 * month's first day from the calendar in force on it. The two calendars name
 * that year's months alike (no leap month moves), so the names are UTC+7's.
 * Exported for the tests.
 */
export function computeHistoricalSolsticeYear(year: number): SolsticeYear {
  const before = computeSolsticeYear(year, HISTORICAL_ZONE_HOURS);
  if (year < REFORM_YEAR) return before;
  const after = computeSolsticeYear(year, ZONE_HOURS);
  const starts = after.starts.map((start, i) => {
    const old = before.starts[i] as number;
    return old < REFORM_DAY ? old : start;
  });
  return { ...after, starts };
}

const caches: Record<LunarMeridian, (SolsticeYear | undefined)[]> = {
  historical: [],
  utc7: [],
};

function outOfRange(year: number): ChiboError {
  return new ChiboError(
    'invalid-argument',
    {
      vi: `Năm ${year} nằm ngoài phạm vi lịch âm ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}.`,
      en: `Year ${year} is outside the lunar calendar's range ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}.`,
    },
    {
      issues: [
        {
          path: ['year'],
          code: 'too_big',
          message: {
            vi: `Năm phải từ ${LUNAR_MIN_YEAR} đến ${LUNAR_MAX_YEAR}.`,
            en: `The year must be from ${LUNAR_MIN_YEAR} to ${LUNAR_MAX_YEAR}.`,
          },
          rule: 'R-LUNAR-1',
        },
      ],
    },
  );
}

/**
 * The months from month 11 of lunar year `year - 1` to the end of month 10 (or
 * leap 10) of lunar year `year`, in a reading of the calendar, computed once
 * and cached (R-LUNAR-1). From 1969 the historical reading shares UTC+7's
 * tables.
 */
export function getSolsticeYear(
  year: number,
  meridian: LunarMeridian = 'historical',
): SolsticeYear {
  const cache = caches[meridian];
  const index = year - LUNAR_MIN_YEAR + 1;
  let entry = cache[index];
  if (entry === undefined) {
    if (year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR + 1) {
      throw outOfRange(year);
    }
    if (meridian === 'utc7') entry = computeSolsticeYear(year);
    else if (year > REFORM_YEAR) entry = getSolsticeYear(year, 'utc7');
    else entry = computeHistoricalSolsticeYear(year);
    cache[index] = entry;
  }
  return entry;
}
