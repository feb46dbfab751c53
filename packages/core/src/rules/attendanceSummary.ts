import { z } from 'zod';
import { guardArguments } from '../entities/checkArgument';
import type { NotExpectedReason, RuleSetId } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import { Member } from '../entities/member';
import { getVietNamCivilTime, toInstant } from '../time';
import {
  type ExcusedStreak,
  excusedStreaks,
  meetingsOfYear,
} from './excusedStreaks';
import {
  FlagArgument,
  MeetingArgument,
  MembersArgument,
  RuleOptionsArgument,
} from './ruleArguments';
import { getMeetingRuleSet } from './ruleSets';

/** The options of `attendanceSummary`. */
export interface AttendanceSummaryOptions {
  /** A rule set to pin (R-SET-1). */
  ruleSet?: RuleSetId | undefined;
  /**
   * The cell's earlier meetings; those of the same calendar year and before
   * this one are used for R-ATT-2's "no more than 3 excused absences in a row".
   * Pass `[]` when there were none.
   * @defaultValue undefined: that condition is reported as unknown (`null`)
   */
  history?:
    | ReadonlyArray<Pick<Meeting, 'id' | 'scheduledAt' | 'attendance'>>
    | undefined;
  /**
   * Count suspended members as expected to attend. R-ATT-1 does not list
   * them among the exclusions, but a suspended member may not take part in
   * Party activity, so chibo leaves them out by default.
   * @defaultValue false
   */
  suspendedExpected?: boolean | undefined;
}

/** A member absent with a reason, for the minutes. */
export interface ExcusedAbsence {
  memberId: string;
  name: string;
  reason: string;
}

/** A condition of R-ATT-2: met, not met, or not decidable (`null`). */
export interface AttendanceCondition {
  met: boolean | null;
  memberIds: string[];
}

/** The attendance figures of a meeting (R-ATT-1, R-ATT-2, R-DOC-6). */
export interface AttendanceSummary {
  rules: ['R-ATT-1', 'R-ATT-2'];
  ruleSet: RuleSetId;
  /**
   * The texts the verdict rests on, by number (R-SET-1): the meeting guidance
   * of its rule set, `['12-HD/BTCTW']` until 2025-10-27 and
   * `['42-HD/BTCTW']` from 2025-10-28 (or the pinned rule set's).
   */
  texts: string[];
  /** The cell's list: its own members by standing, and those attached here (SHT). */
  totals: {
    all: number;
    official: number;
    probationary: number;
    temporaryIn: number;
    temporaryOut: number;
    exempt: number;
  };
  /** Members expected to attend: the denominator of the rate. */
  expected: string[];
  notExpected: Array<{ memberId: string; reason: NotExpectedReason }>;
  /** Expected members who are present, split by standing. */
  present: {
    memberIds: string[];
    official: number;
    probationary: number;
    temporaryIn: number;
  };
  /** Present members who were not expected (an exempt member who came). */
  presentNotExpected: string[];
  absentExcused: ExcusedAbsence[];
  absentUnexcused: Array<{ memberId: string; name: string }>;
  /** Expected members with no roll-call line yet. */
  unrecorded: string[];
  late: string[];
  leftEarly: string[];
  /** present / expected, exact: `value` is `null` when nobody is expected. */
  rate: { present: number; expected: number; value: number | null };
  conditions: {
    /** The rate is strictly above the rule set's threshold (85%). */
    rateAboveThreshold: AttendanceCondition & { thresholdPercent: number };
    /** Nobody is absent without reason. */
    noUnexcusedAbsence: AttendanceCondition;
    /** Nobody has more than 3 excused absences in a row this calendar year. */
    noLongExcusedStreak: AttendanceCondition & {
      maxInRow: number;
      streaks: ExcusedStreak[];
    };
  };
  /** All three conditions met; `null` when one cannot be decided yet. */
  meetsQualityConditions: boolean | null;
}

/** The options of `getNotExpectedReason`. */
export interface NotExpectedReasonOptions {
  /**
   * The rule set's 12-HD exclusion: members on assigned special duty are not
   * expected (R-ATT-1).
   * @defaultValue `false`
   */
  specialDutyNotExpected?: boolean | undefined;
  /** See `AttendanceSummaryOptions`. @defaultValue `false` */
  suspendedExpected?: boolean | undefined;
}

const NotExpectedOptionsArgument = z.looseObject({
  specialDutyNotExpected: FlagArgument.optional(),
  suspendedExpected: FlagArgument.optional(),
});

/**
 * Why a member is not expected at a meeting (R-ATT-1), or `undefined` when
 * they are.
 *
 * @param member - the member.
 * @param options - the rule set's special-duty exclusion, and whether
 *   suspended members are expected.
 * @returns the reason, if any.
 * @example
 * ```ts
 * getNotExpectedReason(pao); // 'exempt'
 * getNotExpectedReason(soldier, { specialDutyNotExpected: true }); // 'special-duty'
 * ```
 */
export function getNotExpectedReason(
  member: Member,
  options: NotExpectedReasonOptions = {},
): NotExpectedReason | undefined {
  return guardArguments(
    [
      ['member', Member, member],
      ['options', NotExpectedOptionsArgument, options],
    ],
    () => getNotExpectedReasonUnchecked(member, options),
  );
}

function getNotExpectedReasonUnchecked(
  member: Member,
  options: NotExpectedReasonOptions,
): NotExpectedReason | undefined {
  if (member.exempt) return 'exempt';
  if (member.attachment === 'temporary-out') return 'temporary-out';
  if (member.specialDuty && options.specialDutyNotExpected)
    return 'special-duty';
  if (member.suspended && !options.suspendedExpected) return 'suspended';
  return undefined;
}

function all3(
  a: boolean | null,
  b: boolean | null,
  c: boolean | null,
): boolean | null {
  if (a === false || b === false || c === false) return false;
  return a === null || b === null || c === null ? null : true;
}

/**
 * The attendance of a meeting: the cell's totals, who was expected, present
 * and absent (with names and reasons), the rate and its denominator (R-ATT-1),
 * and the three attendance conditions of a quality meeting (R-ATT-2). The
 * rate's comparison is exact: 85% of 20 is 17, and 17/20 does not pass. The
 * verdict names the guidance it applied in `texts` (R-SET-1).
 *
 * @param meeting - the meeting with its roll call.
 * @param members - the cell's members, including temporary attachments.
 * @param options - rule set, history for the excused-absence streaks.
 * @returns the summary.
 * @example
 * ```ts
 * const summary = attendanceSummary(meeting, members, { history: [] });
 * summary.rate; // { present: 15, expected: 16, value: 0.9375 }
 * summary.meetsQualityConditions; // true
 * summary.texts; // ['42-HD/BTCTW']
 * ```
 */
export function attendanceSummary(
  meeting: Pick<Meeting, 'id' | 'scheduledAt' | 'ruleSet' | 'attendance'>,
  members: readonly Member[],
  options: AttendanceSummaryOptions = {},
): AttendanceSummary {
  return guardArguments(
    [
      ['meeting', MeetingArgument, meeting],
      ['members', MembersArgument, members],
      ['options', RuleOptionsArgument, options],
    ],
    () => attendanceSummaryUnchecked(meeting, members, options),
  );
}

function attendanceSummaryUnchecked(
  meeting: Pick<Meeting, 'id' | 'scheduledAt' | 'ruleSet' | 'attendance'>,
  members: readonly Member[],
  options: AttendanceSummaryOptions = {},
): AttendanceSummary {
  const ruleSet = getMeetingRuleSet(meeting, options.ruleSet);
  const lineOf = new Map<string, Meeting['attendance'][number]>();
  for (const line of meeting.attendance) lineOf.set(line.memberId, line);
  const totals = {
    all: members.length,
    official: 0,
    probationary: 0,
    temporaryIn: 0,
    temporaryOut: 0,
    exempt: 0,
  };
  const expectedIds: string[] = [];
  const notExpected: AttendanceSummary['notExpected'] = [];
  const presentNow = {
    memberIds: [] as string[],
    official: 0,
    probationary: 0,
    temporaryIn: 0,
  };
  const presentNotExpected: string[] = [];
  const absentExcused: ExcusedAbsence[] = [];
  const absentUnexcused: AttendanceSummary['absentUnexcused'] = [];
  const unrecorded: string[] = [];

  // One pass over the list: the totals, then where each member stands.
  for (const member of members) {
    const temporaryIn = member.attachment === 'temporary-in';
    if (temporaryIn) totals.temporaryIn++;
    else {
      if (member.standing === 'official') totals.official++;
      else totals.probationary++;
      if (member.attachment === 'temporary-out') totals.temporaryOut++;
      if (member.exempt) totals.exempt++;
    }
    const line = lineOf.get(member.id);
    const reason = getNotExpectedReason(member, {
      specialDutyNotExpected: ruleSet.specialDutyNotExpected,
      suspendedExpected: options.suspendedExpected,
    });
    if (reason) {
      notExpected.push({ memberId: member.id, reason });
      if (line?.status === 'present') presentNotExpected.push(member.id);
      continue;
    }
    expectedIds.push(member.id);
    switch (line?.status) {
      case undefined:
        unrecorded.push(member.id);
        break;
      case 'present':
        presentNow.memberIds.push(member.id);
        if (temporaryIn) presentNow.temporaryIn++;
        else if (member.standing === 'official') presentNow.official++;
        else presentNow.probationary++;
        break;
      case 'absent-excused':
        absentExcused.push({
          memberId: member.id,
          name: member.name,
          reason: line.reason ?? '',
        });
        break;
      case 'absent-unexcused':
        absentUnexcused.push({ memberId: member.id, name: member.name });
        break;
    }
  }

  const present = presentNow.memberIds.length;
  const expected = expectedIds.length;
  const threshold = ruleSet.attendanceQualityPercent;
  // Exact: present/expected > threshold/100  ⇔  100·present > threshold·expected.
  // While some roll-call lines are missing, the condition is undecided unless
  // it holds (or fails) whatever those members turn out to be.
  const above = (n: number) => n * 100 > threshold * expected;
  const rateMet =
    expected === 0
      ? null
      : above(present)
        ? true
        : above(present + unrecorded.length)
          ? null
          : false;
  const unexcusedMet =
    absentUnexcused.length > 0 ? false : unrecorded.length > 0 ? null : true;

  const maxInRow = ruleSet.maxExcusedAbsencesInRow;
  let streaks: ExcusedStreak[] = [];
  let streakMet: boolean | null = null;
  if (options.history !== undefined) {
    const year = getVietNamCivilTime(meeting.scheduledAt).year;
    const at = toInstant(meeting.scheduledAt).getTime();
    const earlier = options.history.filter(
      (m) => m.id !== meeting.id && toInstant(m.scheduledAt).getTime() < at,
    );
    const ordered = meetingsOfYear([...earlier, meeting], year);
    streaks = excusedStreaks(ordered, expectedIds).filter(
      (s) => s.length > maxInRow,
    );
    streakMet = streaks.length === 0;
  }

  const late: string[] = [];
  const leftEarly: string[] = [];
  for (const line of meeting.attendance) {
    if (line.status !== 'present') continue;
    if (line.late) late.push(line.memberId);
    if (line.leftEarly) leftEarly.push(line.memberId);
  }
  return {
    rules: ['R-ATT-1', 'R-ATT-2'],
    ruleSet: ruleSet.id,
    // The guidance a rule set carries out is the one in force on its first day.
    texts: [ruleSet.regulation],
    totals,
    expected: expectedIds,
    notExpected,
    present: presentNow,
    presentNotExpected,
    absentExcused,
    absentUnexcused,
    unrecorded,
    late,
    leftEarly,
    rate: {
      present,
      expected,
      value: expected === 0 ? null : present / expected,
    },
    conditions: {
      rateAboveThreshold: {
        met: rateMet,
        memberIds: [],
        thresholdPercent: threshold,
      },
      noUnexcusedAbsence: {
        met: unexcusedMet,
        memberIds: absentUnexcused.map((a) => a.memberId),
      },
      noLongExcusedStreak: {
        met: streakMet,
        memberIds: streaks.map((s) => s.memberId),
        maxInRow,
        streaks,
      },
    },
    meetsQualityConditions: all3(rateMet, unexcusedMet, streakMet),
  };
}
