import { ChiboError, type LocalizedText } from '@chibo/core';
import { z } from 'zod';
import { formatDay, fromDayNumber, parseDay, type SolarDate } from '../civil';
import { createHolidayCalendar } from '../holidays/getHolidays';
import type { Holiday } from '../holidays/holiday';
import type {
  HolidayCalendar,
  HolidayOptions,
} from '../holidays/holidayCalendar';
import { checkObjectArgument } from '../knownKeys';
import { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from '../lunar/lunarYear';
import {
  type MeetingRule,
  type MeetingRuleInput,
  parseMeetingRule,
} from './meetingRule';
import { patternDay } from './patternDay';

/** Why an occurrence moved (R-SCHED-2). */
export interface OccurrenceShift {
  /** A public holiday (or a day off in lieu), or the weekly rest. */
  reason: 'holiday' | 'weekly-rest';
  /** The holiday on the original date, when that is the reason. */
  holiday?: Pick<Holiday, 'kind' | 'name' | 'compensatory'> | undefined;
  /** Days moved: positive later, negative earlier. */
  days: number;
  /** The move in words. */
  message: LocalizedText;
}

/** One meeting of a recurring rule (R-SCHED-1, R-SCHED-2). */
export interface Occurrence {
  /** The civil date it is held, `YYYY-MM-DD` (Viet Nam). */
  date: string;
  /** Start, ISO 8601 with `+07:00`, e.g. `2027-02-10T19:30:00+07:00`. */
  start: string;
  /** End: start plus the rule's duration. */
  end: string;
  /** The date the pattern gave, before any shift. */
  originalDate: string;
  /** The year and month the meeting is for (the pattern's month). */
  year: number;
  month: number;
  /** Present when the meeting moved. */
  shift?: OccurrenceShift | undefined;
}

/** A range of civil dates, both ends included; no other key. */
export interface DateRange {
  from: string | SolarDate | Date;
  to: string | SolarDate | Date;
}

/** The options of {@link expandSchedule}; an unknown key is an error naming the nearest known one. */
export interface ExpandScheduleOptions {
  /**
   * The holiday calendar, or the options to build one (weekly rest, official
   * lists…).
   * @defaultValue the default calendar (Saturday and Sunday rest, computed holidays)
   */
  holidays?: HolidayOptions | HolidayCalendar | undefined;
}

/**
 * The range and options as {@link expandSchedule} reads them: objects with
 * known keys; the dates and the holidays are checked after.
 */
const DateRangeArgument = z.strictObject({
  from: z.unknown(),
  to: z.unknown(),
});
const ExpandScheduleOptionsArgument = z.strictObject({
  holidays: z.unknown().optional(),
});

/** The raw result of expanding a rule: day numbers. */
export interface RawOccurrence {
  day: number;
  original: number;
  year: number;
  month: number;
  shift?: OccurrenceShift | undefined;
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** What keeps a meeting off a day of a prepared year, or `null`. */
function blocker(
  day: number,
  rule: MeetingRule,
  calendar: HolidayCalendar,
): { holiday?: Holiday } | null {
  const holiday = calendar.dayOff(day);
  if (holiday && !(holiday.compensatory && rule.meetOnCompensatoryDays)) {
    return { holiday };
  }
  if (
    rule.avoidWeeklyRest &&
    calendar.isWeeklyRest(day) &&
    !calendar.isSwappedWorkingDay(day)
  ) {
    return {};
  }
  return null;
}

function shiftMessage(
  original: number,
  day: number,
  cause: { holiday?: Holiday },
): LocalizedText {
  // "Nghỉ bù …", "Ngày nghỉ hoán đổi" are common nouns mid-sentence.
  const vi = cause.holiday?.name.vi.replace(/^(Nghỉ|Ngày) /, (w) =>
    w.toLowerCase(),
  );
  const why = cause.holiday
    ? {
        vi: `trùng ${vi}`,
        en: `falls on ${cause.holiday.name.en}`,
      }
    : { vi: 'trùng ngày nghỉ hằng tuần', en: 'falls on the weekly rest' };
  return {
    vi: `Ngày ${formatDay(original)} ${why.vi}, dời sang ngày ${formatDay(day)}.`,
    en: `${formatDay(original)} ${why.en}; moved to ${formatDay(day)}.`,
  };
}

/** Expand a parsed rule to day numbers: the core of {@link expandSchedule}. */
export function expandDays(
  rule: MeetingRule,
  fromDay: number,
  toDay: number,
  calendar: HolidayCalendar,
): RawOccurrence[] {
  const result: RawOccurrence[] = [];
  const from = fromDayNumber(fromDay);
  const to = fromDayNumber(toDay);
  const months = rule.months ? new Set(rule.months) : null;
  // A shift can cross into the year before or after.
  calendar.prepare(
    Math.max(LUNAR_MIN_YEAR, from.year - 1),
    Math.min(LUNAR_MAX_YEAR, to.year + 1),
  );
  for (
    let y = from.year, m = from.month;
    y < to.year || (y === to.year && m <= to.month);
  ) {
    if (!months || months.has(m)) {
      const original = patternDay(rule.pattern, y, m, calendar);
      if (original !== null && original >= fromDay && original <= toDay) {
        result.push(shiftOne(rule, original, y, m, calendar));
      }
    }
    if (m === 12) {
      y++;
      m = 1;
    } else m++;
  }
  return result;
}

function shiftOne(
  rule: MeetingRule,
  original: number,
  year: number,
  month: number,
  calendar: HolidayCalendar,
): RawOccurrence {
  const cause =
    rule.shift === 'keep' ? null : blocker(original, rule, calendar);
  if (!cause) return { day: original, original, year, month };
  const step = rule.shift === 'next-working-day' ? 1 : -1;
  let day = original + step;
  while (blocker(day, rule, calendar)) {
    day += step;
    if (Math.abs(day - original) > 31) {
      throw new ChiboError(
        'invalid-argument',
        {
          vi: 'Không tìm được ngày làm việc trong vòng 31 ngày để dời cuộc họp.',
          en: 'No working day within 31 days to move the meeting to.',
        },
        {
          issues: [
            {
              path: ['holidays', 'weeklyRest'],
              code: 'custom',
              message: {
                vi: 'Lịch nghỉ không để lại ngày làm việc nào.',
                en: 'The days off leave no working day.',
              },
              rule: 'R-SCHED-2',
            },
          ],
        },
      );
    }
  }
  return {
    day,
    original,
    year,
    month,
    shift: {
      reason: cause.holiday ? 'holiday' : 'weekly-rest',
      ...(cause.holiday
        ? {
            holiday: {
              kind: cause.holiday.kind,
              name: cause.holiday.name,
              compensatory: cause.holiday.compensatory,
            },
          }
        : {}),
      days: day - original,
      message: shiftMessage(original, day, cause),
    },
  };
}

/** The clock parts of a meeting's start and end, worked out once per rule. */
interface Clock {
  startSuffix: string;
  endSuffix: string;
  /** Days from the start's date to the end's. */
  endDays: number;
}

function clockOf(time: string, durationMinutes: number): Clock {
  const startMinute = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  const endMinute = startMinute + durationMinutes;
  const rest = endMinute % 1440;
  return {
    startSuffix: `T${time}:00+07:00`,
    endSuffix: `T${pad(Math.floor(rest / 60))}:${pad(rest % 60)}:00+07:00`,
    endDays: Math.floor(endMinute / 1440),
  };
}

/** The start and end, as `+07:00` ISO strings, of a meeting on a day. */
export function meetingTimes(
  day: number,
  time: string,
  durationMinutes: number,
): { start: string; end: string } {
  const clock = clockOf(time, durationMinutes);
  const date = formatDay(day);
  return {
    start: date + clock.startSuffix,
    end:
      (clock.endDays === 0 ? date : formatDay(day + clock.endDays)) +
      clock.endSuffix,
  };
}

/** Read a `{ from, to }` range; `from` after `to` is an error. */
export function parseRange(range: DateRange): [number, number] {
  const from = parseDay(range.from, ['from']);
  const to = parseDay(range.to, ['to']);
  const problem = (
    path: string,
    code: string,
    vi: string,
    en: string,
    rule: string,
  ): ChiboError =>
    new ChiboError(
      'invalid-argument',
      {
        vi: `Khoảng thời gian không hợp lệ: ${vi}`,
        en: `Invalid range: ${en}`,
      },
      { issues: [{ path: [path], code, message: { vi, en }, rule }] },
    );
  if (from > to) {
    throw problem(
      'from',
      'too_big',
      `ngày bắt đầu ${formatDay(from)} sau ngày kết thúc ${formatDay(to)}.`,
      `from ${formatDay(from)} is after to ${formatDay(to)}.`,
      'R-SCHED-1',
    );
  }
  // Holidays need the lunar calendar (Tết, Giỗ Tổ): its range bounds ours.
  for (const [path, day] of [
    ['from', from],
    ['to', to],
  ] as const) {
    const year = fromDayNumber(day).year;
    if (year < LUNAR_MIN_YEAR || year > LUNAR_MAX_YEAR) {
      throw problem(
        path,
        'out_of_range',
        `năm ${year} nằm ngoài ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, khoảng có lịch âm để tính ngày lễ, tết.`,
        `year ${year} is outside ${LUNAR_MIN_YEAR}–${LUNAR_MAX_YEAR}, the range of the lunar calendar the holidays need.`,
        'R-HOL-1',
      );
    }
  }
  return [from, to];
}

/**
 * Every meeting of a recurring rule whose pattern date lies in a range
 * (R-SCHED-1), moved off holidays and the weekly rest by the rule's shift
 * policy (R-SCHED-2, R-HOL-1, R-HOL-2). A moved meeting keeps its original
 * date and the reason. Times are Viet Nam civil time whatever the host's
 * zone (R-TIME-1).
 *
 * @param rule - the recurring rule (validated with {@link MeetingRule}).
 * @param range - `{ from, to }`, civil dates, both included; a meeting is in
 *   the range when its pattern date is.
 * @param options - the holiday calendar.
 * @returns the occurrences in date order.
 * @throws ChiboError for an invalid or impossible rule, or `from` after
 *   `to`; `invalid-argument` for a range or options that are not objects
 *   with known keys (`{ from, to }`, `{ holidays }`).
 * @example
 * ```ts
 * const rule = {
 *   pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
 *   time: '19:30',
 * } as const;
 * const [feb] = expandSchedule(rule, { from: '2027-02-01', to: '2027-02-28' });
 * feb.date; // '2027-02-10' — 02-09 is the 4th day of Tết
 * feb.shift?.message.vi; // 'Ngày 2027-02-09 trùng Tết Âm lịch, dời sang ngày 2027-02-10.'
 * ```
 */
export function expandSchedule(
  rule: MeetingRuleInput | MeetingRule,
  range: DateRange,
  options: ExpandScheduleOptions = {},
): Occurrence[] {
  const parsed = parseMeetingRule(rule);
  checkObjectArgument('range', DateRangeArgument, range);
  checkObjectArgument('options', ExpandScheduleOptionsArgument, options);
  const [from, to] = parseRange(range);
  const calendar = createHolidayCalendar(options.holidays);
  return toOccurrences(expandDays(parsed, from, to, calendar), parsed);
}

function buildOccurrence(raw: RawOccurrence, clock: Clock): Occurrence {
  const date = formatDay(raw.day);
  const occurrence: Occurrence = {
    date,
    start: date + clock.startSuffix,
    end:
      (clock.endDays === 0 ? date : formatDay(raw.day + clock.endDays)) +
      clock.endSuffix,
    originalDate: raw.original === raw.day ? date : formatDay(raw.original),
    year: raw.year,
    month: raw.month,
  };
  if (raw.shift) occurrence.shift = raw.shift;
  return occurrence;
}

/** Turn raw occurrences of a rule into the public shape. */
export function toOccurrences(
  raws: readonly RawOccurrence[],
  rule: MeetingRule,
): Occurrence[] {
  const clock = clockOf(rule.time, rule.durationMinutes);
  return raws.map((raw) => buildOccurrence(raw, clock));
}
