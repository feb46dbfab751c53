import type { MeetingRecord } from '../entities/meetingRecord';
import { parseMeetingRecord } from '../entities/parse';
import { snapshotOf } from './machineArguments';
import type { MeetingContext } from './meetingContext';

/**
 * The meeting record a snapshot (or an actor) holds, validated with
 * `parseMeetingRecord`: the cell, the members, the meeting with everything
 * recorded so far, and the previous resolution.
 *
 * @param source - a snapshot of `meetingMachine`, or anything with one via
 *   `getSnapshot()` (an actor).
 * @returns the validated record.
 * @throws ChiboError `invalid-input` if the record does not validate (only
 *   possible when a host's own guards or actions let bad data in);
 *   `invalid-argument` when `source` is neither a snapshot nor an actor.
 * @example
 * ```ts
 * const record = getMeetingRecord(actor.getSnapshot());
 * record.meeting.attendance.length; // 16 after the March 2027 roll call
 * ```
 */
export function getMeetingRecord(
  source:
    | { context: MeetingContext }
    | { getSnapshot(): { context: MeetingContext } },
): MeetingRecord {
  return parseMeetingRecord(snapshotOf(source).context.record);
}
