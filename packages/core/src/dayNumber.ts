/**
 * A Gregorian civil date: year, month 1–12, day 1–31.
 */
export interface CivilDateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Days from 1970-01-01 to a Gregorian date (H. Hinnant's days_from_civil):
 * integer calendar arithmetic that no host time zone can change (R-TIME-1).
 *
 * @param year - the year.
 * @param month - the month, 1–12.
 * @param day - the day of the month.
 * @returns the day number (0 for 1970-01-01, negative before).
 * @example
 * ```ts
 * toDayNumber(2027, 3, 9); // 20886
 * ```
 */
export function toDayNumber(year: number, month: number, day: number): number {
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
 * @example
 * ```ts
 * fromDayNumber(20886); // { year: 2027, month: 3, day: 9 }
 * ```
 */
export function fromDayNumber(dayNumber: number): CivilDateParts {
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
