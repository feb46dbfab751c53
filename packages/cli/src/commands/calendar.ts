import { ChiboError, parseWith } from '@chibo/core';
import { DateTime } from '@chibo/core/schemas';
import {
  createYearPlan,
  toICalendar,
  type YearPlanOptions,
} from '@chibo/schedule';
import { z } from 'zod';
import {
  getInputPath,
  getString,
  missingArgument,
  type ParsedArgs,
  UsageError,
} from '../args';
import type { Command } from '../command';
import { readJson, writeOutput } from '../io';

/** The iCalendar options a JSON input can carry (toICalendar's, as data). */
const CalendarOptions = z.strictObject({
  name: z.string().min(1).optional(),
  onlineLink: z.string().min(1).optional(),
  location: z.string().min(1).optional(),
  stamp: DateTime.optional(),
  uidDomain: z.string().min(1).optional(),
});

/** What `chibo calendar` reads: the cell, its meeting plan, calendar options. */
interface CalendarInput {
  cell: Parameters<typeof createYearPlan>[0];
  plan: YearPlanOptions;
  calendar?: unknown;
}

function getYear(args: ParsedArgs): number {
  const raw = getString(args, 'year');
  if (raw === undefined) throw missingArgument({ vi: '--year', en: '--year' });
  const year = Number(raw);
  if (!Number.isInteger(year)) {
    throw new UsageError({
      vi: `--year phải là một năm, không phải "${raw}".`,
      en: `--year must be a year, not "${raw}".`,
    });
  }
  return year;
}

function getFormat(args: ParsedArgs): 'ics' | 'json' {
  const format = getString(args, 'format') ?? 'ics';
  if (format === 'ics' || format === 'json') return format;
  throw new UsageError({
    vi: `--format phải là ics hoặc json, không phải "${format}".`,
    en: `--format must be ics or json, not "${format}".`,
  });
}

function asCalendarInput(input: unknown): CalendarInput {
  const value = input as Partial<CalendarInput> | null;
  const issues = (['cell', 'plan'] as const)
    .filter((key) => typeof value?.[key] !== 'object' || value[key] === null)
    .map((key) => ({
      path: [key],
      code: 'invalid_type',
      message: {
        vi: `Thiếu "${key}" (một đối tượng JSON).`,
        en: `"${key}" is missing (a JSON object).`,
      },
    }));
  if (issues.length === 0) return value as CalendarInput;
  throw new ChiboError(
    'invalid-input',
    {
      vi: 'Đầu vào lịch không hợp lệ: cần { "cell": …, "plan": … }.',
      en: 'Invalid calendar input: expected { "cell": …, "plan": … }.',
    },
    { issues },
  );
}

/** `chibo calendar`: the year's meetings as iCalendar or JSON (R-SCHED-1..3). */
export const calendar: Command = {
  name: 'calendar',
  summary: {
    vi: 'Lịch sinh hoạt cả năm (.ics hoặc JSON)',
    en: "The year's meeting calendar (.ics or JSON)",
  },
  usage:
    'calendar [cell.json|-] --year <năm> [--format ics|json] [-o lich.ics]',
  help: {
    vi: 'Đầu vào: { "cell": Cell, "plan": YearPlanOptions của createYearPlan, "calendar"?: tùy chọn toICalendar (location, name, stamp…) }.\nTùy chọn:\n  --year <năm>         năm lập kế hoạch (bắt buộc)\n  --format ics|json    .ics cho ứng dụng lịch (mặc định) hoặc kế hoạch dạng JSON\n  -o, --output <tệp>   ghi ra tệp\nVí dụ: chibo calendar chi-bo.json --year 2027 -o lich-2027.ics',
    en: 'Input: { "cell": Cell, "plan": createYearPlan\'s YearPlanOptions, "calendar"?: toICalendar options (location, name, stamp…) }.\nOptions:\n  --year <year>        the year to plan (required)\n  --format ics|json    .ics for calendar apps (default) or the plan as JSON\n  -o, --output <file>  write to a file\nExample: chibo calendar cell.json --year 2027 -o calendar-2027.ics',
  },
  options: {
    year: { type: 'string' },
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
  },
  async run(args, locale) {
    const year = getYear(args);
    const format = getFormat(args);
    const input = asCalendarInput(await readJson(getInputPath(args)));
    const plan = createYearPlan(input.cell, year, input.plan);
    const { calendar: options } = parseWith(
      z.object({ calendar: CalendarOptions.default({}) }),
      { calendar: input.calendar },
      { vi: 'Tùy chọn lịch (calendar)', en: 'calendar options' },
    );
    const text =
      format === 'json'
        ? `${JSON.stringify(plan, null, 2)}\n`
        : toICalendar(plan, { ...options, locale });
    await writeOutput(getString(args, 'output'), text);
    return 0;
  },
};
