import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from './dayNumber';

const DAY_MS = 86_400_000;

describe('day numbers (R-TIME-1: calendar arithmetic without a time zone)', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber(1970, 1, 1)).toBe(0);
    expect(toDayNumber(2027, 3, 9)).toBe(20886);
    expect(fromDayNumber(20886)).toEqual({ year: 2027, month: 3, day: 9 });
    expect(fromDayNumber(-1)).toEqual({ year: 1969, month: 12, day: 31 });
  });

  it('agrees with Date.UTC and round-trips, over years 1–9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const date = new Date(n * DAY_MS);
        const civil = fromDayNumber(n);
        expect(civil).toEqual({
          year: date.getUTCFullYear(),
          month: date.getUTCMonth() + 1,
          day: date.getUTCDate(),
        });
        expect(toDayNumber(civil.year, civil.month, civil.day)).toBe(n);
      }),
      { numRuns: propertyRuns(2000) },
    );
  });
});
