import { ChiboError, type Locale } from '@chibo/core';
import { toInstant } from '@chibo/core/time';
import { cleanCalendarText, contentLine, escapeText } from './contentLine';

/**
 * The parts every calendar chibo writes shares (RFC 5545): its head, the
 * DTSTAMP taken from the options (never the clock, R-TIME-2), UTC instants
 * and all-day dates. Used by `toICalendar` and `admissionToICalendar`.
 */

/** A TEXT value from a plan or the options, cleaned and escaped. */
export const calendarText = (value: string) =>
  escapeText(cleanCalendarText(value));

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `20270210T123000Z`: an instant in UTC (RFC 5545 §3.3.5, form 2), from the
 * UTC fields (never the host's zone, R-TIME-1); years 0–9999.
 */
export function utcDateTime(instant: Date): string {
  return `${String(instant.getUTCFullYear()).padStart(4, '0')}${pad2(instant.getUTCMonth() + 1)}${pad2(instant.getUTCDate())}T${pad2(instant.getUTCHours())}${pad2(instant.getUTCMinutes())}${pad2(instant.getUTCSeconds())}Z`;
}

/**
 * The DTSTAMP line of every event: the option's time, or the fallback.
 *
 * @throws ChiboError `invalid-argument` at `['stamp']` when it is not a date.
 */
export function stampLine(
  stamp: string | Date | null | undefined,
  fallback: string,
): string {
  const instant = toInstant(stamp ?? fallback);
  if (!Number.isNaN(instant.getTime())) {
    return contentLine('DTSTAMP', utcDateTime(instant));
  }
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Thời điểm xuất lịch (stamp) không phải ngày giờ hợp lệ: ${String(stamp)}.`,
      en: `The export time (stamp) is not a valid date and time: ${String(stamp)}.`,
    },
    {
      issues: [
        {
          path: ['stamp'],
          code: 'invalid_type',
          message: {
            vi: 'Cần ngày giờ ISO 8601 hoặc Date.',
            en: 'Expected an ISO 8601 date-time or a Date.',
          },
          rule: 'R-TIME-2',
        },
      ],
    },
  );
}

/**
 * `BEGIN:VCALENDAR`, VERSION, PRODID and, when the name is not empty, NAME
 * and X-WR-CALNAME.
 *
 * @param locale - the calendar's language, in PRODID.
 * @param name - the calendar's name, already cleaned and escaped.
 */
export function calendarHead(locale: Locale, name: string): string {
  const head = `BEGIN:VCALENDAR\r\n${contentLine('VERSION', '2.0')}${contentLine('PRODID', `-//chibo//@chibo/schedule//${locale.toUpperCase()}`)}`;
  return name
    ? `${head}${contentLine('NAME', name)}${contentLine('X-WR-CALNAME', name)}`
    : head;
}

/** The end of a calendar. */
export const CALENDAR_END = 'END:VCALENDAR\r\n';
