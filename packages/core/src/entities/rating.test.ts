import { describe, expect, it } from 'vitest';
import {
  parseDuesPayment,
  parseRating,
  safeParseDuesPayment,
  safeParseRating,
} from '../schemas';
import { expectFailure, pathsOf, sortedPaths } from '../testSupport/fixtures';

/** The March rating under the An Phú preset (SCENARIO.md), by hand. */
const rating = {
  schemeId: 'an-phu-hd42',
  ruleSet: 'HD42-2025',
  criteria: [
    { criterionId: 'chairing', maxPoints: 10, score: 9 },
    { criterionId: 'principles', maxPoints: 5, score: 5 },
  ],
  proposedLevel: 'good',
  proposedAt: '2027-03-09T21:00',
  approvedLevel: 'good',
  confirmedBy: { name: 'Triệu Văn Long', guestId: 'g01' },
};

describe('parseRating (R-RATE-2, R-RATE-3)', () => {
  it('parses a rating and normalises its instants', () => {
    const parsed = parseRating(rating);
    expect(parsed.proposedAt).toBe('2027-03-09T21:00:00+07:00');
    expect(parsed.criteria).toHaveLength(2);
    expect(parsed.confirmedBy?.guestId).toBe('g01');
  });

  it('rejects a score above the criterion maximum (R-RATE-2)', () => {
    const error = expectFailure(
      safeParseRating({
        ...rating,
        criteria: [
          { criterionId: 'chairing', maxPoints: 10, score: 11 },
          { criterionId: 'principles', maxPoints: 5, score: 5 },
          { criterionId: 'closing', maxPoints: 5, score: 6 },
        ],
      }),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['criteria', 0, 'score'],
        ['criteria', 2, 'score'],
      ]),
    );
    expect(error.issues.every((i) => i.rule === 'R-RATE-2')).toBe(true);
  });

  it('rejects unknown levels and rule sets', () => {
    const error = expectFailure(
      safeParseRating({
        ...rating,
        ruleSet: 'HD99',
        proposedLevel: 'excellent',
        approvedLevel: 'Tốt',
      }),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([['ruleSet'], ['proposedLevel'], ['approvedLevel']]),
    );
  });
});

describe('parseDuesPayment (R-ATT-3)', () => {
  it('parses one month of dues', () => {
    expect(
      parseDuesPayment({ memberId: 'm08', month: '2027-02', status: 'unpaid' }),
    ).toEqual({ memberId: 'm08', month: '2027-02', status: 'unpaid' });
  });

  it.each(['2027-13', '2027-2', '02/2027', '2027-02-01'])(
    'rejects the month %s, with a message in both languages',
    (month) => {
      const error = expectFailure(
        safeParseDuesPayment({ memberId: 'm08', month, status: 'paid' }),
      );
      expect(pathsOf(error)).toEqual([['month']]);
    },
  );

  it('rejects an unknown status', () => {
    const error = expectFailure(
      safeParseDuesPayment({
        memberId: 'm08',
        month: '2027-02',
        status: 'late',
      }),
    );
    expect(pathsOf(error)).toEqual([['status']]);
  });
});
