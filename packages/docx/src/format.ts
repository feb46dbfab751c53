import { ChiboError, type Locale } from '@chibo/core';
import { Count, checkArgument, Text } from '@chibo/core/schemas';
import { getVietNamCivilTime, type VietNamCivilTime } from '@chibo/core/time';
import { argumentError, checkLocale } from './argumentError';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A month, 1 to 12. */
const Month = Count.min(1).max(12);
/** A document number given as a number: a whole number from 1. */
const DocumentNumber = Count.min(1);

/** A non-empty text argument (`Text` says why another value is wrong). */
function checkText(name: string, value: unknown): void {
  if (typeof value !== 'string' || value.trim() === '') {
    checkArgument(name, Text, value);
  }
}

/** The civil time of the `date` argument; a wrong one is named as `date`. */
function civilTimeOf(date: string): VietNamCivilTime {
  try {
    return getVietNamCivilTime(date);
  } catch (error) {
    if (!(error instanceof ChiboError)) throw error;
    const issues = error.issues.map((issue) => ({
      ...issue,
      path: ['date', ...issue.path],
    }));
    throw argumentError('date', issues, error);
  }
}

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
 * @throws ChiboError `invalid-argument` for anything but a whole number
 *   from 1 to 12 (`0`, `13`, `2.5`, `'3'`, `NaN`).
 * @example
 * ```ts
 * formatDocumentMonth(2); // '02'
 * formatDocumentMonth(3); // '3'
 * ```
 */
export function formatDocumentMonth(month: number): string {
  if (!(Number.isInteger(month) && month >= 1 && month <= 12)) {
    checkArgument('month', Month, month);
  }
  return month <= 2 ? pad2(month) : String(month);
}

/**
 * A civil date in words: "ngày 09 tháng 3 năm 2027" (R-DOC-4: days below 10
 * and the months 1 and 2 get a leading zero) or "9 March 2027".
 *
 * @param date - an ISO date or date-time (read in Viet Nam time, R-TIME-1).
 * @param locale - `'vi'` or `'en'`.
 * @returns the date in words.
 * @throws ChiboError `invalid-argument` for a date that is not an ISO date or
 *   date-time (or a valid `Date`), or a locale other than `'vi'` and `'en'`.
 * @example
 * ```ts
 * formatLongDate('2027-03-09'); // 'ngày 09 tháng 3 năm 2027'
 * formatLongDate('2028-01-15', 'en'); // '15 January 2028'
 * ```
 */
export function formatLongDate(date: string, locale: Locale = 'vi'): string {
  checkLocale(locale);
  const { year, month, day } = civilTimeOf(date);
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
 * @throws ChiboError `invalid-argument` for an empty or missing place, a
 *   date that is not a date, or another locale.
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
  checkText('placeName', placeName);
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
 * @throws ChiboError `invalid-argument` for a number that is neither a whole
 *   number from 1 nor a non-empty text, an empty or missing code, or
 *   another locale.
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
  if (typeof number !== 'number') checkText('number', number);
  else if (!(Number.isSafeInteger(number) && number >= 1)) {
    checkArgument('number', DocumentNumber, number);
  }
  checkText('typeCode', typeCode);
  checkText('issuerCode', issuerCode);
  checkLocale(locale);
  const text = typeof number === 'number' ? pad2(number) : number;
  return `${locale === 'vi' ? 'Số' : 'No.'} ${text}-${typeCode}/${issuerCode}`;
}
