import type { SnapshotFrom } from 'xstate';
import { ChiboError, type ChiboIssue } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { findJsonDifference } from './findJsonDifference';
import type { LoggedEvent, MeetingInput } from './meetingContext';
import type { meetingMachine } from './meetingMachine';
import { replayMeeting } from './replayMeeting';

/** A persisted meeting whose shape is valid, before it is trusted. */
export interface UncheckedMeeting {
  value: string;
  context: {
    record: unknown;
    events: LoggedEvent[];
    rejected: unknown[];
    lastAt: string | null;
    initialRecord: unknown;
  };
}

function issue(
  path: PropertyKey[],
  code: string,
  message: LocalizedText,
): ChiboIssue {
  return { path, code, message };
}

/** Replay the log from the initial record; its paths point into the snapshot. */
function replay(
  unchecked: UncheckedMeeting,
  machine: typeof meetingMachine,
): SnapshotFrom<typeof meetingMachine> {
  const { initialRecord, events } = unchecked.context;
  try {
    return replayMeeting(initialRecord as MeetingInput, events, { machine });
  } catch (error) {
    if (!(error instanceof ChiboError)) throw error;
    throw new ChiboError(error.code, error.messages, {
      issues: error.issues.map((i) => ({
        ...i,
        path: ['context', 'initialRecord', ...i.path],
      })),
      cause: error,
    });
  }
}

/** The refusals that point past the end of the log. */
function checkLogLength(unchecked: UncheckedMeeting): ChiboIssue[] {
  const { events, rejected } = unchecked.context;
  const issues: ChiboIssue[] = [];
  rejected.forEach((entry, i) => {
    const index = (entry as { index?: unknown }).index;
    if (typeof index === 'number' && index < events.length) return;
    issues.push(
      issue(['context', 'rejected', i, 'index'], 'log-too-short', {
        vi: `Nhật ký sự kiện ngắn hơn danh sách sự kiện bị từ chối: không có sự kiện số ${String(index)} trong nhật ký ${events.length} sự kiện.`,
        en: `The event log is shorter than the refusals imply: no event ${String(index)} in a log of ${events.length}.`,
      }),
    );
  });
  return issues;
}

/**
 * Check that a persisted meeting agrees with its own event log: replaying
 * the log from the initial record must give the same state, record, log,
 * refusals and `lastAt` (so time never went backwards and no step is missing
 * from the log). The snapshot may have gone through JSON: key order and
 * `undefined` fields do not matter.
 *
 * @param unchecked - the persisted meeting, its shape already validated.
 * @param machine - the machine the meeting ran on.
 * @returns the replayed snapshot, to continue from.
 * @throws ChiboError `invalid-snapshot` with an issue for each part that
 *   does not agree, at the path of its first difference; `invalid-input`
 *   when the initial record does not validate.
 */
export function verifyPersistedMeeting(
  unchecked: UncheckedMeeting,
  machine: typeof meetingMachine,
): SnapshotFrom<typeof meetingMachine> {
  const issues = checkLogLength(unchecked);
  const replayed = replay(unchecked, machine);
  const stored = unchecked.context;
  const { context } = replayed;
  if (replayed.value !== unchecked.value) {
    issues.push(
      issue(['value'], 'state-mismatch', {
        vi: `Trạng thái "${unchecked.value}" không khớp với nhật ký: phát lại nhật ký cho trạng thái "${String(replayed.value)}".`,
        en: `The state "${unchecked.value}" does not agree with the log: replaying the log gives "${String(replayed.value)}".`,
      }),
    );
  }
  const parts = [
    [
      'record',
      'record-mismatch',
      {
        vi: 'Bản ghi cuộc họp không khớp với bản ghi dựng lại từ nhật ký: nhật ký thiếu hoặc thừa sự kiện, hoặc bản ghi đã bị sửa.',
        en: 'The record does not agree with the record the log rebuilds: the log lacks or adds events, or the record was edited.',
      },
    ],
    [
      'events',
      'log-mismatch',
      {
        vi: 'Một sự kiện trong nhật ký không ở dạng máy trạng thái đã ghi: nhật ký đã bị sửa.',
        en: 'An event of the log is not in the form the machine logged it: the log was edited.',
      },
    ],
    [
      'rejected',
      'rejected-mismatch',
      {
        vi: 'Danh sách sự kiện bị từ chối không khớp với nhật ký.',
        en: 'The refused events do not agree with the log.',
      },
    ],
    [
      'lastAt',
      'last-at-mismatch',
      {
        vi: `Thời điểm của bước cuối (lastAt) là ${String(stored.lastAt)}, nhưng nhật ký cho ${String(context.lastAt)}: thời gian không được đi lùi.`,
        en: `The time of the last step (lastAt) is ${String(stored.lastAt)}, but the log gives ${String(context.lastAt)}: time may not go backwards.`,
      },
    ],
  ] as const;
  for (const [key, code, message] of parts) {
    const at = findJsonDifference(stored[key], context[key]);
    if (at) issues.push(issue(['context', key, ...at], code, message));
  }
  if (issues.length === 0) return replayed;
  const count = issues.length;
  throw new ChiboError(
    'invalid-snapshot',
    {
      vi: `Bản lưu cuộc họp không khớp với nhật ký sự kiện của chính nó nên không thể tin cậy: ${count} lỗi.`,
      en: `The persisted meeting does not agree with its own event log, so it cannot be trusted: ${count} problem${count === 1 ? '' : 's'}.`,
    },
    { issues },
  );
}
