import {
  getMajorityKind,
  type MeetingRecord,
  type Vote,
  votingBase,
} from '@chibo/core';

/**
 * The base a vote is counted against: the one recorded with the vote, or else
 * the meeting's voting base (R-VOTE-1) for a simple majority, and the cell's
 * official members (not counting members attached here temporarily) for the
 * two-thirds and discipline majorities (R-VOTE-2, R-VOTE-3).
 *
 * @param vote - the vote.
 * @param record - the parsed meeting record.
 * @returns the size of the base.
 */
export function getVoteBaseSize(vote: Vote, record: MeetingRecord): number {
  if (vote.base) return vote.base.size;
  const { meeting, members } = record;
  if (getMajorityKind(vote.subject) === 'more-than-half') {
    return votingBase(meeting, members).size;
  }
  return members.filter(
    (m) => m.standing === 'official' && m.attachment !== 'temporary-in',
  ).length;
}
