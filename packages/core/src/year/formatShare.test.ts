import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import {
  formatDistribution,
  formatShare,
  getDistribution,
} from './formatShare';

describe('R-YEAR-2: shares', () => {
  it('R-YEAR-2: formatShare(857, 5262) is "857/5.262 (16,28%)", in English "857/5,262 (16.28%)"', () => {
    expect(formatShare(857, 5262)).toBe('857/5.262 (16,28%)');
    expect(formatShare(857, 5262, { locale: 'en' })).toBe('857/5,262 (16.28%)');
    expect(formatShare(11, 56)).toBe('11/56 (19,64%)');
    expect(formatShare(1_234_567, 1_234_567)).toBe(
      '1.234.567/1.234.567 (100,00%)',
    );
    expect(formatShare(0, 0)).toBe('0/0 (0,00%)');
  });

  it('R-YEAR-2: a count above its total, or not a whole number, is refused', () => {
    expect(() => formatShare(57, 56)).toThrow(ChiboError);
    expect(() => formatShare(1.5, 56)).toThrow(ChiboError);
    expect(() => formatShare(Number.NaN, 56)).toThrow(ChiboError);
  });

  it('R-YEAR-2: 11/56, 38/56, 6/56, 1/56 cells are 19,64 + 67,86 + 10,71 + 1,79 = 100,00%', () => {
    const counts = {
      excellent: 11,
      good: 38,
      completed: 6,
      'not-completed': 1,
    };
    const distribution = getDistribution(counts);
    expect(distribution.hundredths).toEqual({
      excellent: 1964,
      good: 6786,
      completed: 1071,
      'not-completed': 179,
    });
    expect(formatDistribution(distribution)).toEqual({
      excellent: '11/56 (19,64%)',
      good: '38/56 (67,86%)',
      completed: '6/56 (10,71%)',
      'not-completed': '1/56 (1,79%)',
    });
    expect(formatDistribution(distribution, { locale: 'en' }).good).toBe(
      '38/56 (67.86%)',
    );
  });

  it(
    'R-YEAR-2: the shares of any distribution add up to exactly 100,00% and each is within 0,01 of the exact share',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.nat({ max: 5_000_000 }), { minLength: 1, maxLength: 8 }),
          (values) => {
            const counts = Object.fromEntries(
              values.map((v, i) => [`k${i}`, v]),
            );
            const { total, hundredths } = getDistribution(counts);
            const sum = Object.values(hundredths).reduce((a, b) => a + b, 0);
            expect(sum).toBe(total === 0 ? 0 : 10_000);
            for (const [key, value] of Object.entries(counts)) {
              if (total === 0) continue;
              const exact = (value * 10_000) / total;
              expect(
                Math.abs((hundredths[key] as number) - exact),
              ).toBeLessThan(1);
            }
          },
        ),
        { numRuns: propertyRuns(1000) },
      );
    },
    slowTestTimeout,
  );
});
