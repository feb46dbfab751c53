import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { parseMeetingRecord } from '../entities/parse';
import {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
  isPresent,
} from './meetingRules';
import { refusalPaths } from './refusalPaths';

// Issue 13 §4 (R-DOC-8: bad input never gives a wrong answer): the checks
// behind the machine's guards throw a ChiboError naming the wrong argument,
// never a TypeError, and never read a wrong value as a plausible answer.

const record = parseMeetingRecord(marchRecord);

/** `record` with its meeting changed. */
function withMeeting(fields: Record<string, unknown>): never {
  return { ...record, meeting: { ...record.meeting, ...fields } } as never;
}

describe('meetingRules: wrong arguments (issue 13 §4, R-DOC-8)', () => {
  it('isPresent(0, "m01") and isPresent(record, 0) name the argument, not a TypeError', () => {
    expect(refusalPaths(() => isPresent(0 as never, 'm01'))).toEqual([
      'record',
    ]);
    expect(refusalPaths(() => isPresent(record, 0 as never))).toEqual([
      'speakerId',
    ]);
    expect(
      refusalPaths(() => isPresent(withMeeting({ guests: 'g01' }), 'm01')),
    ).toContain('record.meeting.guests');
  });

  it('R-PREP-1: a meeting kind that is neither regular nor thematic is refused, not read as thematic', () => {
    expect(
      refusalPaths(() =>
        getMissingPreparation(withMeeting({ kind: 'weekly' })),
      ),
    ).toContain('record.meeting.kind');
  });

  it('R-PREP-1: a timeline that is not an object is refused, not read as nothing prepared', () => {
    for (const timeline of ['2027-03-01', [], null]) {
      expect(
        refusalPaths(() => getMissingPreparation(withMeeting({ timeline }))),
      ).toContain('record.meeting.timeline');
    }
  });

  it('R-ATT-1: members that are not a list are refused', () => {
    expect(
      refusalPaths(() =>
        getUnrecordedMembers({ ...record, members: 'm01' } as never),
      ),
    ).toContain('record.members');
  });

  it('R-TASK-1: a previous resolution that is not one is refused, not read as no tasks to review', () => {
    for (const previousResolution of [5, 'nq-02', null, {}]) {
      expect(
        refusalPaths(() =>
          getUnreviewedTasks({ ...record, previousResolution } as never),
        ).some((path) => path.startsWith('record.previousResolution')),
      ).toBe(true);
    }
    // No previous resolution at all: nothing to review.
    expect(
      getUnreviewedTasks({ ...record, previousResolution: undefined }),
    ).toEqual([]);
  });

  it('R-VOTE-1: ballots that are not whole numbers are refused, never counted as "no problem"', () => {
    for (const count of [Number.NaN, '13', -1, 1.5, Number.POSITIVE_INFINITY]) {
      const vote = { for: count, against: 0, abstain: 0 } as never;
      expect(refusalPaths(() => checkVoteEligibility(record, vote))).toEqual([
        'vote.for',
      ]);
    }
    expect(
      refusalPaths(() =>
        checkVoteEligibility(record, {
          for: 1,
          against: 0,
          abstain: 0,
          voterIds: 'm01' as never,
        }),
      ),
    ).toEqual(['vote.voterIds']);
  });

  it('valid arguments give the same answers as before', () => {
    expect(isPresent(record, 'm01')).toBe(true);
    expect(isPresent(record, 'm05')).toBe(false);
    expect(getMissingPreparation(record)).toEqual([]);
    expect(getUnrecordedMembers(record)).toEqual([]);
    expect(
      checkVoteEligibility(record, { for: 13, against: 0, abstain: 0 }).problem
        ?.en,
    ).toBe(
      '13 ballots but only 12 of the 13 members who may vote are present.',
    );
  });
});
