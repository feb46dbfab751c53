import { ChiboError } from '@chibo/core';
import { toDayNumber } from '../civil';
import { month11Start, newMoonDay, newMoonIndex, sunSector } from './astronomy';

/** Viet Nam's meridian, 105°E: UTC+7 (R-LUNAR-1). */
const ZONE_HOURS = 7;
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
 * Compute the months of one solstice year for a zone. Exported for the tests,
 * which compare the calendar of UTC+8 (used in Viet Nam before 1968).
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

const cache: (SolsticeYear | undefined)[] = [];

/**
 * The months from month 11 of lunar year `year - 1` to the end of month 10 (or
 * leap 10) of lunar year `year`, computed once and cached (R-LUNAR-1).
 */
export function getSolsticeYear(year: number): SolsticeYear {
  const index = year - LUNAR_MIN_YEAR + 1;
  let entry = cache[index];
  if (entry === undefined) {
    if (year < LUNAR_MIN_YEAR - 1 || year > LUNAR_MAX_YEAR + 1) {
      throw new ChiboError(
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
    entry = computeSolsticeYear(year);
    cache[index] = entry;
  }
  return entry;
}
