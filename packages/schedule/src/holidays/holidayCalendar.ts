import { ChiboError } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { z } from 'zod';
import { parseDay, type SolarDate, toDayNumber, weekdayOf } from '../civil';
import { checkKnownKeys } from '../knownKeys';
import { lunarToSolar } from '../lunar/lunarCalendar';
import { buildHoliday, type Holiday } from './holiday';
import {
  type KnownHolidayKind,
  type OfficialHolidays,
  type OfficialHolidaysInput,
  parseOfficialHolidays,
} from './officialHolidays';

/**
 * The options of {@link getHolidays}, {@link isWorkingDay} and the
 * schedules. An unknown key is an error naming the nearest known one.
 */
export interface HolidayOptions {
  /**
   * Days of the weekly rest, 0 = Sunday … 6 = Saturday (R-HOL-2). Some units
   * work on Saturdays: `[0]`.
   * @defaultValue `[0, 6]` (Saturday and Sunday)
   */
  weeklyRest?: readonly number[] | undefined;
  /**
   * National Day's second day [open]: the day before 2 September or the day
   * after (Art. 112: "01 ngày liền kề trước hoặc sau"). The yearly official
   * list overrides it.
   * @defaultValue `'before'` (1 September)
   */
  nationalDaySecondDay?: 'before' | 'after' | undefined;
  /**
   * The yearly announced lists (R-HOL-1); for a year that has one it replaces
   * the computed default. Validated with {@link OfficialHolidays}.
   */
  official?: readonly OfficialHolidaysInput[] | undefined;
}
/** Day number of 1800-01-01 and the days to 2199-12-31: the flags' span. */
const FLAGS_BASE = -62_091;
const FLAGS_SIZE = 146_097;

function checkWeeklyRest(days: readonly number[]): void {
  const valid =
    Array.isArray(days) &&
    days.every((d) => Number.isInteger(d) && d >= 0 && d <= 6);
  if (valid && new Set(days).size < 7) return;
  const message = valid
    ? {
        vi: 'Nghỉ hằng tuần không thể là cả bảy ngày.',
        en: 'The weekly rest cannot be all seven days.',
      }
    : {
        vi: 'Ngày nghỉ hằng tuần là số từ 0 (Chủ nhật) đến 6 (Thứ Bảy).',
        en: 'Weekly rest days are numbers from 0 (Sunday) to 6 (Saturday).',
      };
  throw new ChiboError('invalid-argument', message, {
    issues: [
      { path: ['weeklyRest'], code: 'custom', message, rule: 'R-HOL-2' },
    ],
  });
}

/**
 * What {@link HolidayOptions} accepts: an unknown key is an error naming the
 * nearest known one (`weeklyRst`: did you mean `weeklyRest`?). `weeklyRest`
 * and the entries of `official` are checked after, with their rules.
 */
const HolidayOptionsArgument = z.strictObject({
  weeklyRest: z.unknown().optional(),
  nationalDaySecondDay: z.enum(['before', 'after']).optional(),
  official: z.array(z.unknown()).optional(),
});

/** The options are an object with known keys, and `official` a list. */
function checkOptions(options: unknown): void {
  checkArgument('options', HolidayOptionsArgument, options);
}

/** Holiday options with a key {@link HolidayOptions} does not have are an error. */
export function checkOptionKeys(options: object): void {
  checkKnownKeys('options', HolidayOptionsArgument, options);
}

/** Parse one official list, its issues' paths starting at `prefix`. */
function parseAt(input: unknown, prefix: PropertyKey[]): OfficialHolidays {
  try {
    return parseOfficialHolidays(input);
  } catch (error) {
    if (!(error instanceof ChiboError)) throw error;
    throw new ChiboError(error.code, error.messages, {
      issues: error.issues.map((issue) => ({
        ...issue,
        path: [...prefix, ...issue.path],
      })),
      cause: error.cause,
    });
  }
}

const dayOf = (d: SolarDate) => toDayNumber(d.year, d.month, d.day);

/** The statutory days of a year by the default rules, without compensation. */
function statutoryDays(
  year: number,
  secondDay: 'before' | 'after',
): [number, KnownHolidayKind][] {
  const tet = dayOf(lunarToSolar({ year, month: 1, day: 1 }));
  const days: [number, KnownHolidayKind][] = [
    [toDayNumber(year, 1, 1), 'new-year'],
    // Default (R-HOL-1): the last day of the old year and mùng 1–4.
    [tet - 1, 'tet'],
    [tet, 'tet'],
    [tet + 1, 'tet'],
    [tet + 2, 'tet'],
    [tet + 3, 'tet'],
    [dayOf(lunarToSolar({ year, month: 3, day: 10 })), 'hung-kings'],
    [toDayNumber(year, 4, 30), 'victory-day'],
    [toDayNumber(year, 5, 1), 'labour-day'],
    [toDayNumber(year, 9, secondDay === 'before' ? 1 : 3), 'national-day'],
    [toDayNumber(year, 9, 2), 'national-day'],
  ];
  return days.sort((a, b) => a[0] - b[0]);
}

/** A year's days off, by day number, for fast lookups. */
export interface HolidayYear {
  holidays: Holiday[];
  byDay: Map<number, Holiday>;
  /** Weekly-rest days made working days by the official list. */
  workingDays: Set<number>;
}

/**
 * The holiday calendar for one set of options: computes each year once.
 * Every schedule function takes one (or builds it from {@link HolidayOptions}).
 * Its methods that take a `day` read a day number: days since 1970-01-01, a
 * civil date in Viet Nam (R-TIME-1); {@link getHolidays} and
 * {@link isWorkingDay} are the date-based way in.
 *
 * @example
 * ```ts
 * const calendar = new HolidayCalendar({ weeklyRest: [0] });
 * expandSchedule(rule, { from: '2027-01-01', to: '2027-12-31' }, { holidays: calendar });
 * ```
 */
export class HolidayCalendar {
  readonly weeklyRest: readonly number[];
  private readonly rest: boolean[];
  private readonly secondDay: 'before' | 'after';
  private readonly official = new Map<number, OfficialHolidays>();
  private readonly years = new Map<number, HolidayYear>();
  /** Every day off of the computed years, by day number. */
  private readonly daysOff = new Map<number, Holiday>();
  /** 1 on a day off, by day number − FLAGS_BASE: a fast "no" before the map. */
  private flags: Uint8Array | undefined;
  /** Every swapped working day of the computed years. */
  private readonly swaps = new Set<number>();

  constructor(options: HolidayOptions = {}) {
    checkOptions(options);
    this.weeklyRest = options.weeklyRest ?? [0, 6];
    checkWeeklyRest(this.weeklyRest);
    this.rest = [0, 1, 2, 3, 4, 5, 6].map((d) => this.weeklyRest.includes(d));
    this.secondDay = options.nationalDaySecondDay ?? 'before';
    (options.official ?? []).forEach((input, index) => {
      const list = parseAt(input, ['official', index]);
      this.official.set(list.year, list);
    });
  }

  /** Whether a day number is a weekly rest day (ignoring swaps). */
  isWeeklyRest(day: number): boolean {
    return this.rest[weekdayOf(day)] === true;
  }

  /** The days off of a year (R-HOL-1, R-HOL-2). */
  getYear(year: number): HolidayYear {
    if (!Number.isSafeInteger(year))
      checkArgument('year', z.number().int(), year);
    let entry = this.years.get(year);
    if (!entry) {
      entry = this.computeYear(year);
      this.years.set(year, entry);
    }
    return entry;
  }

  /** Compute the years `from`…`to` so that {@link HolidayCalendar.dayOff} can answer for them. */
  prepare(from: number, to: number): void {
    for (let year = from; year <= to; year++) this.getYear(year);
  }

  /** The day off on a day number of a prepared year, if any. */
  dayOff(day: number): Holiday | undefined {
    const index = day - FLAGS_BASE;
    if (
      this.flags &&
      index >= 0 &&
      index < FLAGS_SIZE &&
      this.flags[index] === 0
    ) {
      return undefined;
    }
    return this.daysOff.get(day);
  }

  /** Whether a day number of a prepared year is a weekly rest day made a working day. */
  isSwappedWorkingDay(day: number): boolean {
    return this.swaps.has(day);
  }

  /** The holiday on a day number, if any. */
  holidayOn(day: number, year: number): Holiday | undefined {
    return this.getYear(year).byDay.get(day);
  }

  /** Whether a day number is a working day: not weekly rest (unless swapped) nor a day off. */
  isWorkingDay(day: number, year: number): boolean {
    const entry = this.getYear(year);
    if (entry.byDay.has(day)) return false;
    return !this.isWeeklyRest(day) || entry.workingDays.has(day);
  }

  private computeYear(year: number): HolidayYear {
    const official = this.official.get(year);
    const holidays: Holiday[] = [];
    const workingDays = new Set<number>();
    if (official) {
      for (const d of official.daysOff) {
        const day = parseDay(d.date);
        holidays.push(
          buildHoliday(day, d.kind, {
            source: 'official',
            name: d.name,
            law: d.law,
            lieu: d.compensatory ? {} : undefined,
          }),
        );
      }
      for (const date of official.workingDays) workingDays.add(parseDay(date));
    } else {
      const days = statutoryDays(year, this.secondDay);
      const taken = new Set(days.map(([d]) => d));
      for (const [day, kind] of days)
        holidays.push(buildHoliday(day, kind, { source: 'computed' }));
      // R-HOL-2: a holiday on the weekly rest gives the next working day off.
      for (const [day, kind] of days) {
        if (!this.isWeeklyRest(day)) continue;
        let next = day + 1;
        while (this.isWeeklyRest(next) || taken.has(next)) next++;
        taken.add(next);
        holidays.push(
          buildHoliday(next, kind, { source: 'computed', lieu: { of: day } }),
        );
      }
    }
    holidays.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const byDay = new Map<number, Holiday>();
    for (const h of holidays) {
      const day = parseDay(h.date);
      byDay.set(day, h);
      this.daysOff.set(day, h);
      this.flags ??= new Uint8Array(FLAGS_SIZE);
      const index = day - FLAGS_BASE;
      if (index >= 0 && index < FLAGS_SIZE) this.flags[index] = 1;
    }
    for (const day of workingDays) this.swaps.add(day);
    return { holidays, byDay, workingDays };
  }
}
