import { ChiboError } from '@chibo/core';
import { describe, expect, it } from 'vitest';
import {
  formatLunarDate,
  getLunarYear,
  getLunarYearName,
  lunarToSolar,
  solarToLunar,
} from '../index';

// Issue 13 §4: a wrong argument is a ChiboError, never 'Canh Tuất' for the
// string '2027' or 'undefined undefined' for NaN (R-LUNAR-1).

const expectInvalid = (run: () => unknown) => {
  try {
    run();
    expect.unreachable();
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    expect((error as ChiboError).code).toBe('invalid-argument');
  }
};

describe('R-LUNAR-1 wrong arguments are ChiboErrors', () => {
  it('getLunarYearName takes only an integer year', () => {
    expect(getLunarYearName(2027)).toBe('Đinh Mùi');
    for (const year of [
      '2027',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2027.5,
      null,
      undefined,
      2 ** 53,
    ]) {
      expectInvalid(() => getLunarYearName(year as number));
    }
  });

  it('formatLunarDate takes only a lunar date and vi or en', () => {
    for (const date of [
      null,
      {},
      { year: Number.NaN, month: 1, day: 1, leap: false },
      { year: 2027, month: 13, day: 1, leap: false },
      { year: 2027, month: 1, day: '5', leap: false },
      { year: 2027, month: 1, day: 5, leap: 'no' },
    ]) {
      expectInvalid(() => formatLunarDate(date as never));
    }
    expectInvalid(() =>
      formatLunarDate(
        { year: 2027, month: 1, day: 5, leap: false },
        'fr' as never,
      ),
    );
  });

  it('solarToLunar and lunarToSolar refuse what is not a date object', () => {
    for (const wrong of [null, undefined, '2027-02-06', 20886]) {
      expectInvalid(() => solarToLunar(wrong as never));
      expectInvalid(() => lunarToSolar(wrong as never));
    }
    expectInvalid(() =>
      solarToLunar({ year: 2027, month: Object.create(null), day: 6 }),
    );
  });

  it('a leap flag that is not a boolean is refused, not read as a regular month', () => {
    expect(lunarToSolar({ year: 2025, month: 6, day: 1, leap: true })).toEqual({
      year: 2025,
      month: 7,
      day: 25,
    });
    expectInvalid(() =>
      lunarToSolar({ year: 2025, month: 6, day: 1, leap: 'yes' as never }),
    );
  });

  it('R-LUNAR-1 v2: a meridian other than historical or utc7 is refused, with its path', () => {
    const date = { year: 1965, month: 2, day: 1 };
    const lunar = { year: 1965, month: 1, day: 1 };
    for (const [options, path] of [
      [{ meridian: 'utc8' }, ['options', 'meridian']],
      [{ meridian: 7 }, ['options', 'meridian']],
      ['utc7', ['options']],
      [null, ['options']],
      [[], ['options']],
    ] as const) {
      for (const run of [
        () => solarToLunar(date, options as never),
        () => lunarToSolar(lunar, options as never),
        () => getLunarYear(1965, options as never),
      ]) {
        expectInvalid(run);
        try {
          run();
        } catch (error) {
          expect((error as ChiboError).issues[0]?.path).toEqual(path);
          expect((error as ChiboError).issues[0]?.rule).toBe('R-LUNAR-1');
        }
      }
    }
    // Left out, undefined or 'historical': the calendar in use.
    expect(solarToLunar(date, {})).toEqual(solarToLunar(date));
    expect(solarToLunar(date, { meridian: undefined })).toEqual(
      solarToLunar(date, { meridian: 'historical' }),
    );
  });
});
