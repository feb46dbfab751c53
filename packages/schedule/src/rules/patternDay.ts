import { daysInMonth, toDayNumber, weekdayOf } from '../civil';
import type { HolidayCalendar } from '../holidays/holidayCalendar';
import type { RecurrencePattern } from './meetingRule';

/**
 * The day (day number) a pattern names in one month, before any shift, or
 * `null` when the month has no such day and the pattern skips it
 * (R-SCHED-1).
 */
export function patternDay(
  pattern: RecurrencePattern,
  year: number,
  month: number,
  calendar: HolidayCalendar,
): number | null {
  const first = toDayNumber(year, month, 1);
  const length = daysInMonth(year, month);
  const last = first + length - 1;
  switch (pattern.type) {
    case 'day-of-month': {
      if (pattern.day <= length) return first + pattern.day - 1;
      return pattern.whenMissing === 'nearest' ? last : null;
    }
    case 'nth-weekday': {
      const firstMatch = first + ((pattern.weekday - weekdayOf(first) + 7) % 7);
      const day = firstMatch + 7 * (pattern.n - 1);
      if (day <= last) return day;
      return pattern.whenMissing === 'nearest' ? day - 7 : null;
    }
    case 'weekday-of-week': {
      const startOffset = (weekdayOf(first) - pattern.weekStartsOn + 7) % 7;
      const target = (pattern.weekday - pattern.weekStartsOn + 7) % 7;
      const day = first - startOffset + 7 * (pattern.week - 1) + target;
      if (day >= first && day <= last) return day;
      if (pattern.whenMissing !== 'nearest') return null;
      return day < first ? day + 7 : day - 7;
    }
    case 'last-weekday':
      return last - ((weekdayOf(last) - pattern.weekday + 7) % 7);
    case 'last-working-day': {
      for (let day = last; day >= first; day--) {
        if (calendar.isWorkingDay(day, year)) return day;
      }
      return null;
    }
  }
}
