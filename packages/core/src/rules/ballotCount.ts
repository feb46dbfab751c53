import type { LocalizedText } from '../i18n/labels';

/** The counts of a vote that make up its ballots. */
export interface BallotCounts {
  for: number;
  against: number;
  /** @defaultValue 0 */
  abstain?: number | undefined;
}

/** The options of `findBallotExcess`. */
export interface BallotExcessOptions {
  /**
   * How many members of the voting base are present. Under 294-QĐ/TW the
   * base counts members absent with a reason, who cast no ballot, so the
   * ballots cannot outnumber the members of the base present either.
   * @defaultValue the base's size: every member of the base may have voted
   */
  present?: number | undefined;
}

/**
 * The ballots a vote counts: for, against and abstain (R-VOTE-1).
 *
 * @param vote - the vote's counts.
 * @returns their sum.
 * @example
 * ```ts
 * countBallots({ for: 12, against: 0, abstain: 1 }); // 13
 * ```
 */
export function countBallots(vote: BallotCounts): number {
  return vote.for + vote.against + (vote.abstain ?? 0);
}

/**
 * Why a vote's ballots cannot come from its voting base, or `undefined` when
 * they can (R-VOTE-1): no more ballots than the base, and none beyond the
 * members of the base present. The one check of "ballots ≤ base" that
 * `parseVote`, `tallyVote` and the meeting machine (`checkVoteEligibility`)
 * apply; the counts are already whole numbers.
 *
 * @param vote - the vote's counts.
 * @param base - the size of the voting base.
 * @param options - how many members of the base are present.
 * @returns the problem in Vietnamese and English, or `undefined`.
 * @example
 * ```ts
 * findBallotExcess({ for: 14, against: 0 }, 13)?.en;
 * // 'More ballots (14) than the voting base (13).'
 * findBallotExcess({ for: 13, against: 0 }, 13, { present: 12 })?.en;
 * // '13 ballots but only 12 of the 13 members who may vote are present.'
 * ```
 */
export function findBallotExcess(
  vote: BallotCounts,
  base: number,
  options: BallotExcessOptions = {},
): LocalizedText | undefined {
  const ballots = countBallots(vote);
  const present = Math.min(options.present ?? base, base);
  if (ballots <= present) return undefined;
  if (present === base) {
    return {
      vi: `Số phiếu (${ballots}) nhiều hơn số đảng viên có quyền biểu quyết (${base}).`,
      en: `More ballots (${ballots}) than the voting base (${base}).`,
    };
  }
  return {
    vi: `Có ${ballots} phiếu nhưng chỉ ${present} trong ${base} đảng viên có quyền biểu quyết có mặt.`,
    en: `${ballots} ballots but only ${present} of the ${base} members who may vote are present.`,
  };
}
