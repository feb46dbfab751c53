import { CivilDate, type LocalizedText, parseWith, Text } from '@chibo/core';
import { z } from 'zod';

/**
 * The public holidays of Labour Code 2019 Art. 112, and a swapped day off (R-HOL-1).
 *
 * @example
 * ```ts
 * HolidayKind.parse('hung-kings'); // Giỗ Tổ Hùng Vương
 * ```
 */
export const HolidayKind = z.enum([
  'new-year',
  'tet',
  'victory-day',
  'labour-day',
  'national-day',
  'hung-kings',
  'swapped-day-off',
]);
export type HolidayKind = z.infer<typeof HolidayKind>;

/**
 * One day off in the yearly official list.
 *
 * @example
 * ```ts
 * OfficialDayOff.parse({ date: '2027-05-03', kind: 'labour-day', compensatory: true });
 * ```
 */
export const OfficialDayOff = z.object({
  date: CivilDate,
  kind: HolidayKind,
  /** A day off in lieu of a holiday that fell on the weekly rest (R-HOL-2). */
  compensatory: z.boolean().default(false),
});
export type OfficialDayOff = z.infer<typeof OfficialDayOff>;

/**
 * The days off and swapped working days announced for one year (by the
 * Minister of Home Affairs from 1/7/2025), R-HOL-1. When given, it replaces
 * the computed default for that year.
 *
 * @example
 * ```ts
 * const official2025 = parseOfficialHolidays({
 *   year: 2025,
 *   source: 'Thông báo 6150/TB-BLĐTBXH',
 *   daysOff: [{ date: '2025-01-01', kind: 'new-year' }, …],
 *   workingDays: [],
 * });
 * ```
 */
export const OfficialHolidays = z
  .object({
    year: z.number().int().min(1900).max(2199),
    /** The announcing text, e.g. "Thông báo 6150/TB-BLĐTBXH". */
    source: Text.optional(),
    daysOff: z.array(OfficialDayOff).min(1),
    /** Weekly-rest days declared working days (làm bù) in exchange. */
    workingDays: z.array(CivilDate).default([]),
  })
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.daysOff.forEach((day, index) => {
      if (Number(day.date.slice(0, 4)) !== list.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['daysOff', index, 'date'],
          message: `The date is not in ${list.year}.`,
          params: {
            vi: `Ngày này không thuộc năm ${list.year}.`,
            rule: 'R-HOL-1',
          },
        });
      }
      if (seen.has(day.date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['daysOff', index, 'date'],
          message: 'The date is listed twice.',
          params: { vi: 'Ngày này bị liệt kê hai lần.', rule: 'R-HOL-1' },
        });
      }
      seen.add(day.date);
    });
    list.workingDays.forEach((date, index) => {
      if (seen.has(date)) {
        ctx.addIssue({
          code: 'custom',
          path: ['workingDays', index],
          message: 'A working day cannot also be a day off.',
          params: {
            vi: 'Một ngày không thể vừa là ngày làm việc vừa là ngày nghỉ.',
            rule: 'R-HOL-1',
          },
        });
      }
      if (Number(date.slice(0, 4)) !== list.year) {
        ctx.addIssue({
          code: 'custom',
          path: ['workingDays', index],
          message: `The date is not in ${list.year}.`,
          params: {
            vi: `Ngày này không thuộc năm ${list.year}.`,
            rule: 'R-HOL-1',
          },
        });
      }
    });
  });
export type OfficialHolidays = z.infer<typeof OfficialHolidays>;
/** The input shape of {@link OfficialHolidays}, before defaults. */
export type OfficialHolidaysInput = z.input<typeof OfficialHolidays>;

const entity: LocalizedText = {
  vi: 'Danh sách ngày nghỉ chính thức',
  en: 'official holiday list',
};

/**
 * Validate a yearly official holiday list (R-HOL-1).
 *
 * @param input - the list as the host sends it.
 * @returns the parsed list.
 * @throws ChiboError (`invalid-input`) with every problem and its path.
 * @example
 * ```ts
 * parseOfficialHolidays({ year: 2027, daysOff: [{ date: '2027-01-01', kind: 'new-year' }] });
 * ```
 */
export function parseOfficialHolidays(input: unknown): OfficialHolidays {
  return parseWith(OfficialHolidays, input, entity);
}
