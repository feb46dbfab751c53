/**
 * Meetings of the SCENARIO cell (Chi bộ thôn Trang Nùng, Đảng bộ xã Xuân
 * Quang) as a store receives them: an input and the events, in order. For
 * the store's tests and the load script.
 */
import type { MeetingInput } from '@chibo/core/machine';
import { toVietNamDateTime } from '@chibo/core/time';
import {
  cell,
  februaryResolution,
  marchEvents,
  marchMeeting,
  members,
} from '@chibo/scenario';

/** A meeting to drive through the store: where it starts and what happens. */
export interface ScenarioMeeting {
  input: MeetingInput;
  events: Array<Record<string, unknown>>;
}

/** The options of `scenarioMeeting`. */
export interface ScenarioMeetingOptions {
  /** The meeting's id. */
  meetingId: string;
  /**
   * Days after the March meeting (2027-03-09): every time moves with it.
   * @defaultValue 0
   */
  days?: number | undefined;
  /**
   * The cell: another id and name put the same people in another cell of
   * Xuân Quang (or of `committee`).
   * @defaultValue the SCENARIO cell
   */
  cellId?: string | undefined;
  cellName?: string | undefined;
  committee?: { id: string; name: string } | undefined;
  /**
   * The rating the chi ủy proposes and the members approve.
   * @defaultValue fair, 87 (SCENARIO.md)
   */
  rating?: { level: string; score: number } | undefined;
  /**
   * How many events: the March meeting is cut short, or given more
   * opinions (each with its own id) before the conclusion.
   * @defaultValue the March meeting's own events
   */
  eventCount?: number | undefined;
}

const DAY = 86_400_000;

function shift(at: unknown, days: number): string {
  return toVietNamDateTime(new Date(Date.parse(String(at)) + days * DAY));
}

/** The March meeting's events, phase by phase, as plain JSON. */
export function marchEventList(): Array<Record<string, unknown>> {
  return JSON.parse(JSON.stringify(Object.values(marchEvents).flat()));
}

/**
 * The input a host sends to open the March meeting: the cell, its members,
 * the meeting as planned and February's resolution.
 *
 * @param meetingId - the meeting's id.
 * @returns the input.
 */
export function marchInput(meetingId: string = marchMeeting.id): MeetingInput {
  return JSON.parse(
    JSON.stringify({
      cell,
      members,
      previousResolution: februaryResolution,
      meeting: {
        id: meetingId,
        cellId: cell.id,
        kind: marchMeeting.kind,
        scheduledAt: marchMeeting.scheduledAt,
        place: marchMeeting.place,
      },
    }),
  );
}

/** Pad or cut the events to `count`: extra opinions go before the conclusion. */
function resize(
  events: Array<Record<string, unknown>>,
  count: number,
): Array<Record<string, unknown>> {
  if (count <= events.length) return events.slice(0, count);
  const conclude = events.findIndex((e) => e.type === 'CONCLUDE');
  const last = events
    .slice(0, conclude)
    .reverse()
    .find((e) => e.type === 'OPINION');
  if (conclude < 0 || !last) throw new Error('no opinion to repeat');
  const extra = Array.from({ length: count - events.length }, (_, i) => {
    const copy = JSON.parse(JSON.stringify(last));
    copy.opinion.id = `extra-${i + 1}`;
    return copy;
  });
  return [...events.slice(0, conclude), ...extra, ...events.slice(conclude)];
}

/**
 * The SCENARIO's March meeting, moved in time, to another cell or with
 * another rating, as an input and its events.
 *
 * @param options - the id, the shift in days, the cell, the rating, the
 *   number of events.
 * @returns the meeting.
 */
export function scenarioMeeting(
  options: ScenarioMeetingOptions,
): ScenarioMeeting {
  const { meetingId, days = 0, rating } = options;
  const input = marchInput(meetingId);
  const cellId = options.cellId ?? cell.id;
  input.cell = {
    ...input.cell,
    id: cellId,
    name: options.cellName ?? input.cell.name,
    ...(options.committee
      ? { parent: { ...input.cell.parent, ...options.committee } }
      : {}),
  };
  input.meeting = {
    ...input.meeting,
    cellId,
    scheduledAt: shift(input.meeting.scheduledAt, days),
  };
  const all = marchEventList().map((event) => {
    const moved: Record<string, unknown> = {
      ...event,
      at: shift(event.at, days),
    };
    if (rating && event.type === 'RATING_PROPOSED') {
      moved.rating = {
        ...(event.rating as object),
        proposedScore: rating.score,
        proposedLevel: rating.level,
      };
    }
    if (rating && event.type === 'RATING_APPROVED') moved.level = rating.level;
    return moved;
  });
  return {
    input,
    events: resize(all, options.eventCount ?? all.length),
  };
}

/** The options of `rollCallMeeting`. */
export interface RollCallMeetingOptions {
  meetingId: string;
  /** When it is held, e.g. `2027-01-12T19:30:00+07:00`. */
  scheduledAt: string;
  /** Members absent without reason. */
  unexcused?: string[] | undefined;
  /** Dues recorded at the opening (the optional dues step, §4.3). */
  dues?: Array<{ memberId: string; month: string; status: string }> | undefined;
}

/**
 * A meeting of the SCENARIO cell driven up to its roll call: the
 * preparation, the opening, the dues if any, and the attendance, with some
 * members absent without reason (R-ATT-3).
 *
 * @param options - the id, the date, the absentees and the dues.
 * @returns the meeting.
 */
export function rollCallMeeting(
  options: RollCallMeetingOptions,
): ScenarioMeeting {
  const { meetingId, scheduledAt, unexcused = [], dues } = options;
  const days = Math.round(
    (Date.parse(scheduledAt) - Date.parse(marchMeeting.scheduledAt)) / DAY,
  );
  const { input, events } = scenarioMeeting({ meetingId, days });
  const open = events.findIndex((e) => e.type === 'OPEN');
  const rollCall = events.find((e) => e.type === 'ROLL_CALL');
  if (!rollCall || open < 0) throw new Error('no OPEN or ROLL_CALL');
  const given = rollCall.lines as Array<{ memberId: string }>;
  const lines = [
    ...given.filter((line) => !unexcused.includes(line.memberId)),
    ...unexcused.map((memberId) => ({ memberId, status: 'absent-unexcused' })),
  ];
  const opened = events[open] as Record<string, unknown>;
  return {
    input,
    events: [
      ...events.slice(0, open + 1),
      ...(dues
        ? [{ type: 'DUES_COLLECTED', at: opened.at, payments: dues }]
        : []),
      { ...rollCall, lines },
    ],
  };
}
