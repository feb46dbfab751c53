import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { MeetingRecord } from '../entities/meetingRecord';
import { createFinding, type Finding } from '../rules/findings';
import {
  checkMeetingDuration,
  type MeetingDuration,
} from '../rules/meetingDuration';
import { getMeetingRecord } from './getMeetingRecord';
import type { MeetingInput } from './meetingContext';
import { type ReplayMeetingOptions, replayMeeting } from './replayMeeting';

/** One meeting of a combined session: where it started and what happened. */
export interface SessionPart {
  input: MeetingInput;
  events: readonly unknown[];
}

/** What `runCombinedSession` checks of a part before replaying it. */
const SessionPartArgument = z.looseObject({ events: z.array(z.unknown()) });

/** The result of `runCombinedSession` (R-FREQ-3, R-DUR-1). */
export interface CombinedSession {
  /** Two records: the regular meeting and the thematic one, never merged. */
  records: [regular: MeetingRecord, thematic: MeetingRecord];
  /** The session from the regular meeting's start to the thematic one's end. */
  duration: MeetingDuration;
  /** What is wrong with the session; empty when it is sound. */
  findings: Finding[];
}

/**
 * Run a combined session (R-FREQ-3): a regular meeting, then a thematic one,
 * each through the meeting machine with its own agenda, minutes and rating,
 * and check the session against the combined minimum of R-DUR-1 (120
 * minutes under `HD42-2025`, measured from the regular meeting's start to
 * the thematic meeting's end).
 *
 * @param regular - the regular meeting's input and events.
 * @param thematic - the thematic meeting's input and events.
 * @param options - the machine to run them through.
 * @returns the two records, the session's duration and the findings: wrong
 *   kinds or cells, a meeting not closed, the thematic meeting not after the
 *   regular one, or a session too short.
 * @throws ChiboError `invalid-input` when an input does not validate;
 *   `invalid-argument` when a part is not `{ input, events }` with `events`
 *   an array, or `options` not `{ machine? }`.
 * @example
 * ```ts
 * const session = runCombinedSession(
 *   { input: marchInput, events: marchEvents },
 *   { input: thematicInput, events: thematicEvents },
 * );
 * session.duration.met; // true when the whole session lasted ≥ 120 minutes
 * ```
 */
export function runCombinedSession(
  regular: SessionPart,
  thematic: SessionPart,
  options: ReplayMeetingOptions = {},
): CombinedSession {
  checkArgument('regular', SessionPartArgument, regular);
  checkArgument('thematic', SessionPartArgument, thematic);
  const first = getMeetingRecord(
    replayMeeting(regular.input, regular.events, options),
  );
  const second = getMeetingRecord(
    replayMeeting(thematic.input, thematic.events, options),
  );
  const findings: Finding[] = [];
  const add = (
    rule: 'R-FREQ-3' | 'R-DUR-1',
    code: string,
    vi: string,
    en: string,
  ) => findings.push(createFinding(rule, code, 'error', { vi, en }));
  if (first.meeting.kind !== 'regular' || second.meeting.kind !== 'thematic') {
    add(
      'R-FREQ-3',
      'combined-session-kinds',
      'Buổi sinh hoạt kết hợp gồm một cuộc họp thường kỳ rồi một cuộc họp chuyên đề.',
      'A combined session is a regular meeting followed by a thematic one.',
    );
  }
  if (first.cell.id !== second.cell.id) {
    add(
      'R-FREQ-3',
      'combined-session-cells',
      'Hai cuộc họp của buổi sinh hoạt kết hợp phải cùng một chi bộ.',
      'Both meetings of a combined session belong to the same cell.',
    );
  }
  for (const record of [first, second]) {
    if (record.meeting.status !== 'closed') {
      add(
        'R-FREQ-3',
        'combined-session-not-closed',
        `Cuộc họp "${record.meeting.id}" chưa kết thúc.`,
        `Meeting "${record.meeting.id}" has not closed.`,
      );
    }
  }
  const firstEnd = first.meeting.timeline.endedAt;
  const secondStart = second.meeting.timeline.startedAt;
  if (
    firstEnd &&
    secondStart &&
    Date.parse(secondStart) < Date.parse(firstEnd)
  ) {
    add(
      'R-FREQ-3',
      'combined-session-overlap',
      'Cuộc họp chuyên đề bắt đầu trước khi cuộc họp thường kỳ kết thúc; hai cuộc họp phải nối tiếp nhau, không gộp.',
      'The thematic meeting starts before the regular one ends; they run one after the other, never merged.',
    );
  }
  const duration = checkMeetingDuration(
    {
      scheduledAt: first.meeting.scheduledAt,
      ruleSet: first.meeting.ruleSet,
      timeline: {
        startedAt: first.meeting.timeline.startedAt,
        endedAt: second.meeting.timeline.endedAt,
      },
    },
    first.cell,
    { combined: true },
  );
  if (duration.met === false) {
    add(
      'R-DUR-1',
      'combined-session-too-short',
      `Buổi sinh hoạt kết hợp kéo dài ${duration.minutes} phút, ít hơn ${duration.minimum} phút.`,
      `The combined session lasted ${duration.minutes} minutes, less than ${duration.minimum}.`,
    );
  }
  return { records: [first, second], duration, findings };
}
