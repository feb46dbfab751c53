import { marchRecord } from '@chibo/scenario';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  checkVoteEligibility,
  parseMeetingRecord,
  tallyVote,
} from '../index';
import { safeParseVote } from '../schemas';
import { countBallots, findBallotExcess } from './ballotCount';

describe('R-VOTE-1 no more ballots than the voting base (findBallotExcess)', () => {
  it('R-VOTE-1 counts for, against and abstain', () => {
    expect(countBallots({ for: 7, against: 4, abstain: 1 })).toBe(12);
    expect(countBallots({ for: 7, against: 4 })).toBe(11);
  });

  it('R-VOTE-1 as many ballots as the base are fine, one more is refused in vi and en', () => {
    expect(findBallotExcess({ for: 7, against: 4, abstain: 1 }, 12)).toBe(
      undefined,
    );
    expect(findBallotExcess({ for: 14, against: 0 }, 13)).toEqual({
      vi: 'Số phiếu (14) nhiều hơn số đảng viên có quyền biểu quyết (13).',
      en: 'More ballots (14) than the voting base (13).',
    });
  });

  it('R-VOTE-1 (294-QĐ/TW) the ballots are also bounded by the members of the base present', () => {
    expect(findBallotExcess({ for: 12, against: 0 }, 13, { present: 12 })).toBe(
      undefined,
    );
    expect(
      findBallotExcess({ for: 13, against: 0 }, 13, { present: 12 }),
    ).toEqual({
      vi: 'Có 13 phiếu nhưng chỉ 12 trong 13 đảng viên có quyền biểu quyết có mặt.',
      en: '13 ballots but only 12 of the 13 members who may vote are present.',
    });
    // More present than the base (guests, probationary members) changes nothing.
    expect(
      findBallotExcess({ for: 14, against: 0 }, 13, { present: 20 }),
    ).toEqual(findBallotExcess({ for: 14, against: 0 }, 13));
  });

  it('R-VOTE-1 one predicate: parseVote, tallyVote and the machine give its verdict and its words', () => {
    fc.assert(
      fc.property(
        fc.nat(15),
        fc.nat(15),
        fc.nat(15),
        fc.nat(30),
        (yes, no, abstain, size) => {
          const counts = { for: yes, against: no, abstain };
          const excess = findBallotExcess(counts, size);
          const parsed = safeParseVote({
            id: 'v1',
            subject: 'resolution',
            mode: 'show-of-hands',
            ...counts,
            base: { size, ruleSet: 'HD42-2025' },
          });
          const atBase = parsed.success
            ? undefined
            : parsed.error.issues.find((i) => i.path.join('.') === 'base.size');
          expect(atBase?.message).toEqual(excess);
          expect(atBase?.rule).toBe(excess && 'R-VOTE-1');
          let thrown: unknown;
          try {
            tallyVote(
              { subject: 'resolution', mode: 'show-of-hands', ...counts },
              size,
            );
          } catch (error) {
            thrown = error;
          }
          if (!excess) {
            expect(thrown).toBeUndefined();
            return;
          }
          expect(thrown).toBeInstanceOf(ChiboError);
          expect((thrown as ChiboError).messages).toEqual(excess);
          expect((thrown as ChiboError).issues).toMatchObject([
            { path: ['base'], rule: 'R-VOTE-1' },
          ]);
        },
      ),
      { numRuns: propertyRuns(200) },
    );
    // The March 2027 base is 13, and 12 of them are present (Mai is away).
    const record = parseMeetingRecord(marchRecord);
    for (const yes of [12, 13, 14]) {
      const counts = { for: yes, against: 0, abstain: 0 };
      expect(checkVoteEligibility(record, counts).problem).toEqual(
        findBallotExcess(counts, 13, { present: 12 }),
      );
    }
  });
});
