import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { getAnnualLevel } from './annualLevel';
import { createAnnualSheet, traVinhCellGate } from './annualSheet';
import { rateAnnualReview } from './rateAnnualReview';
import { rateAnnualReviews } from './rateAnnualReviews';
import {
  cellSheet,
  memberEntries,
  memberSheet,
  memberTotals,
} from './testSupport/year2027';

const full = {
  'meetings-attended': {
    part: 12,
    whole: 12,
    source: { vi: 'Dự 12/12 cuộc', en: 'Attended 12 of 12' },
    refs: ['mt-01'],
  },
  'dues-paid': {
    part: 12,
    whole: 12,
    source: { vi: 'Đóng 12/12 tháng', en: 'Paid 12 of 12' },
    refs: [],
  },
};
const review = (judged: [number, number], extra = {}) =>
  rateAnnualReview(
    memberSheet,
    {
      subjectId: 'm01',
      inputs: { 'politics-ethics': judged[0], tasks: judged[1] },
      facts: full,
      ...extra,
    },
    { year: 2027 },
  );

describe('R-YEAR-1: the 366-QĐ/TW scale', () => {
  it.each([
    [89.99, 'good'],
    [90, 'excellent'],
    [69.99, 'completed'],
    [70, 'good'],
    [49.99, 'not-completed'],
    [50, 'completed'],
  ] as const)('R-YEAR-1: %d points is %s', (total, level) => {
    expect(getAnnualLevel(total)).toBe(level);
  });

  it('R-YEAR-1: the boundaries hold through a sheet: 29.99 + 30 + 30 = 89.99 is good, 90 is excellent', () => {
    const below = review([29.99, 30]);
    expect(below.total).toBe(89.99);
    expect(below.level).toBe('good');
    expect(review([30, 30]).level).toBe('excellent');
    expect(review([9.99, 10]).level).toBe('not-completed');
    expect(review([10, 10]).level).toBe('completed');
    expect(review([19.99, 20]).level).toBe('completed');
    expect(review([20, 20]).level).toBe('good');
  });

  it('R-YEAR-1: computed criteria come from the records with their source shown', () => {
    const r = review([30, 35]);
    const attendance = r.criteria.find((c) => c.criterionId === 'attendance');
    expect(attendance).toMatchObject({
      source: 'record',
      score: 20,
      refs: ['mt-01'],
    });
    expect(attendance?.reason.vi).toBe('Dự 12/12 cuộc: 100% (≥ 90%).');
    expect(r.criteria.find((c) => c.criterionId === 'tasks')?.source).toBe(
      'input',
    );
    expect(r.regulation).toBe('366-QĐ/TW');
  });

  it('R-YEAR-1: a missing input leaves the review incomplete, never guessed', () => {
    const r = rateAnnualReview(
      memberSheet,
      { subjectId: 'm01', inputs: { tasks: 40 }, facts: full },
      { year: 2027 },
    );
    expect(r.level).toBeNull();
    expect(r.total).toBeNull();
    expect(r.missing).toEqual(['politics-ethics']);
  });

  it('R-YEAR-1: points outside a criterion, an unknown criterion or a sheet not on 100 points are refused', () => {
    expect(() => review([31, 30])).toThrow(ChiboError);
    expect(() => review([30, 30.001])).toThrow(ChiboError);
    const unknown = () =>
      rateAnnualReview(
        memberSheet,
        { subjectId: 'm01', inputs: { tasks: 40, task: 1, chairing: 3 } },
        { year: 2027 },
      );
    expect(unknown).toThrow(ChiboError);
    try {
      unknown();
    } catch (error) {
      expect((error as ChiboError).issues.map((i) => i.path.at(-1))).toEqual([
        'task',
        'chairing',
      ]);
    }
    const sheet = { ...memberSheet, criteria: memberSheet.criteria.slice(1) };
    expect(() => createAnnualSheet(sheet)).toThrow(ChiboError);
  });

  it('R-YEAR-1: disciplined in the year cannot be excellent (at most good)', () => {
    const r = review([30, 40], {
      disciplines: [
        { memberId: 'm01', form: 'reprimand', decidedOn: '2027-06-02' },
      ],
    });
    expect(r.total).toBe(100);
    expect(r.scoredLevel).toBe('excellent');
    expect(r.level).toBe('good');
    expect(r.gates[0]).toMatchObject({
      gateId: 'disciplined',
      rule: 'R-YEAR-1',
    });
    // A decision of another year does not count.
    const earlier = review([30, 40], {
      disciplines: [
        { memberId: 'm01', form: 'reprimand', decidedOn: '2026-06-02' },
      ],
    });
    expect(earlier.level).toBe('excellent');
  });

  it('R-RATE-5: the Trà Vinh gate makes a cell with a disciplined member not completed; off by default', () => {
    const entry = {
      subjectId: 'trang-nung',
      inputs: { leadership: 54 },
      facts: {
        'meetings-rated-fair-or-better': {
          part: 12,
          whole: 12,
          source: {
            vi: '12/12 cuộc Khá trở lên',
            en: '12 of 12 fair or better',
          },
          refs: [],
        },
      },
      memberDisciplines: [
        { memberId: 'm08', form: 'warning' as const, decidedOn: '2027-09-14' },
      ],
    };
    expect(rateAnnualReview(cellSheet, entry, { year: 2027 }).level).toBe(
      'excellent',
    );
    const strict = { ...cellSheet, gates: [traVinhCellGate] };
    const r = rateAnnualReview(strict, entry, { year: 2027 });
    expect(r.level).toBe('not-completed');
    expect(r.gates.map((g) => g.rule)).toEqual(['R-RATE-5']);
  });

  it('R-YEAR-1: a year under 124-QĐ/TW takes the judged level, without points', () => {
    const r = rateAnnualReview(
      memberSheet,
      { subjectId: 'm01', level: 'excellent' },
      { year: 2024 },
    );
    expect(r).toMatchObject({
      regulation: '124-QĐ/TW',
      scale: 'levels',
      total: null,
      level: 'excellent',
    });
    // 366-QĐ/TW was signed on 2025-08-30: the review of 2025 uses it.
    expect(
      rateAnnualReview(
        memberSheet,
        { subjectId: 'm01', level: 'good' },
        { year: 2025 },
      ).regulation,
    ).toBe('366-QĐ/TW');
    expect(
      rateAnnualReview(
        memberSheet,
        { subjectId: 'm01', level: 'good' },
        { year: 2025, regulations: { annualRating: '124-QĐ/TW' } },
      ).level,
    ).toBe('good');
  });
});

describe('R-YEAR-1 (v2): 124-QĐ/TW until 2025-08-29, 366-QĐ/TW from 2025-08-30', () => {
  it('R-YEAR-1: a review dated the day before 366-QĐ/TW follows 124, the day of it follows 366', () => {
    const review = (reviewedOn: string) =>
      rateAnnualReview(
        memberSheet,
        { subjectId: 'm01', level: 'good' },
        { year: 2025, reviewedOn },
      );
    expect(review('2025-08-29')).toMatchObject({
      regulation: '124-QĐ/TW',
      scale: 'levels',
      total: null,
    });
    expect(review('2025-08-30').regulation).toBe('366-QĐ/TW');
  });
});

describe('R-YEAR-1: the cell rates its members (SCENARIO 2027)', () => {
  it('R-YEAR-1: 16 rated members: 3 excellent, 10 good, 2 completed, 1 not completed', () => {
    const { reviews, distribution, cap } = rateAnnualReviews(
      memberSheet,
      memberEntries,
      { year: 2027 },
    );
    expect(reviews.map((r) => r.total)).toEqual(Object.values(memberTotals));
    expect(distribution.counts).toEqual({
      excellent: 3,
      good: 10,
      completed: 2,
      'not-completed': 1,
    });
    expect(distribution.total).toBe(16);
    expect(cap).toBeNull();
  });

  it('R-YEAR-1 [open]: a cap of 20% of those rated good reports who it would push down, and lowers them only when enforced', () => {
    const reported = rateAnnualReviews(memberSheet, memberEntries, {
      year: 2027,
      cap: { percent: 20, base: 'good' },
    });
    expect(reported.cap).toMatchObject({
      baseCount: 10,
      allowed: 2,
      excellent: 3,
    });
    expect(reported.cap?.pushedDown).toEqual([
      { subjectId: 'm03', name: 'Nguyễn Văn Bình', total: 90 },
    ]);
    expect(reported.distribution.counts.excellent).toBe(3);
    expect(reported.reviews[2]?.reasons.at(-1)?.vi).toContain('sẽ hạ xuống');

    const enforced = rateAnnualReviews(memberSheet, memberEntries, {
      year: 2027,
      cap: { percent: 20, base: 'good', enforce: true },
    });
    expect(enforced.distribution.counts).toMatchObject({
      excellent: 2,
      good: 11,
    });
    expect(enforced.reviews[2]?.level).toBe('good');
  });

  it('R-YEAR-1 [open]: equal totals at the cut go down together, and it says so', () => {
    const tied = memberEntries.map((e) =>
      e.subjectId === 'm02'
        ? { ...e, inputs: { 'politics-ethics': 30, tasks: 30 } }
        : e,
    );
    const { cap } = rateAnnualReviews(memberSheet, tied, {
      year: 2027,
      cap: { percent: 20, base: 'good' },
    });
    expect(cap?.tiedAtCut).toBe(true);
    expect(cap?.pushedDown.map((p) => p.subjectId)).toEqual(['m02', 'm03']);
  });
});
