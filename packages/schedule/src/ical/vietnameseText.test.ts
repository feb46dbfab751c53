import { cell } from '@chibo/scenario';
import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { createYearPlan } from '../plan/createYearPlan';
import { trangNungPlan } from '../testSupport/trangNung';
import { vietnameseText } from '../testSupport/vietnameseText';
import { contentLine, escapeText } from './contentLine';
import { toICalendar } from './toICalendar';

const octets = (text: string) => Buffer.byteLength(text, 'utf8');
const base = createYearPlan(cell, 2027, trangNungPlan);
const KIND = {
  regular: 'Sinh hoạt thường kỳ',
  thematic: 'Sinh hoạt chuyên đề',
};

/** 2027 in Viet Nam, to the minute, as instants. */
const instant = fc
  .integer({ min: 0, max: 365 * 24 * 60 - 1 })
  .map((minute) => Date.parse('2027-01-01T00:00:00+07:00') + minute * 60_000);

/** The logical lines: folds undone (RFC 5545 §3.1), CRLF split off. */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

/** What a fold must give back: the plain fold of an earlier version, kept as the oracle. */
function foldOneByOne(name: string, value: string): string {
  let line = '';
  let size = 0;
  for (const char of `${name}:${value}`) {
    const code = char.codePointAt(0) ?? 0;
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (size + width > 75) {
      line += '\r\n ';
      size = 1;
    }
    line += char;
    size += width;
  }
  return `${line}\r\n`;
}

describe('toICalendar with Vietnamese text (issue 17 §3, RFC 5545 §3.1, R-TIME-1)', () => {
  it(
    'every line is ≤ 75 octets and ends in CRLF, unfolding gives the escaped text back, and ical.js reads the same summary, place, description and instants',
    () => {
      fc.assert(
        fc.property(
          fc.record({
            cellName: vietnameseText,
            place: vietnameseText,
            titles: fc.array(vietnameseText, { minLength: 1, maxLength: 3 }),
            starts: fc.array(instant, { minLength: 3, maxLength: 3 }),
            minutes: fc.integer({ min: 30, max: 240 }),
          }),
          (c) => {
            const plan = {
              ...base,
              cell: { ...base.cell, name: c.cellName },
              meetings: c.titles.map((title, i) => {
                const start = c.starts[i] as number;
                return {
                  ...(base.meetings[i] as (typeof base.meetings)[number]),
                  id: `trang-nung-${i}`,
                  title: { vi: title, en: title },
                  start: new Date(start).toISOString(),
                  end: new Date(start + c.minutes * 60_000).toISOString(),
                };
              }),
            };
            const ics = toICalendar(plan, { location: c.place });

            expect(ics.endsWith('\r\n')).toBe(true);
            const physical = ics.slice(0, -2).split('\r\n');
            for (const line of physical) {
              expect(/[\r\n]/.test(line)).toBe(false);
              expect(octets(line)).toBeLessThanOrEqual(75);
            }
            // A fold never splits a character: the octets re-decode to the text.
            expect(Buffer.from(ics, 'utf8').toString('utf8')).toBe(ics);

            const logical = unfold(ics);
            expect(logical).toContain(`X-WR-CALNAME:${escapeText(c.cellName)}`);
            expect(logical).toContain(`LOCATION:${escapeText(c.place)}`);

            const calendar = new ICAL.Component(ICAL.parse(ics));
            const events = calendar
              .getAllSubcomponents('vevent')
              .map((v) => new ICAL.Event(v));
            expect(events).toHaveLength(plan.meetings.length);
            events.forEach((event, i) => {
              const meeting = plan.meetings[
                i
              ] as (typeof plan.meetings)[number];
              expect(event.summary).toBe(
                `${KIND[meeting.kind]} – ${c.cellName}`,
              );
              expect(event.location).toBe(c.place);
              expect(
                event.description.startsWith(
                  `${meeting.title.vi}\nÂm lịch: ngày `,
                ),
              ).toBe(true);
              expect(event.startDate.toJSDate().getTime()).toBe(
                Date.parse(meeting.start),
              );
              expect(event.endDate.toJSDate().getTime()).toBe(
                Date.parse(meeting.end),
              );
            });
            // ical.js reads X- properties as unknown values: decode them as TEXT.
            expect(
              ICAL.design.icalendar.value.text.fromICAL(
                String(calendar.getFirstPropertyValue('x-wr-calname')),
              ),
            ).toBe(c.cellName);
          },
        ),
        { numRuns: propertyRuns(200) },
      );
    },
    slowTestTimeout,
  );

  it(
    'the fast fold writes exactly what folding one character at a time writes',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            vietnameseText,
            fc.string({ unit: 'binary', maxLength: 300, size: 'max' }),
          ),
          fc.constantFrom('SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'UID'),
          (value, name) => {
            expect(contentLine(name, value)).toBe(foldOneByOne(name, value));
          },
        ),
        { numRuns: propertyRuns(1000) },
      );
    },
    slowTestTimeout,
  );

  it('a line of 25 units is never folded, one of 26 three-octet letters is', () => {
    expect(contentLine('X', 'ệ'.repeat(23))).toBe(`X:${'ệ'.repeat(23)}\r\n`);
    expect(octets(`X:${'ệ'.repeat(24)}`)).toBe(74);
    expect(contentLine('X', 'ệ'.repeat(25))).toBe(
      `X:${'ệ'.repeat(24)}\r\n ${'ệ'}\r\n`,
    );
  });
});
