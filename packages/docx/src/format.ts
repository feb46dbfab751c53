import { getVietNamCivilTime, type Locale } from '@chibo/core';

const pad2 = (n: number) => String(n).padStart(2, '0');

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * The month as R-DOC-4 writes it: months 1 and 2 get a leading zero ("02"),
 * the others do not ("3", "12").
 *
 * @param month - 1 to 12.
 * @returns the month for a Vietnamese date line.
 * @example
 * ```ts
 * formatDocumentMonth(2); // '02'
 * formatDocumentMonth(3); // '3'
 * ```
 */
export function formatDocumentMonth(month: number): string {
  return month <= 2 ? pad2(month) : String(month);
}

/**
 * A civil date in words: "ngày 09 tháng 3 năm 2027" (R-DOC-4: days below 10
 * and the months 1 and 2 get a leading zero) or "9 March 2027".
 *
 * @param date - an ISO date or date-time (read in Viet Nam time, R-TIME-1).
 * @param locale - `'vi'` or `'en'`.
 * @returns the date in words.
 * @example
 * ```ts
 * formatLongDate('2027-03-09'); // 'ngày 09 tháng 3 năm 2027'
 * formatLongDate('2028-01-15', 'en'); // '15 January 2028'
 * ```
 */
export function formatLongDate(date: string, locale: Locale = 'vi'): string {
  const { year, month, day } = getVietNamCivilTime(date);
  return locale === 'vi'
    ? `ngày ${pad2(day)} tháng ${formatDocumentMonth(month)} năm ${year}`
    : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * The place-and-date line of a document header (R-DOC-4):
 * "Xuân Quang, ngày 09 tháng 3 năm 2027".
 *
 * @param placeName - the place, e.g. "Xuân Quang".
 * @param date - an ISO date or date-time (Viet Nam time).
 * @param locale - `'vi'` (default) or `'en'` ("Xuân Quang, 9 March 2027").
 * @returns the line.
 * @example
 * ```ts
 * formatDocumentDate('Xuân Quang', '2018-02-20'); // 'Xuân Quang, ngày 20 tháng 02 năm 2018'
 * ```
 */
export function formatDocumentDate(
  placeName: string,
  date: string,
  locale: Locale = 'vi',
): string {
  return `${placeName}, ${formatLongDate(date, locale)}`;
}

/**
 * The clock time of an instant in Viet Nam: "19 giờ 30 phút" or "19:30".
 *
 * @param instant - an ISO date-time.
 * @param locale - `'vi'` or `'en'`.
 * @returns the time.
 */
export function formatClockTime(instant: string, locale: Locale): string {
  const { hour, minute } = getVietNamCivilTime(instant);
  return locale === 'vi'
    ? `${pad2(hour)} giờ ${pad2(minute)} phút`
    : `${pad2(hour)}:${pad2(minute)}`;
}

/**
 * The month and year of an instant: "tháng 3 năm 2027" / "March 2027".
 *
 * @param instant - an ISO date or date-time.
 * @param locale - `'vi'` or `'en'`.
 * @returns the month and year.
 */
export function formatMonthYear(instant: string, locale: Locale): string {
  const { year, month } = getVietNamCivilTime(instant);
  return locale === 'vi'
    ? `tháng ${month} năm ${year}`
    : `${MONTHS_EN[month - 1]} ${year}`;
}

/**
 * A number with the locale's decimal separator and at most 2 decimals.
 *
 * @param n - a finite number.
 * @param locale - `'vi'` (comma) or `'en'` (point).
 * @returns the number as text.
 */
export function formatNumber(n: number, locale: Locale): string {
  const text = String(Math.round(n * 100) / 100);
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/**
 * The number and symbol of a document (R-DOC-3): `Số 03-BB/CB`.
 *
 * @param number - the number; below 10 it is written with two digits.
 * @param typeCode - `BB` (minutes), `NQ` (resolution)…
 * @param issuerCode - the issuer's code, `CB` by default ([open]).
 * @param locale - `'vi'` ("Số") or `'en'` ("No.").
 * @returns the number and symbol.
 * @example
 * ```ts
 * formatDocumentNumber(3, 'BB', 'CB'); // 'Số 03-BB/CB'
 * ```
 */
export function formatDocumentNumber(
  number: number | string,
  typeCode: string,
  issuerCode: string,
  locale: Locale = 'vi',
): string {
  const text = typeof number === 'number' ? pad2(number) : number;
  return `${locale === 'vi' ? 'Số' : 'No.'} ${text}-${typeCode}/${issuerCode}`;
}
