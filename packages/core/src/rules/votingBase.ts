import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { RuleSetId, VotingBaseExclusion } from '../entities/enums';
import { AttendanceStatus } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import { Member } from '../entities/member';
import {
  FlagArgument,
  MeetingArgument,
  MembersArgument,
  RecordArgument,
  RuleOptionsArgument,
} from './ruleArguments';
import { getMeetingRuleSet } from './ruleSets';

/** The options of `votingBase`. */
export interface VotingBaseOptions {
  /** A rule set to pin (R-SET-1). */
  ruleSet?: RuleSetId | undefined;
  /**
   * Whether members attached here temporarily (SHT) vote in this cell
   * (R-CELL-3, [open]).
   * @defaultValue the rule set's `temporaryInVotes`: `false`
   */
  temporaryInVotes?: boolean | undefined;
}

/** The voting base of a meeting and how it was reached. */
export interface VotingBase {
  rule: 'R-VOTE-1';
  ruleSet: RuleSetId;
  /** How many members the majorities are counted against. */
  size: number;
  /** The members in the base. */
  memberIds: string[];
  /** Everyone left out, each with the reason. */
  excluded: Array<{ memberId: string; reason: VotingBaseExclusion }>;
  /** Members of the base who have no roll-call line yet (kept in the base). */
  unrecorded: string[];
}

/**
 * Why a member is out of the voting base, or `undefined` when they are in it.
 *
 * @param member - the member.
 * @param status - their roll-call status at this meeting, if recorded.
 * @param temporaryInVotes - whether SHT members vote here (R-CELL-3).
 * @param specialDutyNotExpected - the rule set's exclusion of members on
 *   assigned special duty from those expected (R-ATT-1): such a member who is
 *   not present is absent with a reason the cell accepts, and needs no
 *   roll-call line, so they are out of the base like an absent exempt member.
 * @returns the reason, if any.
 */
export function getVotingBaseExclusion(
  member: Member,
  status: string | undefined,
  temporaryInVotes: boolean,
  specialDutyNotExpected = false,
): VotingBaseExclusion | undefined {
  return guardArguments(
    [
      ['member', Member, member],
      ['status', AttendanceStatus.optional(), status],
      ['temporaryInVotes', FlagArgument, temporaryInVotes],
      [
        'specialDutyNotExpected',
        FlagArgument.optional(),
        specialDutyNotExpected,
      ],
    ],
    () =>
      getVotingBaseExclusionUnchecked(
        member,
        status,
        temporaryInVotes,
        specialDutyNotExpected,
      ),
  );
}

function getVotingBaseExclusionUnchecked(
  member: Member,
  status: string | undefined,
  temporaryInVotes: boolean,
  specialDutyNotExpected = false,
): VotingBaseExclusion | undefined {
  if (member.standing !== 'official') return 'probationary';
  if (member.attachment === 'temporary-out') return 'temporary-out';
  if (member.attachment === 'temporary-in' && !temporaryInVotes)
    return 'temporary-in';
  if (member.suspended) return 'suspended';
  if (member.legalProceedings) return 'legal-proceedings';
  if (member.exempt && status !== 'present') return 'exempt-absent';
  if (member.specialDuty && specialDutyNotExpected && status !== 'present')
    return 'special-duty-absent';
  if (status === 'absent-excused') return 'absent-excused';
  return undefined;
}

/**
 * The voting base of a meeting (R-VOTE-1, Quy định 24-QĐ/TW point 9.3.2): the
 * cell's official members, less those transferred out temporarily, exempt
 * members who are absent, members on assigned special duty who are absent
 * (they are not expected, R-ATT-1), suspended members, members prosecuted, indicted or
 * detained, and members absent for the whole meeting with an accepted reason.
 * It is **not** the members present: a member absent without reason stays in
 * it. Probationary members never vote (R-CELL-2); members attached here
 * temporarily do not by default (R-CELL-3, [open]).
 *
 * @param meeting - the meeting with its roll call.
 * @param members - the cell's members, including temporary attachments.
 * @param options - rule set, and whether SHT members vote.
 * @returns the size, who is in it and who was left out and why.
 * @example
 * ```ts
 * const base = votingBase(meeting, members);
 * base.size; // 12: 14 official, less Páo (exempt, absent) and Mai (absent with reason)
 * ```
 */
export function votingBase(
  meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>,
  members: readonly Member[],
  options: VotingBaseOptions = {},
): VotingBase {
  return guardArguments(
    [
      ['meeting', MeetingArgument, meeting],
      ['members', MembersArgument, members],
      ['options', RuleOptionsArgument, options],
    ],
    () => votingBaseUnchecked(meeting, members, options),
  );
}

function votingBaseUnchecked(
  meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>,
  members: readonly Member[],
  options: VotingBaseOptions = {},
): VotingBase {
  const ruleSet = getMeetingRuleSet(meeting, options.ruleSet);
  const temporaryInVotes = options.temporaryInVotes ?? ruleSet.temporaryInVotes;
  const statusOf = new Map(
    meeting.attendance.map((a) => [a.memberId, a.status]),
  );
  const memberIds: string[] = [];
  const excluded: VotingBase['excluded'] = [];
  const unrecorded: string[] = [];
  for (const member of members) {
    const status = statusOf.get(member.id);
    const reason = getVotingBaseExclusion(
      member,
      status,
      temporaryInVotes,
      ruleSet.specialDutyNotExpected,
    );
    if (reason) {
      excluded.push({ memberId: member.id, reason });
    } else {
      memberIds.push(member.id);
      if (status === undefined) unrecorded.push(member.id);
    }
  }
  return {
    rule: 'R-VOTE-1',
    ruleSet: ruleSet.id,
    size: memberIds.length,
    memberIds,
    excluded,
    unrecorded,
  };
}

/**
 * The voting base of a meeting record (R-VOTE-1): {@link votingBase} with the
 * cell's own R-CELL-3 setting (`cell.temporaryInVotes`) unless `options`
 * gives one. The meeting machine, the rating and the documents count votes
 * with it, so a cell whose SHT members vote is counted the same everywhere.
 *
 * @param record - the cell, its members and the meeting with its roll call.
 * @param options - rule set, and whether SHT members vote (overrides the cell).
 * @returns the voting base.
 * @example
 * ```ts
 * recordVotingBase(record).size; // 12 for the March 2027 meeting
 * ```
 */
export function recordVotingBase(
  record: {
    cell: Pick<Cell, 'temporaryInVotes'>;
    meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>;
    members: readonly Member[];
  },
  options: VotingBaseOptions = {},
): VotingBase {
  return guardArguments(
    [
      ['record', RecordArgument, record],
      ['options', RuleOptionsArgument, options],
    ],
    () => recordVotingBaseUnchecked(record, options),
  );
}

function recordVotingBaseUnchecked(
  record: {
    cell: Pick<Cell, 'temporaryInVotes'>;
    meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>;
    members: readonly Member[];
  },
  options: VotingBaseOptions = {},
): VotingBase {
  return votingBase(record.meeting, record.members, {
    ...options,
    temporaryInVotes: options.temporaryInVotes ?? record.cell.temporaryInVotes,
  });
}
