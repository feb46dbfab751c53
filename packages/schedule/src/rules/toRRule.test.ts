import { ChiboError } from '@chibo/core';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import rrule from 'rrule';
import { RRuleTemporal } from 'rrule-temporal';
import { describe, expect, it } from 'vitest';
import { expandSchedule } from './expandSchedule';
import type { MeetingRuleInput, RecurrencePattern } from './meetingRule';
import { toRRule } from './toRRule';

const FROM = '2026-01-01';
const TO = '2035-12-31';

function ours(rule: MeetingRuleInput): number[] {
  return expandSchedule(rule, { from: FROM, to: TO }).map((o) =>
    Date.parse(o.start),
  );
}

function viaRRuleTemporal(rule: MeetingRuleInput): number[] {
  const dtstart = `DTSTART;TZID=Asia/Ho_Chi_Minh:20260101T${rule.time.replace(':', '')}00`;
  const r = new RRuleTemporal({
    rruleString: `${dtstart}\nRRULE:${toRRule(rule)}`,
  });
  return r
    .between(
      new Date('2025-12-31T17:00:00Z'),
      new Date('2035-12-31T16:59:59Z'),
      true,
    )
    .map((z) => z.epochMilliseconds);
}

/** rrule has no reliable zone support: with UTC and a time from 07:00, the UTC date is the Viet Nam date. */
function viaRRule(rule: MeetingRuleInput): number[] {
  const [h, m] = rule.time.split(':').map(Number) as [number, number];
  const utc = `${String(h - 7).padStart(2, '0')}${String(m).padStart(2, '0')}00`;
  return rrule
    .rrulestr(`DTSTART:20260101T${utc}Z\nRRULE:${toRRule(rule)}`)
    .between(
      new Date('2026-01-01T00:00:00Z'),
      new Date('2035-12-31T23:59:59Z'),
      true,
    )
    .map((d) => d.getTime());
}

const patterns: [string, RecurrencePattern | Record<string, unknown>][] = [
  ['day 3', { type: 'day-of-month', day: 3 }],
  ['day 28', { type: 'day-of-month', day: 28 }],
  [
    'day 31, skipped when missing',
    { type: 'day-of-month', day: 31, whenMissing: 'skip' },
  ],
  [
    'day 30, else the last day',
    { type: 'day-of-month', day: 30, whenMissing: 'nearest' },
  ],
  [
    'day 31, else the last day',
    { type: 'day-of-month', day: 31, whenMissing: 'nearest' },
  ],
  ['2nd Tuesday', { type: 'nth-weekday', weekday: 2, n: 2 }],
  ['1st Monday', { type: 'nth-weekday', weekday: 1, n: 1 }],
  ['4th Saturday', { type: 'nth-weekday', weekday: 6, n: 4 }],
  [
    '5th Friday, skipped',
    { type: 'nth-weekday', weekday: 5, n: 5, whenMissing: 'skip' },
  ],
  [
    '5th Friday, else the last',
    { type: 'nth-weekday', weekday: 5, n: 5, whenMissing: 'nearest' },
  ],
  ['Tuesday of the 2nd week', { type: 'weekday-of-week', weekday: 2, week: 2 }],
  ['Friday of the 3rd week', { type: 'weekday-of-week', weekday: 5, week: 3 }],
  [
    'Sunday of the 1st week (always there)',
    { type: 'weekday-of-week', weekday: 0, week: 1 },
  ],
  [
    'Tuesday of the 1st week, skipped',
    { type: 'weekday-of-week', weekday: 2, week: 1, whenMissing: 'skip' },
  ],
  [
    'Tuesday of the 1st week, else the first',
    { type: 'weekday-of-week', weekday: 2, week: 1, whenMissing: 'nearest' },
  ],
  [
    'Thursday of the 5th week, skipped',
    { type: 'weekday-of-week', weekday: 4, week: 5, whenMissing: 'skip' },
  ],
  [
    'Thursday of the 5th week, else the last',
    { type: 'weekday-of-week', weekday: 4, week: 5, whenMissing: 'nearest' },
  ],
  [
    'Sunday of the 5th Sunday-first week, else the 4th',
    {
      type: 'weekday-of-week',
      weekday: 0,
      week: 5,
      weekStartsOn: 0,
      whenMissing: 'nearest',
    },
  ],
  [
    'Tuesday of the 2nd Sunday-first week',
    { type: 'weekday-of-week', weekday: 2, week: 2, weekStartsOn: 0 },
  ],
  ['last Friday', { type: 'last-weekday', weekday: 5 }],
  ['last Sunday', { type: 'last-weekday', weekday: 0 }],
];

describe('differential against rrule-temporal and rrule, 2026–2035 (R-SCHED-1, R-TIME-1)', () => {
  it.each(patterns)('%s at 19:30', (_label, pattern) => {
    const rule = { pattern, time: '19:30', shift: 'keep' } as MeetingRuleInput;
    const expected = ours(rule);
    expect(expected.length).toBeGreaterThan(30);
    expect(viaRRuleTemporal(rule)).toEqual(expected);
    expect(viaRRule(rule)).toEqual(expected);
  });

  it('chosen months only (R-SCHED-3): February, May, August, November', () => {
    const rule: MeetingRuleInput = {
      pattern: { type: 'weekday-of-week', weekday: 2, week: 3 },
      time: '19:30',
      shift: 'keep',
      months: [11, 2, 5, 8],
    };
    expect(toRRule(rule)).toBe(
      'FREQ=MONTHLY;BYDAY=TU;BYMONTHDAY=10,11,12,13,14,15,16;BYMONTH=2,5,8,11',
    );
    expect(viaRRuleTemporal(rule)).toEqual(ours(rule));
  });

  it('any pattern and time agree with rrule-temporal (property)', () => {
    const weekday = fc.integer({ min: 0, max: 6 });
    const missing = fc.constantFrom('skip', 'nearest');
    const pattern = fc.oneof(
      fc.record({
        type: fc.constant('day-of-month'),
        day: fc.integer({ min: 1, max: 31 }),
        whenMissing: missing,
      }),
      fc.record({
        type: fc.constant('nth-weekday'),
        weekday,
        n: fc.integer({ min: 1, max: 5 }),
        whenMissing: missing,
      }),
      fc.record({
        type: fc.constant('weekday-of-week'),
        weekday,
        week: fc.integer({ min: 1, max: 5 }),
        weekStartsOn: weekday,
        whenMissing: missing,
      }),
      fc.record({ type: fc.constant('last-weekday'), weekday }),
    );
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(
        ([h, m]) =>
          `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(pattern, time, (p, t) => {
        const rule = { pattern: p, time: t, shift: 'keep' } as MeetingRuleInput;
        expect(viaRRuleTemporal(rule)).toEqual(ours(rule));
      }),
      { numRuns: propertyRuns(150) },
    );
  });
});

describe('toRRule (R-SCHED-1, R-SCHED-2)', () => {
  const secondTuesday = {
    pattern: { type: 'nth-weekday', weekday: 2, n: 2 },
    time: '19:30',
  } as const;

  it('writes the nth weekday as BYDAY', () => {
    expect(toRRule({ ...secondTuesday, shift: 'keep' })).toBe(
      'FREQ=MONTHLY;BYDAY=2TU',
    );
  });

  it('refuses a holiday shift, which RFC 5545 cannot express', () => {
    try {
      toRRule(secondTuesday);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      const e = error as ChiboError;
      expect(e.issues[0]).toMatchObject({ path: ['shift'], rule: 'R-SCHED-2' });
      expect(e.messages.en).toContain('RFC 5545');
    }
    expect(toRRule(secondTuesday, { withoutShift: true })).toBe(
      'FREQ=MONTHLY;BYDAY=2TU',
    );
  });

  it('refuses the last working day, which depends on holidays', () => {
    expect(() =>
      toRRule({
        pattern: { type: 'last-working-day' },
        time: '16:00',
        shift: 'keep',
      }),
    ).toThrow(ChiboError);
  });
});
