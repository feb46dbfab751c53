import { fromDayNumber, parseDay, type SolarDate } from '../civil';
import type { Holiday } from './holiday';
import {
  checkOptionKeys,
  HolidayCalendar,
  type HolidayOptions,
} from './holidayCalendar';

const shared = new HolidayCalendar();
/** Calendars built from options, by their JSON: cells with the same options share one. */
const built = new Map<string, HolidayCalendar>();
const BUILT_MAX = 64;

/**
 * The calendar for these options. Calls with equal options (compared as
 * JSON) share one calendar, and so its computed years: planning thousands of
 * cells with the same options computes each year's holidays once.
 *
 * @param options - weekly rest, National Day's second day, official lists.
 * @returns a {@link HolidayCalendar}.
 * @example
 * ```ts
 * const calendar = createHolidayCalendar({ weeklyRest: [0] });
 * ```
 */
export function createHolidayCalendar(
  options: HolidayOptions | HolidayCalendar = {},
): HolidayCalendar {
  if (options instanceof HolidayCalendar) return options;
  if (typeof options !== 'object' || options === null) {
    return new HolidayCalendar(options);
  }
  checkOptionKeys(options);
  if (
    options.weeklyRest === undefined &&
    options.nationalDaySecondDay === undefined &&
    options.official === undefined
  ) {
    return shared;
  }
  const key = JSON.stringify([
    options.weeklyRest,
    options.nationalDaySecondDay,
    options.official,
  ]);
  let calendar = built.get(key);
  if (!calendar) {
    calendar = new HolidayCalendar(options);
    if (built.size >= BUILT_MAX) built.clear();
    built.set(key, calendar);
  }
  return calendar;
}

/**
 * Every public holiday and day off of a year (R-HOL-1), with its Vietnamese
 * and English name and the law it comes from, including the days off in lieu
 * of holidays that fall on the weekly rest (R-HOL-2). Tết is the last day of
 * the old lunar year and the first four of the new one; National Day's second
 * day is 1 September by default. A yearly `official` list replaces the
 * computed days for its year.
 *
 * @param year - the Gregorian year (1800–2199).
 * @param options - weekly rest, National Day's second day, official lists.
 * @returns the holidays in date order.
 * @throws ChiboError (`invalid-input`) for an invalid official list.
 * @example
 * ```ts
 * getHolidays(2027).filter((h) => h.kind === 'tet').map((h) => h.date);
 * // ['2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']
 * ```
 */
export function getHolidays(
  year: number,
  options: HolidayOptions | HolidayCalendar = {},
): Holiday[] {
  return createHolidayCalendar(options)
    .getYear(year)
    .holidays.map((h) => ({ ...h }));
}

/**
 * Whether a civil date in Viet Nam is a working day: not on the weekly rest
 * (unless the official list makes it a working day) and not a holiday or a
 * day off in lieu (R-HOL-1, R-HOL-2).
 *
 * @param date - `YYYY-MM-DD`, `{ year, month, day }`, or a `Date` (read in
 *   Viet Nam time, R-TIME-1).
 * @param options - weekly rest, National Day's second day, official lists.
 * @returns `true` on a working day.
 * @example
 * ```ts
 * isWorkingDay('2027-02-09'); // false: the 4th day of Tết
 * isWorkingDay('2027-02-06', { weeklyRest: [0] }); // false: Tết, even for units working Saturdays
 * ```
 */
export function isWorkingDay(
  date: string | SolarDate | Date,
  options: HolidayOptions | HolidayCalendar = {},
): boolean {
  const day = parseDay(date, ['date']);
  const year = fromDayNumber(day).year;
  return createHolidayCalendar(options).isWorkingDay(day, year);
}
