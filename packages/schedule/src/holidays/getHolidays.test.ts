import { ChiboError } from '@chibo/core';
import { reportProgress, slowTestTimeout } from '@chibo/scenario/test-budget';
import { getLunarDate } from '@dqcai/vn-lunar';
import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import {
  createHolidayCalendar,
  getHolidays,
  isWorkingDay,
} from './getHolidays';
import { holidayNames } from './holiday';
import { HolidayCalendar } from './holidayCalendar';
import {
  type OfficialHolidaysInput,
  parseOfficialHolidays,
} from './officialHolidays';

const datesOf = (year: number, kind: string, options = {}) =>
  getHolidays(year, options)
    .filter((h) => h.kind === kind && !h.compensatory)
    .map((h) => h.date);

describe('getHolidays: the statutory days (R-HOL-1)', () => {
  it('lists the 11 days of 2027 with names and the law', () => {
    const holidays = getHolidays(2027).filter((h) => !h.compensatory);
    expect(holidays.map((h) => [h.date, h.kind])).toEqual([
      ['2027-01-01', 'new-year'],
      ['2027-02-05', 'tet'],
      ['2027-02-06', 'tet'],
      ['2027-02-07', 'tet'],
      ['2027-02-08', 'tet'],
      ['2027-02-09', 'tet'],
      ['2027-04-16', 'hung-kings'],
      ['2027-04-30', 'victory-day'],
      ['2027-05-01', 'labour-day'],
      ['2027-09-01', 'national-day'],
      ['2027-09-02', 'national-day'],
    ]);
    for (const h of holidays) {
      expect(h.name.vi).not.toBe(h.name.en);
      expect(h.law.vi).toContain('Điều 112');
      expect(h.law.en).toContain('Article 112');
      expect(h.source).toBe('computed');
    }
  });

  it('SCENARIO: Tết 2027 runs from 02-05 to 02-09', () => {
    expect(datesOf(2027, 'tet')).toEqual([
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
  });

  it('Tết starts on the last day of the old year, which may be the 29th', () => {
    // Lunar 12/2024 has 29 days: 29 Tết Ất Tỵ is 2025-01-28.
    expect(datesOf(2025, 'tet')[0]).toBe('2025-01-28');
  });

  it("National Day's second day is configurable [open], default the day before", () => {
    expect(datesOf(2027, 'national-day')).toEqual(['2027-09-01', '2027-09-02']);
    expect(
      datesOf(2027, 'national-day', { nationalDaySecondDay: 'after' }),
    ).toEqual(['2027-09-02', '2027-09-03']);
  });
});

describe('days off in lieu (R-HOL-2)', () => {
  it('a holiday on a weekend gives the next working day off', () => {
    // 2027-05-01 is a Saturday: Monday 05-03 is off.
    const lieu = getHolidays(2027).filter((h) => h.compensatory);
    expect(lieu.map((h) => [h.date, h.compensatesFor])).toEqual([
      ['2027-02-10', '2027-02-06'],
      ['2027-02-11', '2027-02-07'],
      ['2027-05-03', '2027-05-01'],
    ]);
    expect(lieu[0]?.law.vi).toContain('Điều 111');
  });

  it('follows the weekly rest: a unit resting only on Sunday', () => {
    const lieu = getHolidays(2027, { weeklyRest: [0] }).filter(
      (h) => h.compensatory,
    );
    expect(lieu.map((h) => [h.date, h.compensatesFor])).toEqual([
      ['2027-02-10', '2027-02-07'],
    ]);
  });

  it('skips holidays when looking for the next working day', () => {
    // 2026-01-01 is a Thursday; 2028-01-01 is a Saturday → Monday 01-03.
    const lieu = getHolidays(2028).filter((h) => h.compensatory);
    expect(lieu[0]).toMatchObject({
      date: '2028-01-03',
      compensatesFor: '2028-01-01',
    });
  });
});

describe('isWorkingDay (R-HOL-1, R-HOL-2)', () => {
  it.each([
    ['2027-02-09', {}, false], // Tết
    ['2027-02-10', {}, false], // in lieu
    ['2027-02-12', {}, true],
    ['2027-03-06', {}, false], // Saturday
    ['2027-03-06', { weeklyRest: [0] }, true], // a unit working Saturdays
    ['2027-03-09', {}, true],
  ])('%s with %o is %s', (date, options, expected) => {
    expect(isWorkingDay(date, options)).toBe(expected);
  });

  it('reads a Date in Viet Nam time (R-TIME-1)', () => {
    // 2027-02-08T17:30Z is 00:30 on 02-09 in Viet Nam.
    expect(isWorkingDay(new Date('2027-02-09T17:30:00Z'))).toBe(false);
    expect(isWorkingDay(new Date('2027-02-11T17:30:00Z'))).toBe(true);
  });

  it('rejects a date that does not exist', () => {
    expect(() => isWorkingDay('2027-02-30')).toThrow(ChiboError);
  });
});

const official2027 = {
  year: 2027,
  source: 'Thông báo (giả định) của Bộ Nội vụ',
  daysOff: [
    { date: '2027-01-01', kind: 'new-year' },
    ...['04', '05', '06', '07', '08', '09', '10'].map((d) => ({
      date: `2027-02-${d}`,
      kind: 'tet' as const,
    })),
    { date: '2027-04-16', kind: 'hung-kings' },
    { date: '2027-04-30', kind: 'victory-day' },
    { date: '2027-05-01', kind: 'labour-day' },
    { date: '2027-05-03', kind: 'labour-day', compensatory: true },
    { date: '2027-09-02', kind: 'national-day' },
    { date: '2027-09-03', kind: 'national-day' },
  ],
  workingDays: ['2027-02-20'],
} satisfies OfficialHolidaysInput;

describe('the official list overrides the default (R-HOL-1)', () => {
  it('replaces the computed days of its year only', () => {
    const options = { official: [official2027] };
    expect(datesOf(2027, 'tet', options)).toEqual([
      '2027-02-04',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
    ]);
    expect(datesOf(2027, 'national-day', options)).toEqual([
      '2027-09-02',
      '2027-09-03',
    ]);
    expect(
      getHolidays(2027, options).every((h) => h.source === 'official'),
    ).toBe(true);
    expect(datesOf(2028, 'tet', options)[0]).toBe('2028-01-25');
  });

  it('a swapped working Saturday is a working day', () => {
    const options = { official: [official2027] };
    expect(isWorkingDay('2027-02-20', options)).toBe(true);
    expect(isWorkingDay('2027-02-20')).toBe(false);
    expect(isWorkingDay('2027-02-04', options)).toBe(false);
  });

  it.each([
    [
      'a date outside the year',
      { ...official2027, workingDays: ['2026-12-26'] },
      ['official', 0, 'workingDays', 0],
    ],
    [
      'a date listed twice',
      {
        ...official2027,
        daysOff: [
          ...official2027.daysOff,
          { date: '2027-01-01', kind: 'new-year' },
        ],
      },
      ['official', 0, 'daysOff', 14, 'date'],
    ],
    [
      'a working day that is a day off',
      { ...official2027, workingDays: ['2027-02-05'] },
      ['official', 0, 'workingDays', 0],
    ],
    [
      // R-HOL-1 v2: an added kind is allowed, but needs its name.
      'an unknown kind without a name',
      { ...official2027, daysOff: [{ date: '2027-01-01', kind: 'christmas' }] },
      ['official', 0, 'daysOff', 0, 'name'],
    ],
    [
      'an empty kind',
      { ...official2027, daysOff: [{ date: '2027-01-01', kind: '' }] },
      ['official', 0, 'daysOff', 0, 'kind'],
    ],
    [
      'no day off at all',
      { ...official2027, daysOff: [] },
      ['official', 0, 'daysOff'],
    ],
  ])('rejects %s with its path', (_label, input, path) => {
    try {
      getHolidays(2027, { official: [input as OfficialHolidaysInput] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      const e = error as ChiboError;
      expect(e.code).toBe('invalid-input');
      expect(e.issues.map((i) => i.path)).toContainEqual(path);
    }
  });

  it('parseOfficialHolidays cites R-HOL-1 on custom issues', () => {
    try {
      parseOfficialHolidays({ ...official2027, workingDays: ['2027-02-05'] });
      expect.unreachable();
    } catch (error) {
      expect((error as ChiboError).issues[0]?.rule).toBe('R-HOL-1');
      expect((error as ChiboError).issues[0]?.message.vi).toContain(
        'ngày nghỉ',
      );
    }
  });
});

describe('calendars', () => {
  it('share the default calendar and cache years', () => {
    expect(createHolidayCalendar()).toBe(createHolidayCalendar({}));
    expect(createHolidayCalendar({ weeklyRest: [0] })).toBe(
      createHolidayCalendar({ weeklyRest: [0] }),
    );
    expect(createHolidayCalendar({ weeklyRest: [0] })).not.toBe(
      createHolidayCalendar({ weeklyRest: [6] }),
    );
    const calendar = new HolidayCalendar({ weeklyRest: [0] });
    expect(createHolidayCalendar(calendar)).toBe(calendar);
    expect(calendar.getYear(2027)).toBe(calendar.getYear(2027));
  });

  it('the shared names cannot be changed through a holiday', () => {
    const [first] = getHolidays(2027);
    expect(Object.isFrozen(first?.name)).toBe(true);
    expect(Object.isFrozen(holidayNames.tet)).toBe(true);
  });

  it('getHolidays returns copies the caller may change', () => {
    const first = getHolidays(2027);
    (first[0] as { date: string }).date = 'x';
    expect(getHolidays(2027)[0]?.date).toBe('2027-01-01');
  });
});

describe('oracle: date-holidays (R-HOL-1)', () => {
  // date-holidays lists New Year, Giao thừa and mùng 1, Giỗ Tổ, 30/4, 1/5
  // and 2/9 as public holidays (not the other Tết days, the second National
  // Day day, or the days in lieu): every one must be among ours.
  it(
    'every public holiday it lists for 2020–2060 is one of ours, but one',
    () => {
      const hd = new Holidays('VN');
      const missing: string[] = [];
      for (let year = 2020; year <= 2060; year++) {
        if (year % 10 === 0)
          reportProgress('date-holidays oracle', year - 2020, 41);
        const ours = new Set(getHolidays(year).map((h) => h.date));
        for (const h of hd.getHolidays(year)) {
          if (h.type !== 'public') continue;
          const date = h.date.slice(0, 10);
          if (!ours.has(date)) missing.push(`${date} ${h.name}`);
        }
      }
      // date-holidays starts lunar month 3 of 2050 on 03-22, but the new moon
      // is at 2050-03-23T00:43Z (07:43 in Viet Nam, 08:43 in China): month 3
      // starts on 03-23 and its 10th is 04-01, as Hồ Ngọc Đức's tables
      // (@dqcai/vn-lunar) also say.
      expect(missing).toEqual(['2050-03-31 Giỗ tổ Hùng Vương']);
      expect(getLunarDate(1, 4, 2050)).toMatchObject({ day: 10, month: 3 });
      expect(datesOf(2050, 'hung-kings')).toEqual(['2050-04-01']);
    },
    slowTestTimeout,
  );
});
