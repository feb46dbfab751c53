import { ChiboError } from '@chibo/core';
import { cell } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { createYearPlan } from '../plan/createYearPlan';
import { expandSchedule } from '../rules/expandSchedule';
import type { MeetingRuleInput } from '../rules/meetingRule';
import { trangNungPlan } from '../testSupport/trangNung';
import { getHolidays, isWorkingDay } from './getHolidays';
import {
  HolidayKind,
  type OfficialHolidaysInput,
  parseOfficialHolidays,
} from './officialHolidays';

// R-HOL-1 (v2): the list of holidays is not closed. A yearly official list
// may add a day off of any name (24/11 "Ngày Văn hóa Việt Nam" was
// proposed), and it shifts meetings like any other holiday.

const cultureDay = {
  date: '2027-11-24', // a Wednesday
  kind: 'vietnamese-culture-day',
  name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
};

/** The computed days of 2027 as an official list, plus 24/11. */
const official2027 = {
  year: 2027,
  source: 'Thông báo (giả định) của Bộ Nội vụ',
  daysOff: [
    ...getHolidays(2027).map((h) => ({
      date: h.date,
      kind: h.kind,
      compensatory: h.compensatory,
    })),
    cultureDay,
  ],
} satisfies OfficialHolidaysInput;
const options = { official: [official2027] };

/** A fixed day of the month: the 24th at 19:30, moved to the next working day. */
const on24th = {
  pattern: { type: 'day-of-month', day: 24 },
  time: '19:30',
} satisfies MeetingRuleInput;

const issuesOf = (input: unknown) => {
  try {
    parseOfficialHolidays(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    expect((error as ChiboError).code).toBe('invalid-input');
    return (error as ChiboError).issues;
  }
  throw new Error('expected a ChiboError');
};

describe('R-HOL-1 v2: a yearly list adds a holiday chibo does not know', () => {
  it('R-HOL-1: the list keeps the added kind, its name, and cites the announcement', () => {
    const added = getHolidays(2027, options).find(
      (h) => h.date === '2027-11-24',
    );
    expect(added).toEqual({
      date: '2027-11-24',
      kind: 'vietnamese-culture-day',
      name: { vi: 'Ngày Văn hóa Việt Nam', en: 'Vietnamese Culture Day' },
      law: {
        vi: 'Thông báo ngày nghỉ hằng năm',
        en: 'Yearly holiday announcement',
      },
      compensatory: false,
      source: 'official',
    });
    expect(Object.isFrozen(added?.name)).toBe(true);
    // The known kinds keep their names and law.
    const tet = getHolidays(2027, options).find((h) => h.kind === 'tet');
    expect(tet?.name.vi).toBe('Tết Âm lịch');
    expect(tet?.law.vi).toContain('Điều 112');
  });

  it('R-HOL-1: 2027-11-24 is a day off with the list, a working day without it', () => {
    expect(isWorkingDay('2027-11-24')).toBe(true);
    expect(isWorkingDay('2027-11-24', options)).toBe(false);
    expect(isWorkingDay('2027-11-25', options)).toBe(true);
  });

  it('R-HOL-1, R-SCHED-2: a meeting on the 24th moves to the next working day, saying why', () => {
    const range = { from: '2027-10-01', to: '2027-12-31' };
    const [, november] = expandSchedule(on24th, range, { holidays: options });
    expect(november).toMatchObject({
      date: '2027-11-25',
      originalDate: '2027-11-24',
      start: '2027-11-25T19:30:00+07:00',
      shift: {
        reason: 'holiday',
        days: 1,
        holiday: {
          kind: 'vietnamese-culture-day',
          name: cultureDay.name,
          compensatory: false,
        },
        message: {
          vi: 'Ngày 2027-11-24 trùng ngày Văn hóa Việt Nam, dời sang ngày 2027-11-25.',
          en: '2027-11-24 falls on Vietnamese Culture Day; moved to 2027-11-25.',
        },
      },
    });
    // Without the list it stays on the 24th.
    expect(expandSchedule(on24th, range)[1]?.date).toBe('2027-11-24');
  });

  it('R-HOL-1, R-SCHED-2: the previous-working-day policy moves it to the 23rd', () => {
    const rule = { ...on24th, shift: 'previous-working-day' } as const;
    const range = { from: '2027-11-01', to: '2027-11-30' };
    expect(
      expandSchedule(rule, range, { holidays: options }).map((o) => o.date),
    ).toEqual(['2027-11-23']);
  });

  it('R-HOL-1: the year plan of the SCENARIO cell moves its November meeting off the added day', () => {
    const plan = createYearPlan(cell, 2027, {
      ...trangNungPlan,
      regular: on24th,
      holidays: options,
    });
    const november = plan.meetings.find(
      (m) => m.kind === 'regular' && m.month === 11,
    );
    expect(november).toMatchObject({
      date: '2027-11-25',
      originalDate: '2027-11-24',
    });
    expect(november?.shift?.holiday?.kind).toBe('vietnamese-culture-day');
  });

  it('R-HOL-1, R-HOL-2: a day in lieu of an added holiday is named after it', () => {
    const [lieu] = getHolidays(2027, {
      official: [
        {
          ...official2027,
          daysOff: [
            cultureDay,
            { ...cultureDay, date: '2027-11-25', compensatory: true },
          ],
        },
      ],
    }).filter((h) => h.compensatory);
    expect(lieu?.name).toEqual({
      vi: 'Nghỉ bù Ngày Văn hóa Việt Nam',
      en: 'Day off in lieu: Vietnamese Culture Day',
    });
  });

  it('R-HOL-1: a known kind may be renamed and given its text; an id like "constructor" is just an id', () => {
    const [renamed, odd] = getHolidays(2027, {
      official: [
        {
          year: 2027,
          daysOff: [
            {
              date: '2027-01-01',
              kind: 'new-year',
              name: { vi: 'Tết Dương lịch 2027', en: "New Year's Day 2027" },
              law: { vi: 'Thông báo 1/TB-BNV', en: 'Notice 1/TB-BNV' },
            },
            {
              date: '2027-01-02',
              kind: 'constructor',
              name: { vi: 'Ngày thử', en: 'Test day' },
            },
          ],
        },
      ],
    });
    expect(renamed?.name.vi).toBe('Tết Dương lịch 2027');
    expect(renamed?.law.en).toBe('Notice 1/TB-BNV');
    expect(odd?.kind).toBe('constructor');
    expect(odd?.law.vi).toBe('Thông báo ngày nghỉ hằng năm');
  });

  it('R-HOL-1: the kind and name are normalised to NFC and trimmed', () => {
    const list = parseOfficialHolidays({
      year: 2027,
      daysOff: [
        {
          ...cultureDay,
          kind: ' ngày-văn-hóa '.normalize('NFD'),
          name: { vi: 'Ngày Văn hóa Việt Nam'.normalize('NFD'), en: 'x' },
        },
      ],
    });
    expect(list.daysOff[0]?.kind).toBe('ngày-văn-hóa');
    expect(list.daysOff[0]?.name?.vi).toBe('Ngày Văn hóa Việt Nam');
    expect(HolidayKind.parse('vietnamese-culture-day')).toBe(
      'vietnamese-culture-day',
    );
  });

  it.each([
    ['an empty kind', { kind: '  ' }, ['daysOff', 0, 'kind']],
    [
      'a kind of 65 characters',
      { kind: 'x'.repeat(65) },
      ['daysOff', 0, 'kind'],
    ],
    ['a kind on two lines', { kind: 'a\nb' }, ['daysOff', 0, 'kind']],
    ['a kind that is not text', { kind: 7 }, ['daysOff', 0, 'kind']],
    [
      'an unknown kind without a name',
      { name: undefined },
      ['daysOff', 0, 'name'],
    ],
    [
      'a name without English',
      { name: { vi: 'Ngày Văn hóa' } },
      ['daysOff', 0, 'name', 'en'],
    ],
    [
      'an empty name',
      { name: { vi: ' ', en: 'x' } },
      ['daysOff', 0, 'name', 'vi'],
    ],
    [
      'a name of 201 characters',
      { name: { vi: 'x'.repeat(201), en: 'x' } },
      ['daysOff', 0, 'name', 'vi'],
    ],
    [
      'a name with a tab',
      { name: { vi: 'a\tb', en: 'x' } },
      ['daysOff', 0, 'name', 'vi'],
    ],
    [
      'a name with an unknown key',
      { name: { ...cultureDay.name, fr: 'x' } },
      ['daysOff', 0, 'name'],
    ],
  ])('R-HOL-1: rejects %s with its path', (_label, change, path) => {
    const issues = issuesOf({
      year: 2027,
      daysOff: [{ ...cultureDay, ...change }],
    });
    expect(issues.map((i) => i.path)).toContainEqual(path);
    for (const issue of issues) {
      expect(issue.message.vi).not.toBe(issue.message.en);
    }
  });

  it('R-HOL-1: the missing name is explained in Vietnamese and English', () => {
    const [issue] = issuesOf({
      year: 2027,
      daysOff: [{ date: '2027-11-24', kind: 'vietnamese-culture-day' }],
    });
    expect(issue?.rule).toBe('R-HOL-1');
    expect(issue?.message.vi).toBe(
      '"vietnamese-culture-day" không phải ngày lễ chibo biết: hãy ghi tên ngày nghỉ { vi, en }.',
    );
    expect(issue?.message.en).toContain('give its name');
  });
});
