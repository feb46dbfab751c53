import { type LocalizedText, parseWith } from '@chibo/core';
import { CivilDate, Text } from '@chibo/core/schemas';
import { z } from 'zod';

/**
 * The holiday kinds chibo knows and names: the public holidays of Labour Code
 * 2019 Art. 112, and a swapped day off (R-HOL-1).
 *
 * @example
 * ```ts
 * KnownHolidayKind.parse('hung-kings'); // Giỗ Tổ Hùng Vương
 * KnownHolidayKind.options; // ['new-year', 'tet', …]
 * ```
 */
export const KnownHolidayKind = z.enum([
  'new-year',
  'tet',
  'victory-day',
  'labour-day',
  'national-day',
  'hung-kings',
  'swapped-day-off',
]);
export type KnownHolidayKind = z.infer<typeof KnownHolidayKind>;

/** No control characters (a line break, a tab, NUL…): the text is one line. */
const ONE_LINE = /^[^\p{Cc}]*$/u;

/**
 * A holiday kind (R-HOL-1 v2): one of {@link KnownHolidayKind}, or the id of
 * a day off chibo does not know that a yearly list adds (a new holiday by
 * law or decree), e.g. `'vietnamese-culture-day'`. An id is one line of 1 to
 * 64 characters, trimmed and normalised to NFC.
 *
 * @example
 * ```ts
 * HolidayKind.parse('tet'); // 'tet'
 * HolidayKind.parse('vietnamese-culture-day'); // 'vietnamese-culture-day'
 * ```
 */
export const HolidayKind = z.union([
  KnownHolidayKind,
  Text.max(64).regex(ONE_LINE),
]);
/** A known kind, or any other id (the `string & {}` keeps the known ones suggested). */
export type HolidayKind = KnownHolidayKind | (string & {});

/**
 * The name of an added holiday, or the law it comes from: one line of
 * Vietnamese and English, NFC, 1 to 200 characters each.
 *
 * @example
 * ```ts
 * HolidayLabel.parse({ vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' });
 * ```
 */
export const HolidayLabel = z.strictObject({
  vi: Text.max(200).regex(ONE_LINE),
  en: Text.max(200).regex(ONE_LINE),
});
export type HolidayLabel = z.infer<typeof HolidayLabel>;

/**
 * One day off in the yearly official list. A kind chibo does not know needs
 * its `name`; a known kind may be renamed. `law` says where the day off comes
 * from (default: Labour Code Art. 112 for the statutory kinds, the yearly
 * announcement for the others).
 *
 * @example
 * ```ts
 * OfficialDayOff.parse({ date: '2027-05-03', kind: 'labour-day', compensatory: true });
 * OfficialDayOff.parse({
 *   date: '2027-11-24',
 *   kind: 'vietnamese-culture-day',
 *   name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
 * });
 * ```
 */
export const OfficialDayOff = z
  .strictObject({
    date: CivilDate,
    kind: HolidayKind,
    /** The holiday's name; required for a kind chibo does not know (R-HOL-1 v2). */
    name: HolidayLabel.optional(),
    /** The text the day off comes from. */
    law: HolidayLabel.optional(),
    /** A day off in lieu of a holiday that fell on the weekly rest (R-HOL-2). */
    compensatory: z.boolean().default(false),
  })
  .superRefine((day, ctx) => {
    if (day.name !== undefined || KnownHolidayKind.safeParse(day.kind).success)
      return;
    ctx.addIssue({
      code: 'custom',
      path: ['name'],
      message: `"${day.kind}" is not a holiday chibo knows: give its name { vi, en }.`,
      params: {
        vi: `"${day.kind}" không phải ngày lễ chibo biết: hãy ghi tên ngày nghỉ { vi, en }.`,
        rule: 'R-HOL-1',
      },
    });
  });
export type OfficialDayOff = z.infer<typeof OfficialDayOff>;

/**
 * The days off and swapped working days announced for one year (by the
 * Minister of Home Affairs from 1/7/2025), R-HOL-1. When given, it replaces
 * the computed default for that year. Unknown keys, in the list or a day
 * off, are an error naming the nearest known key.
 *
 * @example
 * ```ts
 * const official2025 = parseOfficialHolidays({
 *   year: 2025,
 *   source: 'Thông báo 6150/TB-BLĐTBXH',
 *   daysOff: [{ date: '2025-01-01', kind: 'new-year' }, …],
 *   workingDays: [],
 * });
 * // R-HOL-1 v2: a day off chibo does not know, with its name.
 * parseOfficialHolidays({
 *   year: 2027,
 *   daysOff: [
 *     { date: '2027-11-24', kind: 'vietnamese-culture-day', name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' } },
 *   ],
 * });
 * ```
 */
export const OfficialHolidays = z
  .strictObject({
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
