import type { Locale } from '@chibo/core';
import { checkArgument } from '@chibo/core/schemas';
import { z } from 'zod';
import {
  type MeetingRule,
  type MeetingRuleInput,
  parseMeetingRule,
  type RecurrencePattern,
} from './meetingRule';

const WEEKDAYS = {
  vi: [
    'Chủ nhật',
    'Thứ Hai',
    'Thứ Ba',
    'Thứ Tư',
    'Thứ Năm',
    'Thứ Sáu',
    'Thứ Bảy',
  ],
  en: [
    'Sunday',
    'Monday',
    'Tuesday',
    'Wednesday',
    'Thursday',
    'Friday',
    'Saturday',
  ],
};
const ORDINALS = {
  vi: ['', 'thứ nhất', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm'],
  en: ['', 'first', 'second', 'third', 'fourth', 'fifth'],
};

function describePattern(p: RecurrencePattern, locale: Locale): string {
  const wd = (d: number) => WEEKDAYS[locale][d] ?? '';
  const ord = (n: number) => ORDINALS[locale][n] ?? String(n);
  const vi = locale === 'vi';
  switch (p.type) {
    case 'day-of-month':
      return vi ? `Ngày ${p.day}` : `Day ${p.day}`;
    case 'nth-weekday':
      return vi
        ? `${wd(p.weekday)} lần ${ord(p.n)}`
        : `The ${ord(p.n)} ${wd(p.weekday)}`;
    case 'weekday-of-week':
      return vi
        ? `${wd(p.weekday)} của tuần ${ord(p.week)}`
        : `The ${wd(p.weekday)} of the ${ord(p.week)} week`;
    case 'last-weekday':
      return vi ? `${wd(p.weekday)} cuối cùng` : `The last ${wd(p.weekday)}`;
    case 'last-working-day':
      return vi ? 'Ngày làm việc cuối cùng' : 'The last working day';
  }
}

function describeMonths(months: number[] | undefined, locale: Locale): string {
  if (!months) return locale === 'vi' ? ' hằng tháng' : ' of every month';
  const sorted = [...months].sort((a, b) => a - b);
  if (locale === 'vi') {
    const head = sorted.slice(0, -1).join(', ');
    return ` các tháng ${head ? `${head} và ` : ''}${sorted.at(-1)}`;
  }
  const names = sorted.map((m) =>
    new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2000, m - 1, 1)),
    ),
  );
  const head = names.slice(0, -1).join(', ');
  return ` of ${head ? `${head} and ` : ''}${names.at(-1)}`;
}

function describeMissing(p: RecurrencePattern, locale: Locale): string {
  if (!('whenMissing' in p) || !p.whenMissing) return '';
  if (locale === 'vi') {
    return p.whenMissing === 'skip'
      ? ' (tháng không có ngày này thì không họp)'
      : ' (tháng không có ngày này thì họp ngày gần nhất trong tháng)';
  }
  return p.whenMissing === 'skip'
    ? ' (no meeting in a month without that day)'
    : ' (the nearest day of the month when it has no such day)';
}

function describeShift(rule: MeetingRule, locale: Locale): string {
  const dayOff =
    locale === 'vi'
      ? rule.avoidWeeklyRest
        ? 'ngày nghỉ'
        : 'ngày lễ, tết'
      : rule.avoidWeeklyRest
        ? 'a day off'
        : 'a public holiday';
  switch (rule.shift) {
    case 'next-working-day':
      return locale === 'vi'
        ? `; nếu trùng ${dayOff} thì dời sang ngày làm việc kế tiếp`
        : `; if that day is ${dayOff}, moved to the next working day`;
    case 'previous-working-day':
      return locale === 'vi'
        ? `; nếu trùng ${dayOff} thì dời lên ngày làm việc liền trước`
        : `; if that day is ${dayOff}, moved to the previous working day`;
    case 'keep':
      return locale === 'vi'
        ? '; giữ nguyên ngày kể cả ngày nghỉ'
        : '; held on that day even when it is a day off';
  }
}

/**
 * A recurring rule in words, in Vietnamese or English (R-SCHED-1,
 * R-SCHED-2): the day, the time and the shift policy.
 *
 * @param rule - the rule (validated with {@link MeetingRule}).
 * @param locale - `'vi'` (default) or `'en'`.
 * @throws ChiboError (`invalid-argument`) for a locale other than `'vi'` or `'en'`.
 * @returns one sentence.
 * @example
 * ```ts
 * describeRule({ pattern: { type: 'weekday-of-week', weekday: 2, week: 2 }, time: '19:30' });
 * // 'Thứ Ba của tuần thứ hai hằng tháng, lúc 19:30; nếu trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp'
 * describeRule(rule, 'en');
 * // 'The Tuesday of the second week of every month, at 19:30; if that day is a day off, moved to the next working day'
 * ```
 */
export function describeRule(
  rule: MeetingRuleInput | MeetingRule,
  locale: Locale = 'vi',
): string {
  checkArgument('locale', z.enum(['vi', 'en']), locale);
  const parsed = parseMeetingRule(rule);
  const at = locale === 'vi' ? `, lúc ${parsed.time}` : `, at ${parsed.time}`;
  return (
    describePattern(parsed.pattern, locale) +
    describeMonths(parsed.months, locale) +
    describeMissing(parsed.pattern, locale) +
    at +
    describeShift(parsed, locale)
  );
}
