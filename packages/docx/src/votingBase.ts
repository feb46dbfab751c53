import { type MeetingRecord, recordVotingBase, type Vote } from '@chibo/core';

/**
 * The base a vote is counted against: the one recorded with the vote, or else
 * the meeting's voting base (R-VOTE-1, with the cell's R-CELL-3 setting), for
 * every kind of vote. Point 9.3.2 of the regulation on the Điều lệ in force
 * (294-QĐ/TW from 2025-07-01) defines which official members are counted when
 * the cell votes, so the two-thirds of an admission (R-VOTE-2) and the majorities
 * of discipline (R-VOTE-3) use the same base as a resolution, as core's
 * meeting machine does when it records a vote.
 *
 * @param vote - the vote.
 * @param record - the parsed meeting record.
 * @returns the size of the base.
 */
export function getVotingBaseSize(vote: Vote, record: MeetingRecord): number {
  if (vote.base) return vote.base.size;
  return recordVotingBase(record).size;
}
