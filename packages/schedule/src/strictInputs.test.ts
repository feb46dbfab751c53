import { ChiboError } from '@chibo/core';
import { cell, meetingPlan } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  createHolidayCalendar,
  createYearPlan,
  describeRule,
  expandSchedule,
  formatLunarDate,
  getHolidays,
  getLunarYear,
  isWorkingDay,
  lunarToSolar,
  parseMeetingRule,
  parseOfficialHolidays,
  solarToLunar,
  toICalendar,
  toRRule,
} from './index';
import { expectUnknownKey } from './testSupport/unknownKey';

// Issue 13 §4: "Unknown keys are an error that names the key and the nearest
// known key." Each of these misspellings used to be dropped silently: the
// rule, the plan, the holidays or the calendar came out as if the key had
// not been given.

const rule = meetingPlan.regular;
const range = { from: '2027-01-01', to: '2027-12-31' };

describe('issue 13 §4: a misspelt key in a schedule input is an error naming the key it meant', () => {
  it('a meeting rule and its pattern (R-SCHED-1, R-SCHED-2)', () => {
    // `shfit: 'keep'` used to be dropped: the meeting moved off holidays anyway.
    expectUnknownKey(() => parseMeetingRule({ ...rule, shfit: 'keep' }), {
      key: 'shfit',
      nearest: 'shift',
      path: [],
      code: 'invalid-input',
    });
    expectUnknownKey(
      () =>
        parseMeetingRule({
          ...rule,
          pattern: { ...rule.pattern, weekStartOn: 0 },
        }),
      { key: 'weekStartOn', nearest: 'weekStartsOn', path: ['pattern'] },
    );
    expectUnknownKey(
      () => expandSchedule({ ...rule, month: [3] } as never, range),
      { key: 'month', nearest: 'months', path: [] },
    );
    for (const run of [
      () => toRRule({ ...rule, tme: '08:00' } as never, { withoutShift: true }),
      () => describeRule({ ...rule, tme: '08:00' } as never),
    ]) {
      expectUnknownKey(run, { key: 'tme', nearest: 'time', path: [] });
    }
  });

  it('the year plan options and the thematic plan (R-SCHED-3)', () => {
    // `thematc` used to plan no thematic meeting at all.
    expectUnknownKey(
      () =>
        createYearPlan(cell, 2027, {
          regular: rule,
          thematc: meetingPlan.thematic,
        } as never),
      { key: 'thematc', nearest: 'thematic', path: [], code: 'invalid-input' },
    );
    expectUnknownKey(
      () =>
        createYearPlan(cell, 2027, {
          regular: rule,
          thematic: { ...meetingPlan.thematic, monthOfQuater: 1 },
        } as never),
      { key: 'monthOfQuater', nearest: 'monthOfQuarter', path: ['thematic'] },
    );
    // Every known key still goes through, `holidays` included.
    const plan = createYearPlan(cell, 2027, {
      ...meetingPlan,
      holidays: { weeklyRest: [0] },
      ruleSet: 'HD42-2025',
    });
    expect(plan.meetings.length).toBeGreaterThan(12);
  });

  it('the holiday options, the official list and its days off (R-HOL-1, R-HOL-2)', () => {
    // `weeklyRst: [0]` used to give the default calendar: Saturdays off.
    const wrong = { weeklyRst: [0] } as never;
    for (const run of [
      () => getHolidays(2027, wrong),
      () => isWorkingDay('2027-03-06', wrong),
      () => createHolidayCalendar(wrong),
      () => expandSchedule(rule, range, { holidays: wrong }),
      () => createYearPlan(cell, 2027, { ...meetingPlan, holidays: wrong }),
    ]) {
      expectUnknownKey(run, {
        key: 'weeklyRst',
        nearest: 'weeklyRest',
        path: ['options'],
        code: 'invalid-argument',
      });
    }
    const official = {
      year: 2027,
      daysOff: [{ date: '2027-05-03', kind: 'labour-day', compensatory: true }],
    };
    expectUnknownKey(
      () => parseOfficialHolidays({ ...official, workingDay: ['2027-05-08'] }),
      { key: 'workingDay', nearest: 'workingDays', path: [] },
    );
    expectUnknownKey(
      () =>
        getHolidays(2027, {
          official: [
            {
              ...official,
              daysOff: [
                {
                  date: '2027-05-03',
                  kind: 'labour-day',
                  compensatry: true,
                } as never,
              ],
            },
          ],
        }),
      {
        key: 'compensatry',
        nearest: 'compensatory',
        path: ['official', 0, 'daysOff', 0],
      },
    );
  });

  it('the options of toICalendar, toRRule, expandSchedule and its range', () => {
    const plan = createYearPlan(cell, 2027, meetingPlan);
    // `stmap` used to give a DTSTAMP of 1 January instead of the one meant.
    expectUnknownKey(
      () => toICalendar(plan, { stmap: '2026-12-15T08:00:00+07:00' } as never),
      {
        key: 'stmap',
        nearest: 'stamp',
        path: ['options'],
        code: 'invalid-argument',
      },
    );
    // `withoutshift` used to be dropped: an error for a rule with a shift.
    expectUnknownKey(() => toRRule(rule, { withoutshift: true } as never), {
      key: 'withoutshift',
      nearest: 'withoutShift',
      path: ['options'],
    });
    expectUnknownKey(
      () =>
        expandSchedule(rule, range, { holiday: { weeklyRest: [0] } } as never),
      { key: 'holiday', nearest: 'holidays', path: ['options'] },
    );
    expectUnknownKey(
      () =>
        expandSchedule(rule, {
          from: '2027-01-01',
          too: '2027-02-01',
        } as never),
      { key: 'too', nearest: 'to', path: ['range'] },
    );
  });

  it('the lunar calendar: a date and the options (R-LUNAR-1)', () => {
    // `leep: true` used to read the regular month 6 of 2025, not the leap one.
    expectUnknownKey(
      () => lunarToSolar({ year: 2025, month: 6, day: 1, leep: true } as never),
      {
        key: 'leep',
        nearest: 'leap',
        path: ['lunar'],
        code: 'invalid-argument',
      },
    );
    const wrong = { meridan: 'utc7' } as never;
    for (const run of [
      () => solarToLunar({ year: 1967, month: 12, day: 1 }, wrong),
      () => lunarToSolar({ year: 1967, month: 11, day: 1 }, wrong),
      () => getLunarYear(1967, wrong),
    ]) {
      expectUnknownKey(run, {
        key: 'meridan',
        nearest: 'meridian',
        path: ['options'],
      });
    }
    expectUnknownKey(
      () =>
        formatLunarDate({
          year: 2027,
          month: 1,
          day: 5,
          leap: false,
          daay: 6,
        } as never),
      { key: 'daay', nearest: 'day', path: ['date'] },
    );
  });
});

describe('issue 13 §4: toRRule and expandSchedule name a wrong argument instead of a TypeError', () => {
  it('toRRule(rule, null) and other options that are not an object', () => {
    for (const options of [null, 'withoutShift', 1, { withoutShift: 'yes' }]) {
      expect(() => toRRule(rule, options as never)).toThrow(
        expect.objectContaining({
          name: 'ChiboError',
          code: 'invalid-argument',
          issues: [
            expect.objectContaining({
              path: expect.arrayContaining(['options']),
            }),
          ],
        }),
      );
    }
    // Left out, the options are the defaults: the shift cannot be expressed.
    expect(() => toRRule(rule, undefined)).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['shift'] })],
      }),
    );
    expect(toRRule(rule, { withoutShift: true })).toBe(
      'FREQ=MONTHLY;BYDAY=TU;BYMONTHDAY=3,4,5,6,7,8,9',
    );
  });

  it('expandSchedule(rule, undefined), and options that are not an object', () => {
    for (const wrong of [undefined, null, '2027-01-01', []]) {
      let error: unknown;
      try {
        expandSchedule(rule, wrong as never);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ChiboError);
      expect(error).toMatchObject({
        code: 'invalid-argument',
        issues: [expect.objectContaining({ path: ['range'] })],
      });
    }
    expect(() => expandSchedule(rule, range, null as never)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
    expect(expandSchedule(rule, range, undefined)).toHaveLength(12);
  });
});
