import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RatingEntry, rateYear, summarizeRatings } from '../rating';
import type { RatingLevel } from '../schemas';

const LEVELS: RatingLevel[] = ['good', 'fair', 'average', 'poor'];

describe('R-RATE-4 summaries across many cells', () => {
  it("a district's 311 cells: 250 good and 61 fair → 80.4% good, 19.6% fair", () => {
    const entries: RatingEntry[] = Array.from({ length: 311 }, (_, i) => ({
      cellId: `cb-${i}`,
      at: '2023-12-31',
      level: i < 250 ? 'good' : 'fair',
    }));
    const { years, quarters } = summarizeRatings(entries);
    expect(years).toHaveLength(1);
    expect(years[0]).toMatchObject({
      period: '2023',
      counts: { good: 250, fair: 61, average: 0, poor: 0 },
      rated: 311,
      unrated: 0,
      cells: 311,
    });
    expect(years[0]?.shares.good).toBeCloseTo(0.8039, 4);
    expect(quarters.map((q) => q.period)).toEqual(['2023-Q4']);
  });

  it('per quarter, from meeting records with their approved levels', () => {
    const record = (cell: string, at: string, level?: RatingLevel) => ({
      cell: { id: cell },
      meeting: {
        scheduledAt: at,
        rating: level
          ? { schemeId: 'x', criteria: [], approvedLevel: level }
          : undefined,
      },
    });
    const { quarters, years } = summarizeRatings([
      record('a', '2027-01-12T19:30:00+07:00', 'good'),
      record('b', '2027-03-09T19:30:00+07:00', 'fair'),
      record('a', '2027-04-13T19:30:00+07:00', 'poor'),
      record('b', '2027-04-13T19:30:00+07:00'),
    ]);
    expect(quarters.map((q) => [q.period, q.counts, q.unrated])).toEqual([
      ['2027-Q1', { good: 1, fair: 1, average: 0, poor: 0 }, 0],
      ['2027-Q2', { good: 0, fair: 0, average: 0, poor: 1 }, 1],
    ]);
    expect(years[0]).toMatchObject({ rated: 3, unrated: 1, cells: 2 });
    expect(quarters[1]?.shares.poor).toBe(1);
  });

  it('takes year ratings of cells (rateYear) per year', () => {
    const cellYear = (cellId: string, level: RatingLevel) =>
      rateYear(
        Array.from({ length: 12 }, (_, i) => ({
          id: `${cellId}-${i}`,
          kind: 'regular' as const,
          scheduledAt: `2027-${String(i + 1).padStart(2, '0')}-09`,
          rating: { schemeId: 'x', criteria: [], approvedLevel: level },
        })),
        { year: 2027, cellId },
      );
    const { years, quarters } = summarizeRatings([
      cellYear('a', 'good'),
      cellYear('b', 'fair'),
    ]);
    expect(years[0]).toMatchObject({
      period: '2027',
      counts: { good: 1, fair: 1, average: 0, poor: 0 },
      cells: 2,
    });
    expect(quarters).toEqual([]);
  });

  it('shares of the rated sum to 1 in every period (fast-check)', () => {
    const entry = fc.record({
      cellId: fc.constantFrom('a', 'b', 'c', 'd'),
      at: fc.date({
        min: new Date('2025-01-01'),
        max: new Date('2028-12-31'),
        noInvalidDate: true,
      }),
      level: fc.option(fc.constantFrom(...LEVELS), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), (entries) => {
        const summary = summarizeRatings(entries);
        for (const period of [...summary.years, ...summary.quarters]) {
          const sum = LEVELS.reduce((s, l) => s + period.shares[l], 0);
          if (period.rated > 0) expect(sum).toBeCloseTo(1, 12);
          else expect(sum).toBe(0);
        }
        const total = summary.years.reduce(
          (s, y) => s + y.rated + y.unrated,
          0,
        );
        expect(total).toBe(entries.length);
        const quarterTotal = summary.quarters.reduce(
          (s, q) => s + q.rated + q.unrated,
          0,
        );
        expect(quarterTotal).toBe(entries.length);
      }),
    );
  });
});
