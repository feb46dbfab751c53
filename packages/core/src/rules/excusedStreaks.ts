import { guardArguments } from '../entities/checkArgument';
import type { AttendanceStatus } from '../entities/enums';
import { getVietNamCivilTime, toInstant } from '../time';
import { IdsArgument, MeetingsArgument, YearArgument } from './ruleArguments';

/** What `excusedStreaks` needs of a meeting. */
export interface AttendedMeeting {
  id: string;
  scheduledAt: string;
  attendance: ReadonlyArray<{ memberId: string; status: AttendanceStatus }>;
}

/** The longest run of excused absences in a row of one member (R-ATT-2). */
export interface ExcusedStreak {
  memberId: string;
  /** How many meetings in a row. */
  length: number;
  /** The meetings of that run, in order. */
  meetingIds: string[];
}

/**
 * The meetings of one Viet Nam calendar year, in date order.
 *
 * @param meetings - meetings of any years.
 * @param year - the calendar year (UTC+7).
 * @returns the meetings of that year sorted by `scheduledAt`.
 */
export function meetingsOfYear<
  TMeeting extends Pick<AttendedMeeting, 'scheduledAt'>,
>(meetings: readonly TMeeting[], year: number): TMeeting[] {
  return guardArguments(
    [
      ['meetings', MeetingsArgument, meetings],
      ['year', YearArgument, year],
    ],
    () => meetingsOfYearUnchecked(meetings, year),
  );
}

function meetingsOfYearUnchecked<
  TMeeting extends Pick<AttendedMeeting, 'scheduledAt'>,
>(meetings: readonly TMeeting[], year: number): TMeeting[] {
  return meetings
    .filter((m) => getVietNamCivilTime(m.scheduledAt).year === year)
    .sort(
      (a, b) =>
        toInstant(a.scheduledAt).getTime() - toInstant(b.scheduledAt).getTime(),
    );
}

/**
 * For each member, the longest run of meetings in a row at which they were
 * absent with a reason (R-ATT-2's third condition). Meetings must be of one
 * calendar year and in date order (see `meetingsOfYear`). A meeting with no
 * roll-call line for the member neither breaks nor extends a run.
 *
 * @param meetings - the meetings, in order.
 * @param memberIds - the members to follow.
 * @returns one streak per member (length 0 when never absent with reason).
 * @example
 * ```ts
 * excusedStreaks(meetingsOfYear(meetings, 2027), ['m05'])[0]?.length; // 4 → breaks R-ATT-2
 * ```
 */
export function excusedStreaks(
  meetings: readonly AttendedMeeting[],
  memberIds: readonly string[],
): ExcusedStreak[] {
  return guardArguments(
    [
      ['meetings', MeetingsArgument, meetings],
      ['memberIds', IdsArgument, memberIds],
    ],
    () => excusedStreaksUnchecked(meetings, memberIds),
  );
}

function excusedStreaksUnchecked(
  meetings: readonly AttendedMeeting[],
  memberIds: readonly string[],
): ExcusedStreak[] {
  const statusOf = meetings.map(
    (meeting) => new Map(meeting.attendance.map((a) => [a.memberId, a.status])),
  );
  return memberIds.map((memberId) => {
    let best: string[] = [];
    let run: string[] = [];
    meetings.forEach((meeting, index) => {
      const status = statusOf[index]?.get(memberId);
      if (status === undefined) return;
      if (status === 'absent-excused') {
        run.push(meeting.id);
        if (run.length > best.length) best = run;
      } else {
        run = [];
      }
    });
    return { memberId, length: best.length, meetingIds: [...best] };
  });
}
