import { z } from 'zod';
import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { RuleSetId, VotingBaseExclusion } from '../entities/enums';
import { AttendanceStatus } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import { Member } from '../entities/member';
import type { VotingBase } from '../entities/vote';
import { getRegulationsInForce, type RegulationId } from './regulations';
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
   * The regulation on the Điều lệ whose point 9.3.2 defines the base
   * (R-SET-1, R-VOTE-1). `'24-QĐ/TW'` or `'232-QĐ/TW'` gives the reading in
   * force until 2025-06-30 (absent members with a reason are out), for a host
   * whose upper committee instructs it.
   * @defaultValue the text in force on the meeting's date: 294-QĐ/TW from 2025-07-01
   */
  charter?: RegulationId | undefined;
  /**
   * Whether members attached here temporarily (SHT) vote in this cell
   * (R-CELL-3, [open]).
   * @defaultValue the rule set's `temporaryInVotes`: `false`
   */
  temporaryInVotes?: boolean | undefined;
  /**
   * Under 294-QĐ/TW, whether suspended members and members prosecuted,
   * indicted or detained are "convened", and so in the base (R-VOTE-1,
   * [open]). Before 294 they are always out.
   * @defaultValue `false`: they are out of the base
   */
  suspendedConvened?: boolean | undefined;
}

/** Which text's point 9.3.2 a voting base follows (R-VOTE-1). */
export type VotingBaseReading =
  /** 24-QĐ/TW and 232-QĐ/TW: members absent with a reason are out. */
  | 'absent-excused-out'
  /** 294-QĐ/TW: the official members convened; absent with a reason count. */
  | 'convened';

/** The options of `getVotingBaseExclusion`. */
export interface VotingBaseExclusionOptions {
  /**
   * The reading of point 9.3.2 (R-VOTE-1).
   * @defaultValue `'convened'` (294-QĐ/TW)
   */
  reading?: VotingBaseReading | undefined;
  /** Whether SHT members vote here (R-CELL-3). @defaultValue `false` */
  temporaryInVotes?: boolean | undefined;
  /**
   * Under the 12-HD reading of R-ATT-1, members on assigned special duty are
   * not expected: such a member who is not present is absent with a reason
   * the cell accepts, and is out of the base under 24-QĐ/TW.
   * @defaultValue `false`
   */
  specialDutyNotExpected?: boolean | undefined;
  /** Under 294-QĐ/TW, suspended and prosecuted members are convened ([open]). @defaultValue `false` */
  suspendedConvened?: boolean | undefined;
}

const ExclusionOptionsArgument = z.looseObject({
  reading: z.enum(['absent-excused-out', 'convened']).optional(),
  temporaryInVotes: FlagArgument.optional(),
  specialDutyNotExpected: FlagArgument.optional(),
  suspendedConvened: FlagArgument.optional(),
});

/**
 * Why a member is out of the voting base, or `undefined` when they are in it
 * (R-VOTE-1). The one predicate of R-VOTE-1: `votingBase`, the meeting
 * machine, the rating and the documents all count with it.
 *
 * - Always out: probationary members (R-CELL-2), members on temporary
 *   transfer out, members attached here temporarily unless they vote here
 *   (R-CELL-3), and exempt members who are absent.
 * - Until 2025-06-30 (24-QĐ/TW, 232-QĐ/TW, reading `'absent-excused-out'`):
 *   also suspended members, members prosecuted, indicted or detained,
 *   members on special duty who are absent (not expected, R-ATT-1) and
 *   members absent for the whole meeting with an accepted reason.
 * - From 2025-07-01 (294-QĐ/TW, reading `'convened'`): the official members
 *   convened. Members absent with a reason count, and so do members on
 *   special duty; suspended and prosecuted members are not convened unless
 *   `suspendedConvened` ([open]).
 *
 * @param member - the member.
 * @param status - their roll-call status at this meeting, if recorded.
 * @param options - the reading and the cell's options.
 * @returns the reason, if any.
 * @example
 * ```ts
 * getVotingBaseExclusion(mai, 'absent-excused'); // undefined: 294-QĐ/TW counts her
 * getVotingBaseExclusion(mai, 'absent-excused', { reading: 'absent-excused-out' }); // 'absent-excused'
 * ```
 */
export function getVotingBaseExclusion(
  member: Member,
  status: string | undefined,
  options: VotingBaseExclusionOptions = {},
): VotingBaseExclusion | undefined {
  return guardArguments(
    [
      ['member', Member, member],
      ['status', AttendanceStatus.optional(), status],
      ['options', ExclusionOptionsArgument, options],
    ],
    () => getVotingBaseExclusionUnchecked(member, status, options),
  );
}

function getVotingBaseExclusionUnchecked(
  member: Member,
  status: string | undefined,
  options: VotingBaseExclusionOptions,
): VotingBaseExclusion | undefined {
  const convened = (options.reading ?? 'convened') === 'convened';
  if (member.standing !== 'official') return 'probationary';
  if (member.attachment === 'temporary-out') return 'temporary-out';
  if (member.attachment === 'temporary-in' && !options.temporaryInVotes)
    return 'temporary-in';
  if (!(convened && options.suspendedConvened)) {
    if (member.suspended) return 'suspended';
    if (member.legalProceedings) return 'legal-proceedings';
  }
  if (member.exempt && status !== 'present') return 'exempt-absent';
  if (convened) return undefined;
  if (
    member.specialDuty &&
    options.specialDutyNotExpected &&
    status !== 'present'
  )
    return 'special-duty-absent';
  if (status === 'absent-excused') return 'absent-excused';
  return undefined;
}

/** The texts whose point 9.3.2 give each reading. */
function readingOf(charter: RegulationId): VotingBaseReading {
  return charter === '24-QĐ/TW' || charter === '232-QĐ/TW'
    ? 'absent-excused-out'
    : 'convened';
}

/**
 * The voting base of a meeting (R-VOTE-1, point 9.3.2 of the regulation on
 * the Điều lệ in force on the meeting's date). It is **not** the members
 * present, and it depends on the date:
 * - from 2025-07-01 (294-QĐ/TW): the official members convened, less those on
 *   temporary transfer out and exempt members who are absent; members absent
 *   with a reason **count**. Suspended and prosecuted or detained members are
 *   out by default ([open], `suspendedConvened`);
 * - until 2025-06-30 (24-QĐ/TW, 232-QĐ/TW): also less suspended members,
 *   members prosecuted, indicted or detained, members on special duty who are
 *   absent and members absent for the whole meeting with an accepted reason.
 *
 * Probationary members never vote (R-CELL-2); members attached here
 * temporarily do not by default (R-CELL-3, [open]). The verdict says which
 * reading and which texts it used; `charter` pins the older reading.
 *
 * @param meeting - the meeting with its roll call.
 * @param members - the cell's members, including temporary attachments.
 * @param options - rule set, the text to pin, whether SHT members vote.
 * @returns the size, who is in it and who was left out and why.
 * @example
 * ```ts
 * const base = votingBase(meeting, members); // the March 2027 meeting
 * base.size; // 13: 14 official, less Páo (exempt, absent); Mai, absent with a reason, counts
 * base.texts; // ['294-QĐ/TW 9.3.2']
 * votingBase(meeting, members, { charter: '24-QĐ/TW' }).size; // 12: Mai is out too
 * ```
 */
export function votingBase(
  meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>,
  members: readonly Member[],
  options: VotingBaseOptions = {},
): Required<VotingBase> {
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
): Required<VotingBase> {
  const ruleSet = getMeetingRuleSet(meeting, options.ruleSet);
  const charter = getRegulationsInForce(
    meeting.scheduledAt,
    options.charter ? { charter: options.charter } : {},
  ).charter;
  const reading = readingOf(charter.id);
  const exclusion: VotingBaseExclusionOptions = {
    reading,
    temporaryInVotes: options.temporaryInVotes ?? ruleSet.temporaryInVotes,
    specialDutyNotExpected: ruleSet.specialDutyNotExpected,
    suspendedConvened: options.suspendedConvened ?? false,
  };
  const statusOf = new Map(
    meeting.attendance.map((a) => [a.memberId, a.status]),
  );
  const memberIds: string[] = [];
  const excluded: Required<VotingBase>['excluded'] = [];
  const unrecorded: string[] = [];
  for (const member of members) {
    const status = statusOf.get(member.id);
    const reason = getVotingBaseExclusionUnchecked(member, status, exclusion);
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
    reading,
    texts: [`${charter.id} 9.3.2`],
    size: memberIds.length,
    memberIds,
    excluded,
    unrecorded,
  };
}

/**
 * The voting base of a meeting record (R-VOTE-1): {@link votingBase} with the
 * cell's own settings — R-CELL-3's `cell.temporaryInVotes`, and
 * `cell.votingBase` (a pinned text, whether suspended members are convened) —
 * unless `options` gives them. The meeting machine, the rating and the documents count votes
 * with it, so a cell whose SHT members vote is counted the same everywhere.
 *
 * @param record - the cell, its members and the meeting with its roll call.
 * @param options - rule set, and whether SHT members vote (overrides the cell).
 * @returns the voting base.
 * @example
 * ```ts
 * recordVotingBase(record).size; // 13 for the March 2027 meeting (294-QĐ/TW)
 * ```
 */
export function recordVotingBase(
  record: {
    cell: Pick<Cell, 'temporaryInVotes' | 'votingBase'>;
    meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>;
    members: readonly Member[];
  },
  options: VotingBaseOptions = {},
): Required<VotingBase> {
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
    cell: Pick<Cell, 'temporaryInVotes' | 'votingBase'>;
    meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'attendance'>;
    members: readonly Member[];
  },
  options: VotingBaseOptions = {},
): Required<VotingBase> {
  const own = record.cell.votingBase;
  return votingBase(record.meeting, record.members, {
    ...options,
    temporaryInVotes: options.temporaryInVotes ?? record.cell.temporaryInVotes,
    charter: options.charter ?? own?.charter,
    suspendedConvened: options.suspendedConvened ?? own?.suspendedConvened,
  });
}
