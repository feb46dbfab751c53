import { ChiboError } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { z } from 'zod';
import {
  type MeetingRule,
  type MeetingRuleInput,
  parseMeetingRule,
} from './meetingRule';

const BYDAY = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

/** The options of {@link toRRule}; an unknown key is an error naming the nearest known one. */
export interface ToRRuleOptions {
  /**
   * Express the pattern alone, leaving out the holiday shift (export the
   * moved dates with EXDATE/RDATE, or as separate events).
   * @defaultValue false
   */
  withoutShift?: boolean | undefined;
}

/** What {@link toRRule} accepts as options. */
const ToRRuleOptionsArgument = z.strictObject({
  withoutShift: z.boolean().optional(),
});

function notExpressible(
  vi: string,
  en: string,
  path: PropertyKey[],
): ChiboError {
  return new ChiboError(
    'invalid-argument',
    {
      vi: `RFC 5545 không biểu diễn được lịch này: ${vi}`,
      en: `RFC 5545 cannot express this rule: ${en}`,
    },
    {
      issues: [
        {
          path,
          code: 'not_expressible',
          message: { vi, en },
          rule: 'R-SCHED-2',
        },
      ],
    },
  );
}

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * The RFC 5545 `RRULE` value of a recurring rule, where iCalendar can express
 * it (R-SCHED-1): every pattern but the last working day. Pair it with
 * `DTSTART;TZID=Asia/Ho_Chi_Minh:…T193000` (R-TIME-1). A holiday shift
 * (R-SCHED-2) cannot be expressed: it is an error unless `withoutShift`.
 *
 * @param rule - the rule (validated with {@link MeetingRule}).
 * @param options - `withoutShift` to express the pattern alone.
 * @returns e.g. `'FREQ=MONTHLY;BYDAY=TU;BYMONTHDAY=3,4,5,6,7,8,9'`.
 * @throws ChiboError (`invalid-input`) for an invalid rule; `invalid-argument`
 *   for options that are not `{ withoutShift?: boolean }` (`null`, a
 *   misspelt key…), and (R-SCHED-2) when RFC 5545 cannot express the rule.
 * @example
 * ```ts
 * toRRule({ pattern: { type: 'nth-weekday', weekday: 2, n: 2 }, time: '19:30', shift: 'keep' });
 * // 'FREQ=MONTHLY;BYDAY=2TU'
 * ```
 */
export function toRRule(
  rule: MeetingRuleInput | MeetingRule,
  options: ToRRuleOptions = {},
): string {
  const parsed = parseMeetingRule(rule);
  const { withoutShift } = checkArgument(
    'options',
    ToRRuleOptionsArgument,
    options,
  );
  if (parsed.shift !== 'keep' && !withoutShift) {
    throw notExpressible(
      'việc dời ngày họp khi trùng ngày nghỉ phụ thuộc lịch nghỉ từng năm.',
      'moving a meeting off a day off depends on each year’s holidays.',
      ['shift'],
    );
  }
  const parts = ['FREQ=MONTHLY', ...patternParts(parsed)];
  if (parsed.months) {
    parts.push(`BYMONTH=${[...parsed.months].sort((a, b) => a - b).join(',')}`);
  }
  return parts.join(';');
}

function patternParts(rule: MeetingRule): string[] {
  const p = rule.pattern;
  switch (p.type) {
    case 'day-of-month':
      // RFC 5545 skips a month without the day; "nearest" is the last of 28…day.
      return p.day > 28 && p.whenMissing === 'nearest'
        ? [`BYMONTHDAY=${range(28, p.day).join(',')}`, 'BYSETPOS=-1']
        : [`BYMONTHDAY=${p.day}`];
    case 'nth-weekday':
      // The nearest to a missing 5th is the last (the 4th).
      return [
        `BYDAY=${p.n === 5 && p.whenMissing === 'nearest' ? -1 : p.n}${BYDAY[p.weekday]}`,
      ];
    case 'weekday-of-week': {
      // The day of the month is 7(week − 1) + 1 − (offset of the 1st) + (offset
      // of the weekday), the offset of the 1st being 0…6.
      const target = (p.weekday - p.weekStartsOn + 7) % 7;
      const high = 7 * (p.week - 1) + 1 + target;
      const low = high - 6;
      // "nearest": the first week's weekday, or else the next, is the first
      // such weekday; for the fifth week, the later of it and the fourth's.
      if (p.whenMissing === 'nearest' && low < 1) {
        return [`BYDAY=1${BYDAY[p.weekday]}`];
      }
      if (p.whenMissing === 'nearest' && high > 28) {
        return [
          `BYDAY=${BYDAY[p.weekday]}`,
          `BYMONTHDAY=${range(low - 7, Math.min(31, high)).join(',')}`,
          'BYSETPOS=-1',
        ];
      }
      return [
        `BYDAY=${BYDAY[p.weekday]}`,
        `BYMONTHDAY=${range(Math.max(1, low), Math.min(31, high)).join(',')}`,
      ];
    }
    case 'last-weekday':
      return [`BYDAY=-1${BYDAY[p.weekday]}`];
    case 'last-working-day':
      throw notExpressible(
        'ngày làm việc cuối tháng phụ thuộc ngày lễ, tết.',
        'the last working day depends on the public holidays.',
        ['pattern', 'type'],
      );
  }
}
