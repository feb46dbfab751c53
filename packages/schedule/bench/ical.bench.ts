import { cell, meetingPlan } from '@chibo/scenario';
import { bench, describe } from 'vitest';
import {
  createYearPlan,
  getLunarYearName,
  type PlannedMeeting,
  solarToLunar,
  toICalendar,
  type YearPlan,
} from '../src/index';

/**
 * 10,000 meetings in one calendar (issue 17 §3): 625 cells of the SCENARIO's
 * plan (16 meetings each in 2027), with Vietnamese names and places, written
 * three ways side by side in the same run:
 *
 * - `toICalendar`, chibo's writer: it checks the plans and options, cleans
 *   and escapes every TEXT value, folds at 75 octets;
 * - a plain reference writer ({@link plainWriter}): the same events, escaped
 *   and folded correctly, with no checks, written as a careful developer
 *   would in a few lines. Before measuring, its output is checked to be the
 *   very bytes `toICalendar` writes, so the two do the same work;
 * - ical-generator (the writer chibo used until 0.1), when it is installed:
 *   it is no dependency of chibo any more, so this row is skipped otherwise
 *   (`pnpm add -D ical-generator --filter @chibo/schedule` to see it).
 *
 * The target: chibo ≤ 2× the plain writer. vitest prints the ratios in its
 * summary ("… x faster than …").
 */
const CELLS = 625;
const plans: YearPlan[] = Array.from({ length: CELLS }, (_, i) =>
  createYearPlan(
    { ...cell, id: `chi-bo-${i + 1}`, name: `Chi bộ thôn Trang Nùng ${i + 1}` },
    2027,
    meetingPlan,
  ),
);
const MEETINGS = plans.reduce((n, plan) => n + plan.meetings.length, 0);
const PLACE = 'Nhà văn hóa thôn Trang Nùng, xã Xuân Quang';
const STAMP = '2026-12-15T08:00:00+07:00';
const KIND = {
  regular: 'Sinh hoạt thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
};

function chibo(): string {
  return toICalendar(plans, { location: PLACE, stamp: STAMP });
}

const escapeTextValue = (text: string) =>
  text.replace(/[\\;,]/g, '\\$&').replace(/\n/g, '\\n');

/** Fold at 75 octets on character boundaries (RFC 5545 §3.1). */
function fold(line: string): string {
  if (Buffer.byteLength(line) <= 75) return `${line}\r\n`;
  const parts: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; i++) {
    const code = line.codePointAt(i) as number;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      parts.push(line.slice(start, i));
      start = i;
      octets = 1;
    }
    octets += size;
    if (size === 4) i++;
  }
  parts.push(line.slice(start));
  return `${parts.join('\r\n ')}\r\n`;
}

const stamp = (iso: string) =>
  new Date(iso)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');

function lunarText(meeting: PlannedMeeting): string {
  const [year, month, day] = meeting.date.split('-').map(Number) as number[];
  const lunar = solarToLunar({
    year: year as number,
    month: month as number,
    day: day as number,
  });
  const pad = (n: number) => String(n).padStart(2, '0');
  return `ngày ${pad(lunar.day)} tháng ${pad(lunar.month)}${lunar.leap ? ' nhuận' : ''} năm ${getLunarYearName(lunar.year)} (âm lịch)`;
}

/**
 * The baseline: a plain VEVENT writer that escapes TEXT and folds correctly,
 * with no checks of its input and no cleaning of control characters. The
 * lunar date comes from chibo's `solarToLunar`, as no writer can do without
 * it; the text around it is a template.
 */
function plainWriter(): string {
  const calendarName = escapeTextValue('Lịch sinh hoạt chi bộ');
  let out = `BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//chibo//@chibo/schedule//VI\r\n${fold(`NAME:${calendarName}`)}${fold(`X-WR-CALNAME:${calendarName}`)}`;
  const dtstamp = stamp(STAMP);
  for (const plan of plans) {
    const name = escapeTextValue(plan.cell.name);
    for (const m of plan.meetings) {
      const description = [m.title.vi, `Âm lịch: ${lunarText(m)}`];
      if (m.session === 'combined') {
        description.push(
          'Sinh hoạt thường kỳ và chuyên đề chung một buổi, hai nội dung riêng (R-FREQ-3).',
        );
      }
      if (m.shift) description.push(m.shift.message.vi);
      out += `BEGIN:VEVENT\r\n${fold(`UID:${escapeTextValue(`${m.id}@chibo`)}`)}SEQUENCE:0\r\nDTSTAMP:${dtstamp}\r\nDTSTART:${stamp(m.start)}\r\nDTEND:${stamp(m.end)}\r\n${fold(`SUMMARY:${KIND[m.kind]} – ${name}`)}${fold(`LOCATION:${escapeTextValue(PLACE)}`)}${fold(`DESCRIPTION:${escapeTextValue(description.join('\n'))}`)}END:VEVENT\r\n`;
    }
  }
  return `${out}END:VCALENDAR\r\n`;
}

interface IcalGenerator {
  default: (options: { name: string }) => {
    createEvent(event: object): unknown;
    toString(): string;
  };
}

/** ical-generator, if installed (a variable specifier: no type or build dependency). */
const generatorModule = 'ical-generator';
const icalGenerator = await import(/* @vite-ignore */ generatorModule).then(
  (module: IcalGenerator) => module.default,
  () => undefined,
);

function withIcalGenerator(
  create: NonNullable<typeof icalGenerator>,
): () => string {
  return () => {
    const calendar = create({ name: 'Lịch sinh hoạt chi bộ' });
    for (const plan of plans) {
      for (const m of plan.meetings) {
        calendar.createEvent({
          id: `${m.id}@chibo`,
          stamp: new Date(STAMP),
          start: new Date(m.start),
          end: new Date(m.end),
          summary: `${KIND[m.kind]} – ${plan.cell.name}`,
          location: PLACE,
          description: m.title.vi,
        });
      }
    }
    return calendar.toString();
  };
}

// Check the fixture before measuring: vitest's bench hides a task that throws.
{
  const ours = chibo();
  if (MEETINGS !== 10_000 || ours !== plainWriter()) {
    throw new Error(
      'the plain writer no longer writes what toICalendar writes: fix the baseline',
    );
  }
  if (icalGenerator) {
    const theirs = withIcalGenerator(icalGenerator)();
    if (theirs.split('BEGIN:VEVENT').length !== MEETINGS + 1) {
      throw new Error('ical-generator did not write every meeting');
    }
  }
}

describe(`iCalendar of ${MEETINGS} meetings (target: chibo ≤ 2× the plain writer)`, () => {
  bench(
    'chibo toICalendar (checks, cleans, escapes, folds)',
    () => {
      chibo();
    },
    { time: 3_000, warmupIterations: 3 },
  );
  bench(
    'plain reference writer (escapes and folds, no checks)',
    () => {
      plainWriter();
    },
    { time: 3_000, warmupIterations: 3 },
  );
  if (icalGenerator) {
    const run = withIcalGenerator(icalGenerator);
    bench(
      'ical-generator 10 alone (summary, place, title only)',
      () => {
        run();
      },
      { iterations: 3, time: 1_000 },
    );
  }
});
