import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import { trangNungRegular } from '../testSupport/trangNung';
import { describeRule } from './describeRule';
import { expandSchedule } from './expandSchedule';
import type { MeetingRuleInput } from './meetingRule';

const trangNung: MeetingRuleInput = trangNungRegular;
const year2027 = { from: '2027-01-01', to: '2027-12-31' };

function expectError(fn: () => unknown, rule: string, path?: PropertyKey[]) {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    const e = error as ChiboError;
    expect(e.issues.map((i) => i.rule)).toContain(rule);
    if (path) expect(e.issues.map((i) => i.path)).toContainEqual(path);
    return;
  }
  throw new Error('expected a ChiboError');
}

describe('SCENARIO 2027 (R-SCHED-1, R-SCHED-2, R-HOL-1)', () => {
  const occurrences = expandSchedule(trangNung, year2027);

  it('one meeting a month', () => {
    expect(occurrences.map((o) => o.month)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
    ]);
  });

  it('February: 02-09 falls in Tết, so the meeting moves to 02-10 and says why', () => {
    const feb = occurrences[1];
    expect(feb).toMatchObject({
      date: '2027-02-10',
      originalDate: '2027-02-09',
      start: '2027-02-10T19:30:00+07:00',
      end: '2027-02-10T21:15:00+07:00',
      shift: { reason: 'holiday', days: 1, holiday: { kind: 'tet' } },
    });
    expect(feb?.shift?.message.vi).toBe(
      'Ngày 2027-02-09 trùng Tết Âm lịch, dời sang ngày 2027-02-10.',
    );
    expect(feb?.shift?.message.en).toContain('Lunar New Year');
  });

  it('March: Tuesday 2027-03-09 at 19:30, i.e. 12:30Z (R-TIME-1)', () => {
    const march = occurrences[2];
    expect(march?.date).toBe('2027-03-09');
    expect(march?.shift).toBeUndefined();
    expect(new Date(march?.start ?? '').toISOString()).toBe(
      '2027-03-09T12:30:00.000Z',
    );
  });

  it('the thematic meeting, the Tuesday of the third week: 2027-02-16', () => {
    const [thematic] = expandSchedule(
      {
        pattern: { type: 'weekday-of-week', weekday: 2, week: 3 },
        time: '19:30',
        months: [2],
      },
      year2027,
    );
    expect(thematic?.date).toBe('2027-02-16');
  });

  it('the two readings of "thứ 3 tuần thứ hai" differ when a month starts on a Wednesday', () => {
    // September 2027 starts on a Wednesday.
    const week = expandSchedule(trangNung, {
      from: '2027-09-01',
      to: '2027-09-30',
    });
    const nth = expandSchedule(
      { ...trangNung, pattern: { type: 'nth-weekday', weekday: 2, n: 2 } },
      { from: '2027-09-01', to: '2027-09-30' },
    );
    expect(week[0]?.date).toBe('2027-09-07');
    expect(nth[0]?.date).toBe('2027-09-14');
  });
});

describe('shift policies (R-SCHED-2, R-HOL-2)', () => {
  it('previous working day', () => {
    const [feb] = expandSchedule(
      { ...trangNung, shift: 'previous-working-day' },
      { from: '2027-02-01', to: '2027-02-28' },
    );
    // 02-05 … 02-09 Tết, 02-04 a Thursday.
    expect(feb).toMatchObject({ date: '2027-02-04', shift: { days: -5 } });
  });

  it('keep: the meeting stays on the holiday', () => {
    const [feb] = expandSchedule(
      { ...trangNung, shift: 'keep' },
      { from: '2027-02-01', to: '2027-02-28' },
    );
    expect(feb).toMatchObject({ date: '2027-02-09' });
    expect(feb?.shift).toBeUndefined();
  });

  it('the weekly rest moves a fixed day; a unit working Saturdays keeps it', () => {
    const rule: MeetingRuleInput = {
      pattern: { type: 'day-of-month', day: 3 },
      time: '08:00',
    };
    // 2027-04-03 is a Saturday.
    const [apr] = expandSchedule(rule, {
      from: '2027-04-01',
      to: '2027-04-30',
    });
    expect(apr).toMatchObject({
      date: '2027-04-05',
      shift: { reason: 'weekly-rest', days: 2 },
    });
    const [sat] = expandSchedule(
      rule,
      { from: '2027-04-01', to: '2027-04-30' },
      { holidays: { weeklyRest: [0] } },
    );
    expect(sat?.date).toBe('2027-04-03');
    const [weekend] = expandSchedule(
      { ...rule, avoidWeeklyRest: false },
      { from: '2027-04-01', to: '2027-04-30' },
    );
    expect(weekend?.date).toBe('2027-04-03');
  });

  it('[open] days in lieu: allowed by default, avoided on request', () => {
    const [avoid] = expandSchedule(
      { ...trangNung, meetOnCompensatoryDays: false },
      { from: '2027-02-01', to: '2027-02-28' },
    );
    // 02-10 and 02-11 are days off in lieu of Tết's Saturday and Sunday.
    expect(avoid?.date).toBe('2027-02-12');
    expect(avoid?.shift?.message.vi).toBe(
      'Ngày 2027-02-09 trùng Tết Âm lịch, dời sang ngày 2027-02-12.',
    );
    const [lieu] = expandSchedule(
      {
        pattern: { type: 'day-of-month', day: 10 },
        time: '19:30',
        meetOnCompensatoryDays: false,
      },
      { from: '2027-02-01', to: '2027-02-28' },
    );
    expect(lieu?.shift?.message.vi).toBe(
      'Ngày 2027-02-10 trùng nghỉ bù Tết Âm lịch, dời sang ngày 2027-02-12.',
    );
    expect(lieu?.shift?.holiday?.compensatory).toBe(true);
  });

  it('an official list moves the meeting with it (R-HOL-1)', () => {
    const [feb] = expandSchedule(
      trangNung,
      { from: '2027-02-01', to: '2027-02-28' },
      {
        holidays: {
          official: [
            {
              year: 2027,
              daysOff: ['04', '05', '08', '09', '10'].map((d) => ({
                date: `2027-02-${d}`,
                kind: 'tet' as const,
              })),
            },
          ],
        },
      },
    );
    expect(feb?.date).toBe('2027-02-11');
  });

  it('the last working day skips holidays', () => {
    // 2027-04-30 (Friday) is Victory Day.
    const [apr] = expandSchedule(
      { pattern: { type: 'last-working-day' }, time: '14:00' },
      { from: '2027-04-01', to: '2027-04-30' },
    );
    expect(apr?.date).toBe('2027-04-29');
  });

  it('a meeting that ends after midnight ends on the next day', () => {
    const [o] = expandSchedule(
      { ...trangNung, time: '23:00', durationMinutes: 120 },
      { from: '2027-03-01', to: '2027-03-31' },
    );
    expect(o?.end).toBe('2027-03-10T01:00:00+07:00');
  });
});

describe('bad input: typed errors, never an empty result (R-SCHED-1)', () => {
  it.each([
    ['day 31 without a policy', { type: 'day-of-month', day: 31 }],
    ['the 5th Monday', { type: 'nth-weekday', weekday: 1, n: 5 }],
    [
      'the Tuesday of the 5th week',
      { type: 'weekday-of-week', weekday: 2, week: 5 },
    ],
    [
      'the Tuesday of the 1st week',
      { type: 'weekday-of-week', weekday: 2, week: 1 },
    ],
  ])('%s', (_label, pattern) => {
    expectError(
      () =>
        expandSchedule(
          { pattern, time: '19:30' } as MeetingRuleInput,
          year2027,
        ),
      'R-SCHED-1',
      ['pattern', 'whenMissing'],
    );
  });

  it('from after to', () => {
    expectError(
      () => expandSchedule(trangNung, { from: '2027-12-31', to: '2027-01-01' }),
      'R-SCHED-1',
      ['from'],
    );
  });

  it('a range the lunar calendar does not cover (R-HOL-1)', () => {
    expectError(
      () => expandSchedule(trangNung, { from: '2199-01-01', to: '2200-12-31' }),
      'R-HOL-1',
      ['to'],
    );
    // The last year it covers works, shifts included.
    expect(
      expandSchedule(trangNung, { from: '2199-01-01', to: '2199-12-31' }),
    ).toHaveLength(12);
  });

  it('a date that does not exist', () => {
    expectError(
      () => expandSchedule(trangNung, { from: '2027-02-30', to: '2027-03-01' }),
      'R-TIME-1',
      ['from'],
    );
  });

  it('a time that is not HH:MM', () => {
    try {
      expandSchedule({ ...trangNung, time: '7:30pm' }, year2027);
      expect.unreachable();
    } catch (error) {
      expect((error as ChiboError).issues[0]?.path).toEqual(['time']);
    }
  });

  it('a weekly rest of every day', () => {
    expectError(
      () =>
        expandSchedule(trangNung, year2027, {
          holidays: { weeklyRest: [0, 1, 2, 3, 4, 5, 6] },
        }),
      'R-HOL-2',
    );
  });

  it('a month listed twice', () => {
    expectError(
      () => expandSchedule({ ...trangNung, months: [2, 2] }, year2027),
      'R-SCHED-1',
      ['months'],
    );
  });
});

describe('describeRule (R-SCHED-1, R-SCHED-2)', () => {
  it('says the Trang Nùng rule in Vietnamese and English', () => {
    expect(describeRule(trangNung)).toBe(
      'Thứ Ba của tuần thứ hai hằng tháng, lúc 19:30; nếu trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp',
    );
    expect(describeRule(trangNung, 'en')).toBe(
      'The Tuesday of the second week of every month, at 19:30; if that day is a day off, moved to the next working day',
    );
  });

  it.each([
    [
      {
        pattern: { type: 'day-of-month', day: 3 },
        time: '08:00',
        shift: 'keep',
      },
      'Ngày 3 hằng tháng, lúc 08:00; giữ nguyên ngày kể cả ngày nghỉ',
    ],
    [
      {
        pattern: { type: 'nth-weekday', weekday: 2, n: 2 },
        time: '19:30',
        shift: 'previous-working-day',
      },
      'Thứ Ba lần thứ hai hằng tháng, lúc 19:30; nếu trùng ngày nghỉ thì dời lên ngày làm việc liền trước',
    ],
    [
      {
        pattern: { type: 'last-weekday', weekday: 5 },
        time: '16:00',
        avoidWeeklyRest: false,
      },
      'Thứ Sáu cuối cùng hằng tháng, lúc 16:00; nếu trùng ngày lễ, tết thì dời sang ngày làm việc kế tiếp',
    ],
    [
      {
        pattern: { type: 'day-of-month', day: 31, whenMissing: 'nearest' },
        time: '08:00',
        months: [8, 2, 5],
      },
      'Ngày 31 các tháng 2, 5 và 8 (tháng không có ngày này thì họp ngày gần nhất trong tháng), lúc 08:00; nếu trùng ngày nghỉ thì dời sang ngày làm việc kế tiếp',
    ],
  ])('%o', (rule, expected) => {
    expect(describeRule(rule as MeetingRuleInput)).toBe(expected);
  });

  it('English names the months', () => {
    expect(
      describeRule(
        {
          pattern: { type: 'last-working-day' },
          time: '16:00',
          months: [2, 8],
        },
        'en',
      ),
    ).toBe(
      'The last working day of February and August, at 16:00; if that day is a day off, moved to the next working day',
    );
  });
});
