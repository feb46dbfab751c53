import { z } from 'zod';
import { checkArgument, guardArguments } from '../entities/checkArgument';
import type { MeetingKind } from '../entities/enums';
import type { MeetingTimeline } from '../entities/meeting';
import { MeetingRecord } from '../entities/meetingRecord';
import { Count, Id } from '../entities/primitives';
import type { VotingBase } from '../entities/vote';
import { getNotExpectedReason } from '../rules/attendanceSummary';
import { countBallots, findBallotExcess } from '../rules/ballotCount';
import { getMeetingRuleSet } from '../rules/ruleSets';
import { recordVotingBase } from '../rules/votingBase';

// The pure checks behind the machine's guards. Each cites its rule; the guards
// in meetingMachine.ts only call them. A wrong argument is a ChiboError
// naming it (issue 13 §4): each body runs under `guardArguments`, and throws
// where a wrong value would otherwise give a plausible answer, so that the
// record is then validated in full and the error says where it is wrong.

/** The record argument, for `guardArguments`. */
const recordCheck = (record: unknown) =>
  ['record', MeetingRecord, record] as const;

/** A value of the wrong kind inside an argument: `guardArguments` says which. */
function wrongKind(): never {
  throw new TypeError('Wrong kind of value.');
}

/** The timeline steps each kind of meeting prepares (R-PREP-1, R-PREP-3). */
const PREPARATION: Record<MeetingKind, Array<keyof MeetingTimeline>> = {
  regular: ['contentPreparedAt', 'committeeMetAt', 'noticeSentAt'],
  thematic: ['draftApprovedAt', 'noticeSentAt'],
};

/**
 * The preparation steps not yet recorded (R-PREP-1..3): a regular meeting
 * needs its content and draft and the chi ủy meeting; a thematic one the
 * approved draft; both the notice, and under a rule set that requires it
 * (`HD42-2025`) the materials posted (R-PREP-2).
 *
 * @param record - the meeting record.
 * @returns the missing timeline fields, in procedure order.
 * @throws ChiboError `invalid-argument` when `record` is not a meeting record.
 * @example
 * ```ts
 * getMissingPreparation(getMeetingRecord(actor)); // ['materialsPostedAt']
 * ```
 */
export function getMissingPreparation(
  record: MeetingRecord,
): Array<keyof MeetingTimeline> {
  return guardArguments([recordCheck(record)], () => {
    const { meeting } = record;
    const { timeline } = meeting;
    if (
      !Object.hasOwn(PREPARATION, meeting.kind) ||
      typeof timeline !== 'object' ||
      timeline === null ||
      Array.isArray(timeline)
    ) {
      wrongKind();
    }
    const required = [...PREPARATION[meeting.kind]];
    if (getMeetingRuleSet(meeting).materialsPostedDaysBefore !== null) {
      required.push('materialsPostedAt');
    }
    return required.filter((key) => timeline[key] === undefined);
  });
}

/**
 * The members expected at the meeting (R-ATT-1) who have no roll-call line
 * yet. Exempt members, members transferred out and (12-HD) members on special
 * duty are not expected and need no line.
 *
 * @param record - the meeting record.
 * @returns their ids, in list order.
 * @throws ChiboError `invalid-argument` when `record` is not a meeting record.
 * @example
 * ```ts
 * getUnrecordedMembers(record); // ['m05', 'm17']: Páo (exempt) is not listed
 * ```
 */
export function getUnrecordedMembers(record: MeetingRecord): string[] {
  return guardArguments([recordCheck(record)], () => {
    const { meeting, members } = record;
    const specialDuty = getMeetingRuleSet(meeting).specialDutyNotExpected;
    const recorded = new Set(meeting.attendance.map((a) => a.memberId));
    return members
      .filter(
        (member) =>
          !recorded.has(member.id) &&
          getNotExpectedReason(member, {
            specialDutyNotExpected: specialDuty,
          }) === undefined,
      )
      .map((member) => member.id);
  });
}

/**
 * Whether someone may speak: a guest, or a member recorded present (R-DOC-6:
 * the minutes name each speaker who was there).
 *
 * @param record - the meeting record.
 * @param speakerId - a member's or a guest's id.
 * @returns true when the speaker is present.
 * @throws ChiboError `invalid-argument` when `record` is not a meeting record
 *   or `speakerId` not an id.
 * @example
 * ```ts
 * isPresent(record, 'g01'); // true: a guest
 * isPresent(record, 'm05'); // false: absent with a reason
 * ```
 */
export function isPresent(record: MeetingRecord, speakerId: string): boolean {
  return guardArguments(
    [recordCheck(record), ['speakerId', Id, speakerId]],
    () => presentIn(record, speakerId),
  );
}

/** `isPresent`, for arguments already checked. */
function presentIn(record: MeetingRecord, speakerId: string): boolean {
  const { meeting } = record;
  if (meeting.guests.some((g) => g.id === speakerId)) return true;
  return meeting.attendance.some(
    (a) => a.memberId === speakerId && a.status === 'present',
  );
}

/** What `checkVoteEligibility` reads of a vote, for `checkArgument`. */
const VoteCountsArgument = z.looseObject({
  for: Count,
  against: Count,
  abstain: Count,
  voterIds: z.array(Id).optional(),
});

/** What `checkVoteEligibility` reads of a vote: the counts and, optionally, the voters. */
export interface VoteCounts {
  for: number;
  against: number;
  abstain: number;
  voterIds?: string[] | undefined;
}

/**
 * Whether a vote's ballots can come from the voting base (R-VOTE-1, R-CELL-2):
 * no more ballots than the members of the base present (`findBallotExcess`,
 * the check `parseVote` and `tallyVote` make against the base), and every
 * named voter in the base and present (a probationary member never is).
 *
 * @param record - the meeting record.
 * @param vote - the counts and, if known, who voted.
 * @returns the base and the first problem, if any.
 * @throws ChiboError `invalid-argument` when `record` is not a meeting record
 *   or a count of `vote` not a whole number from 0.
 * @example
 * ```ts
 * checkVoteEligibility(record, { for: 13, against: 0, abstain: 0 }).problem?.en;
 * // '13 ballots but only 12 of the 13 members who may vote are present.'
 * ```
 */
export function checkVoteEligibility(
  record: MeetingRecord,
  vote: VoteCounts,
): {
  base: Required<VotingBase>;
  problem?: { en: string; vi: string } | undefined;
} {
  // The counts of a vote the machine parsed are plainly whole numbers: zod
  // judges (and reports) anything else.
  if (!isPlainVoteCounts(vote)) checkArgument('vote', VoteCountsArgument, vote);
  return guardArguments([recordCheck(record)], () =>
    checkBallots(record, vote),
  );
}

function isCount(value: unknown): boolean {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/** Whether `VoteCountsArgument` plainly accepts `vote` as it is. */
function isPlainVoteCounts(vote: unknown): boolean {
  if (typeof vote !== 'object' || vote === null) return false;
  const { for: yes, against, abstain, voterIds } = vote as VoteCounts;
  return (
    isCount(yes) &&
    isCount(against) &&
    isCount(abstain) &&
    (voterIds === undefined ||
      (Array.isArray(voterIds) &&
        voterIds.every(
          (id) =>
            typeof id === 'string' &&
            id.length >= 1 &&
            id.length <= 200 &&
            id.trim() === id,
        )))
  );
}

/** `checkVoteEligibility`, for arguments already checked. */
function checkBallots(
  record: MeetingRecord,
  vote: VoteCounts,
): {
  base: Required<VotingBase>;
  problem?: { en: string; vi: string } | undefined;
} {
  const base = recordVotingBase(record);
  const present = base.memberIds.filter((id) => presentIn(record, id)).length;
  const excess = findBallotExcess(vote, base.size, { present });
  if (excess) return { base, problem: excess };
  if (vote.voterIds) {
    const inBase = new Set(base.memberIds);
    const outside = vote.voterIds.filter(
      (id) => !inBase.has(id) || !presentIn(record, id),
    );
    if (outside.length > 0) {
      return {
        base,
        problem: {
          en: `Not entitled to vote here (probationary, excluded or absent): ${outside.join(', ')}.`,
          vi: `Không có quyền biểu quyết (dự bị, không thuộc số biểu quyết hoặc vắng mặt): ${outside.join(', ')}.`,
        },
      };
    }
    const ballots = countBallots(vote);
    const named = new Set(vote.voterIds).size;
    if (named !== ballots) {
      return {
        base,
        problem: {
          en: `${ballots} ballots but ${named} voters named.`,
          vi: `Có ${ballots} phiếu nhưng ghi tên ${named} người biểu quyết.`,
        },
      };
    }
  }
  return { base };
}

/**
 * The tasks of the previous resolution still to be reviewed (R-TASK-1): every
 * task not already closed as `done` needs a review at this meeting.
 *
 * @param record - the meeting record.
 * @returns their ids.
 * @throws ChiboError `invalid-argument` when `record` is not a meeting record.
 * @example
 * ```ts
 * getUnreviewedTasks(record); // ['t2027-02-2', 't2027-02-3'] before the review
 * ```
 */
export function getUnreviewedTasks(record: MeetingRecord): string[] {
  return guardArguments([recordCheck(record)], () => {
    const reviewed = new Set(record.meeting.taskReviews.map((r) => r.taskId));
    const previous = record.previousResolution;
    // No `?? []`: a previous resolution that is not one must not read as none.
    const tasks = previous === undefined ? [] : previous.tasks;
    return tasks
      .filter((t) => t.status !== 'done' && !reviewed.has(t.id))
      .map((t) => t.id);
  });
}
