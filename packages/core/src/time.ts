/**
 * Civil time in Viet Nam (R-TIME-1). Asia/Ho_Chi_Minh has been UTC+7 with no
 * daylight saving since 1975, so core converts with the fixed offset and never
 * reads the host's time zone or clock (R-TIME-2).
 */

import { fromDayNumber } from './dayNumber';
import { ChiboError } from './errors';

/** The offset of Asia/Ho_Chi_Minh from UTC, in minutes (R-TIME-1). */
export const VIET_NAM_OFFSET_MINUTES = 7 * 60;

const OFFSET_MS = VIET_NAM_OFFSET_MINUTES * 60_000;
const HAS_ZONE = /(?:Z|[+-]\d{2}:?\d{2})$/i;

/** A civil date and time in Viet Nam, broken into fields. */
export interface VietNamCivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const DAY_MS = 86_400_000;
/** '00' to '99'. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad(n));

/**
 * Read an instant as the civil time in Viet Nam, whatever the host's zone.
 *
 * @param input - a `Date`, or an ISO 8601 string; a string without an offset
 *   is read as Viet Nam civil time.
 * @returns the year, month (1–12), day, hour, minute and second in UTC+7.
 * @throws ChiboError (`invalid-argument`, R-TIME-1) for anything but an ISO 8601
 *   string with a real date or a valid `Date`.
 * @example
 * ```ts
 * getVietNamCivilTime('2027-03-09T12:30:00Z'); // { year: 2027, month: 3, day: 9, hour: 19, minute: 30, second: 0 }
 * ```
 */
export function getVietNamCivilTime(input: string | Date): VietNamCivilTime {
  const shifted = new Date(validInstant(input) + OFFSET_MS);
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  };
}

/**
 * Turn a `Date` or an ISO 8601 string into a `Date` instant. A string without
 * an offset is Viet Nam civil time (R-TIME-1), never the host's local time.
 *
 * @param input - the value to read.
 * @returns the instant; an invalid date for a string that is not an ISO 8601
 *   instant or date with a real date (`09/03/2027`, `2027-02-30`).
 * @throws ChiboError (`invalid-argument`, R-TIME-1) for anything but a string
 *   or a `Date`.
 * @example
 * ```ts
 * toInstant('2027-03-09T19:30').toISOString(); // '2027-03-09T12:30:00.000Z'
 * ```
 */
export function toInstant(input: string | Date): Date {
  if (input instanceof Date) return new Date(input.getTime());
  if (typeof input !== 'string') throw notADate(input);
  const quick = parseZonedDateTime(input);
  if (!Number.isNaN(quick)) return new Date(quick);
  const text = input.trim();
  // ISO 8601 only, with a date that exists: `Date` would read 09/03/2027 as
  // 3 September and 2027-02-30 as 2 March.
  if (!hasRealIsoDate(text)) return new Date(Number.NaN);
  if (text.length === 10) return new Date(`${text}T00:00:00+07:00`);
  return new Date(HAS_ZONE.test(text) ? text : `${text}+07:00`);
}

/** The epoch milliseconds of a valid instant, or the `ChiboError` of `notADate`. */
function validInstant(input: string | Date): number {
  const ms = toInstant(input).getTime();
  if (Number.isNaN(ms)) throw notADate(input);
  return ms;
}

/** Whether `text` starts with a real `YYYY-MM-DD` and is that date or a time on it. */
function hasRealIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}(?:$|[T ])/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays =
    month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? Number.NaN);
  return month >= 1 && day >= 1 && day <= monthDays;
}

/** The error for a value that is not an instant (R-TIME-1). */
function notADate(input: unknown): ChiboError {
  const shown =
    typeof input === 'string'
      ? JSON.stringify(input.length > 60 ? `${input.slice(0, 60)}…` : input)
      : input instanceof Date
        ? 'Invalid Date'
        : input === null
          ? 'null'
          : typeof input;
  const message = {
    vi: 'Cần một thời điểm ISO 8601 (ví dụ 2027-03-09T19:30:00+07:00, hoặc ngày 2027-03-09) hoặc một Date hợp lệ.',
    en: 'Expected an ISO 8601 instant (e.g. 2027-03-09T19:30:00+07:00, or the date 2027-03-09) or a valid Date.',
  };
  return new ChiboError(
    'invalid-argument',
    {
      vi: `Không phải ngày giờ hợp lệ: ${shown}.`,
      en: `Not a valid date or time: ${shown}.`,
    },
    { issues: [{ path: [], code: 'invalid_date', message, rule: 'R-TIME-1' }] },
  );
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The two ASCII digits at `at` as a number, or NaN. */
function twoDigits(text: string, at: number): number {
  const hi = text.charCodeAt(at) - 48;
  const lo = text.charCodeAt(at + 1) - 48;
  return hi >= 0 && hi <= 9 && lo >= 0 && lo <= 9 ? hi * 10 + lo : Number.NaN;
}

/**
 * `Date.parse` of the usual zoned ISO 8601 instant
 * (`YYYY-MM-DDTHH:MM:SS`, optional `.sss`, then `Z` or `±HH:MM`), read
 * field by field; `NaN` for anything else (and for impossible dates), which
 * the caller then reads the general way. A year before 100 is left to
 * `Date.parse` too.
 *
 * @param text - the string.
 * @returns epoch milliseconds, or `NaN` when not of that exact form.
 */
export function parseZonedDateTime(text: string): number {
  const n = text.length;
  if (n < 20 || n > 29) return Number.NaN;
  if (text[4] !== '-' || text[7] !== '-' || text[10] !== 'T') return Number.NaN;
  if (text[13] !== ':' || text[16] !== ':') return Number.NaN;
  const year = twoDigits(text, 0) * 100 + twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  const second = twoDigits(text, 17);
  let at = 19;
  let millis = 0;
  if (text[at] === '.') {
    const last = text.charCodeAt(at + 3) - 48;
    millis =
      last >= 0 && last <= 9 ? twoDigits(text, at + 1) * 10 + last : Number.NaN;
    at += 4;
  }
  let offset = 0;
  if (text[at] === 'Z' && n === at + 1) offset = 0;
  else if ((text[at] === '+' || text[at] === '-') && n === at + 6) {
    if (text[at + 3] !== ':') return Number.NaN;
    const h = twoDigits(text, at + 1);
    const m = twoDigits(text, at + 4);
    if (!(h <= 23 && m <= 59)) return Number.NaN;
    offset = (text[at] === '+' ? 1 : -1) * (h * 60 + m) * 60_000;
  } else return Number.NaN;
  // Every NaN field fails these comparisons.
  if (!(year >= 100 && month >= 1 && month <= 12 && day >= 1)) {
    return Number.NaN;
  }
  if (!(hour <= 23 && minute <= 59 && second <= 59 && millis >= 0)) {
    return Number.NaN;
  }
  const monthDays = DAYS_IN_MONTH[month - 1] as number;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (day > (month === 2 && !leap ? 28 : monthDays)) return Number.NaN;
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offset;
}

/**
 * `Date.parse(text)`, quicker for the usual zoned ISO 8601 instant.
 *
 * @param text - an ISO 8601 string.
 * @returns epoch milliseconds, `NaN` when `Date.parse` gives `NaN`.
 */
export function parseInstant(text: string): number {
  const quick = parseZonedDateTime(text);
  return Number.isNaN(quick) ? Date.parse(text) : quick;
}

/**
 * Normalise an instant to ISO 8601 in Viet Nam time with the `+07:00` offset.
 *
 * @param input - a `Date` or an ISO 8601 string (any offset, or none).
 * @returns e.g. `'2027-03-09T19:30:00+07:00'`; milliseconds only when not zero.
 * @example
 * ```ts
 * toVietNamDateTime(new Date('2027-03-09T12:30:00Z')); // '2027-03-09T19:30:00+07:00'
 * ```
 */
export function toVietNamDateTime(input: string | Date): string {
  return formatVietNamDateTime(validInstant(input));
}

/**
 * `toVietNamDateTime` of an instant given in milliseconds since the epoch.
 *
 * @param ms - a finite instant.
 * @returns the instant in ISO 8601 with `+07:00`.
 * @throws ChiboError (`invalid-argument`, R-TIME-1) for anything but an ISO 8601
 *   string with a real date or a valid `Date`.
 */
export function formatVietNamDateTime(ms: number): string {
  const local = ms + OFFSET_MS;
  const days = Math.floor(local / DAY_MS);
  const { year, month, day } = fromDayNumber(days);
  let rest = local - days * DAY_MS;
  const hour = Math.floor(rest / 3_600_000);
  rest -= hour * 3_600_000;
  const minute = Math.floor(rest / 60_000);
  rest -= minute * 60_000;
  const second = Math.floor(rest / 1000);
  const millis = rest - second * 1000;
  if (!(year >= 0 && year <= 9999) || !Number.isInteger(millis)) {
    const t = getVietNamCivilTime(new Date(ms));
    const m = ((ms % 1000) + 1000) % 1000;
    const fraction = m === 0 ? '' : `.${pad(m, 3)}`;
    return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}${fraction}+07:00`;
  }
  const fraction = millis === 0 ? '' : `.${pad(millis, 3)}`;
  return `${TWO_DIGITS[Math.floor(year / 100)]}${TWO_DIGITS[year % 100]}-${TWO_DIGITS[month]}-${TWO_DIGITS[day]}T${TWO_DIGITS[hour]}:${TWO_DIGITS[minute]}:${TWO_DIGITS[second]}${fraction}+07:00`;
}

/**
 * The civil date in Viet Nam of an instant, as `YYYY-MM-DD`.
 *
 * @param input - a `Date` or an ISO 8601 string; a bare `YYYY-MM-DD` is
 *   returned as it is.
 * @returns the date in Asia/Ho_Chi_Minh.
 * @throws ChiboError (`invalid-argument`, R-TIME-1) for anything but an ISO 8601
 *   string with a real date or a valid `Date`.
 * @example
 * ```ts
 * toVietNamDate('2027-03-08T18:00:00Z'); // '2027-03-09' (01:00 on the 9th in Viet Nam)
 * ```
 */
export function toVietNamDate(input: string | Date): string {
  if (typeof input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(input.trim())) {
    const text = input.trim();
    if (!hasRealIsoDate(text)) throw notADate(input);
    return text;
  }
  const instant = new Date(validInstant(input));
  // The shifted instant's ISO date, for years 0–9999 (see below otherwise).
  const shifted = new Date(instant.getTime() + OFFSET_MS);
  const iso = Number.isNaN(shifted.getTime()) ? '' : shifted.toISOString();
  if (iso.length === 24) return iso.slice(0, 10);
  const t = getVietNamCivilTime(instant);
  return `${pad(t.year, 4)}-${pad(t.month)}-${pad(t.day)}`;
}

/**
 * Minutes between two instants (`to - from`), for durations such as R-DUR-1.
 *
 * @param from - the earlier instant.
 * @param to - the later instant.
 * @returns whole and fractional minutes; negative when `to` is earlier.
 * @throws ChiboError (`invalid-argument`, R-TIME-1) for anything but an ISO 8601
 *   string with a real date or a valid `Date`.
 * @example
 * ```ts
 * minutesBetween('2027-03-09T19:30:00+07:00', '2027-03-09T21:15:00+07:00'); // 105
 * ```
 */
export function minutesBetween(from: string | Date, to: string | Date): number {
  return (validInstant(to) - validInstant(from)) / 60_000;
}
