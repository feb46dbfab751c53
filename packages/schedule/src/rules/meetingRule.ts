import { type LocalizedText, parseWith } from '@chibo/core';
import { z } from 'zod';

/**
 * A day of the week: 0 = Sunday (Chủ nhật), 1 = Monday (Thứ Hai) … 6 = Saturday (Thứ Bảy).
 *
 * @example
 * ```ts
 * Weekday.parse(2); // Thứ Ba (Tuesday)
 * ```
 */
export const Weekday = z.number().int().min(0).max(6);
export type Weekday = z.infer<typeof Weekday>;

/**
 * A civil time of day in Viet Nam, `HH:MM` (R-TIME-1), e.g. `'19:30'`.
 *
 * @example
 * ```ts
 * TimeOfDay.parse('19:30');
 * ```
 */
export const TimeOfDay = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Expected HH:MM, e.g. 19:30.');
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/**
 * A planned length in minutes, 1 to 1440.
 *
 * @example
 * ```ts
 * DurationMinutes.parse(105);
 * ```
 */
export const DurationMinutes = z
  .number()
  .int()
  .min(1)
  .max(24 * 60);

/**
 * What happens when a meeting date falls on a day off (R-SCHED-2): move it to
 * the next working day (the Hậu Giang rule), to the previous one, or keep it.
 *
 * @example
 * ```ts
 * ShiftPolicy.parse('next-working-day');
 * ```
 */
export const ShiftPolicy = z.enum([
  'next-working-day',
  'previous-working-day',
  'keep',
]);
export type ShiftPolicy = z.infer<typeof ShiftPolicy>;

/**
 * What to do in a month where the pattern names a day that does not exist
 * (the 31st in April, the 5th Monday, the Tuesday of a first week that starts
 * in the previous month): `skip` the month, or take the `nearest` day of the
 * month that fits (the last day, the last such weekday, the first such
 * weekday). A pattern that can miss needs one (R-SCHED-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'day-of-month', day: 31, whenMissing: 'nearest' }; // the last day of a shorter month
 * ```
 */
export const WhenMissing = z.enum(['skip', 'nearest']);
export type WhenMissing = z.infer<typeof WhenMissing>;

/**
 * A fixed day of the month: "ngày 3 hằng tháng" (R-SCHED-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'day-of-month', day: 3 }; // ngày 3 hằng tháng
 * ```
 */
export const DayOfMonthPattern = z.strictObject({
  type: z.literal('day-of-month'),
  day: z.number().int().min(1).max(31),
  whenMissing: WhenMissing.optional(),
});

/**
 * The nth weekday of the month, counted from the 1st: "thứ Ba thứ hai" is
 * the second Tuesday (R-SCHED-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'nth-weekday', weekday: 2, n: 2 }; // the second Tuesday
 * ```
 */
export const NthWeekdayPattern = z.strictObject({
  type: z.literal('nth-weekday'),
  weekday: Weekday,
  n: z.number().int().min(1).max(5),
  whenMissing: WhenMissing.optional(),
});

/**
 * The weekday of the nth calendar week of the month: "thứ 3 tuần thứ hai".
 * Week 1 is the week (Monday to Sunday by default) that holds the 1st. When a
 * month starts on a Wednesday, the Tuesday of its second week is its first
 * Tuesday (R-SCHED-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'weekday-of-week', weekday: 2, week: 2 }; // thứ Ba của tuần thứ hai
 * ```
 */
export const WeekdayOfWeekPattern = z.strictObject({
  type: z.literal('weekday-of-week'),
  weekday: Weekday,
  week: z.number().int().min(1).max(5),
  /** The first day of a calendar week. @defaultValue 1 (Monday, as in Viet Nam) */
  weekStartsOn: Weekday.default(1),
  whenMissing: WhenMissing.optional(),
});

/**
 * The last given weekday of the month, e.g. the last Friday (R-SCHED-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'last-weekday', weekday: 5 }; // thứ Sáu cuối tháng
 * ```
 */
export const LastWeekdayPattern = z.strictObject({
  type: z.literal('last-weekday'),
  weekday: Weekday,
});

/**
 * The last working day of the month, holidays counted (R-SCHED-1, R-HOL-1).
 *
 * @example
 * ```ts
 * const pattern = { type: 'last-working-day' }; // ngày làm việc cuối tháng
 * ```
 */
export const LastWorkingDayPattern = z.strictObject({
  type: z.literal('last-working-day'),
});

/**
 * Which day of each month a meeting falls on (R-SCHED-1).
 *
 * @example
 * ```ts
 * RecurrencePattern.parse({ type: 'weekday-of-week', weekday: 2, week: 2 }).weekStartsOn; // 1 (Monday)
 * ```
 */
export const RecurrencePattern = z.discriminatedUnion('type', [
  DayOfMonthPattern,
  NthWeekdayPattern,
  WeekdayOfWeekPattern,
  LastWeekdayPattern,
  LastWorkingDayPattern,
]);
export type RecurrencePattern = z.infer<typeof RecurrencePattern>;

/**
 * A recurring meeting: the pattern, the start time and length, and what to
 * do on a day off (R-SCHED-1, R-SCHED-2). Unknown keys, in the rule or its
 * pattern, are an error that names the nearest known key (`"tiem"`: did you
 * mean `"time"`?), never dropped.
 *
 * @example
 * ```ts
 * // Chi bộ thôn Trang Nùng: the Tuesday of the second week, 19:30.
 * const rule = parseMeetingRule({
 *   pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
 *   time: '19:30',
 * });
 * ```
 */
export const MeetingRule = z
  .strictObject({
    pattern: RecurrencePattern,
    time: TimeOfDay,
    /** Planned length. @defaultValue 90 (R-DUR-1's minimum) */
    durationMinutes: DurationMinutes.default(90),
    /** @defaultValue `'next-working-day'` (R-SCHED-2) */
    shift: ShiftPolicy.default('next-working-day'),
    /**
     * Whether the weekly rest (not only holidays) moves a meeting.
     * @defaultValue true
     */
    avoidWeeklyRest: z.boolean().default(true),
    /**
     * [open] Whether a meeting may fall on a day off in lieu (nghỉ bù,
     * R-HOL-2): it is a day off for employees, not a holiday. With `true`, a
     * meeting moved off Tết may land on it (SCENARIO 2027: 02-10).
     * @defaultValue true
     */
    meetOnCompensatoryDays: z.boolean().default(true),
    /** Only these months (1–12); all months when absent. */
    months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
  })
  .superRefine((rule, ctx) => {
    const p = rule.pattern;
    const canMiss =
      (p.type === 'day-of-month' && p.day > 28) ||
      (p.type === 'nth-weekday' && p.n === 5) ||
      (p.type === 'weekday-of-week' &&
        (p.week === 5 ||
          (p.week === 1 && p.weekday !== (p.weekStartsOn + 6) % 7)));
    if (canMiss && !('whenMissing' in p && p.whenMissing)) {
      ctx.addIssue({
        code: 'custom',
        path: ['pattern', 'whenMissing'],
        message:
          'This day does not exist in every month: set whenMissing to "skip" or "nearest".',
        params: {
          vi: 'Ngày này không có trong mọi tháng: cần chọn whenMissing là "skip" (bỏ tháng đó) hoặc "nearest" (ngày gần nhất trong tháng).',
          rule: 'R-SCHED-1',
        },
      });
    }
    if (rule.months && new Set(rule.months).size !== rule.months.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['months'],
        message: 'A month is listed twice.',
        params: { vi: 'Một tháng bị liệt kê hai lần.', rule: 'R-SCHED-1' },
      });
    }
  });
export type MeetingRule = z.infer<typeof MeetingRule>;
/** The input shape of {@link MeetingRule}: the fields with defaults may be left out. */
export type MeetingRuleInput = z.input<typeof MeetingRule>;

const entity: LocalizedText = { vi: 'Lịch họp', en: 'meeting rule' };

/**
 * Validate a recurring meeting rule (R-SCHED-1, R-SCHED-2). A pattern that
 * names a day some months lack (the 31st, the 5th Monday) must say what to
 * do then.
 *
 * @param input - the rule as the host sends it.
 * @returns the rule with its defaults.
 * @throws ChiboError (`invalid-input`) with every problem, its path and R-ID.
 * @example
 * ```ts
 * parseMeetingRule({ pattern: { type: 'day-of-month', day: 3 }, time: '08:00' });
 * ```
 */
export function parseMeetingRule(input: unknown): MeetingRule {
  return parseWith(MeetingRule, input, entity);
}
