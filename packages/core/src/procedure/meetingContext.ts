import type { z } from 'zod';
import { MeetingRecord } from '../entities/meetingRecord';
import { ChiboError, type ChiboIssue, parseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';

/**
 * What the machine starts from: the cell, its members, the meeting draft
 * (status `planned`) and the previous resolution, as a host sends them.
 */
export type MeetingInput = z.input<typeof MeetingRecord>;

/** An event as kept in the log: plain JSON (`Date`s become ISO strings). */
export interface LoggedEvent {
  type: string;
  [key: string]: unknown;
}

/**
 * Why an event was refused: a stable code, a bilingual reason and its rule.
 * `getRejectionError` turns it into a `ChiboError`.
 */
export interface RejectedEvent {
  /** The event's position in `context.events`. */
  index: number;
  type: string;
  /** The event's own `at`, normalised; `null` when it had none or a bad one. */
  at: string | null;
  code: string;
  reason: LocalizedText;
  rule?: string | undefined;
  /** For a malformed event: every problem with its path. */
  issues?: ChiboIssue[] | undefined;
}

/** The context of `meetingMachine`: the record, the event log and the refusals. */
export interface MeetingContext {
  /** The meeting record built so far (core entities, R-DOC-6). */
  record: MeetingRecord;
  /** Every event received, accepted or not, in order: replaying it rebuilds the snapshot. */
  events: LoggedEvent[];
  /** The events that were refused, with why (never dropped silently). */
  rejected: RejectedEvent[];
  /** The `at` of the last accepted event: events may not go back in time. */
  lastAt: string | null;
  /**
   * The record the meeting started from (the validated input): with
   * `events`, it rebuilds everything else, which is how `restoreMeeting`
   * checks a snapshot before trusting it.
   */
  initialRecord: MeetingRecord;
}

/** Where `toCheckedInput` keeps a context already built from the input. */
const CHECKED: unique symbol = Symbol('chibo.checkedInput');

/**
 * The input to give xstate for a context already built (and its input
 * validated) by `createMeetingContext`: the machine's context factory then
 * takes the context as it is instead of validating the input a second time.
 *
 * @param context - what `createMeetingContext` returned.
 * @returns an input that only the machine's context factory reads.
 */
export function toCheckedInput(context: MeetingContext): MeetingInput {
  return { [CHECKED]: context } as unknown as MeetingInput;
}

/** The context `toCheckedInput` carries, if `input` is one of its values. */
function checkedContext(input: unknown): MeetingContext | undefined {
  try {
    return typeof input === 'object' && input !== null && CHECKED in input
      ? (input as { [CHECKED]: MeetingContext })[CHECKED]
      : undefined;
  } catch {
    // A proxy that throws: validated as any other value.
    return undefined;
  }
}

/**
 * Validate the machine's input and build its first context.
 *
 * @param input - the record to start from; its meeting must be `planned`.
 * @returns the context.
 * @throws ChiboError `invalid-input` listing every problem.
 */
export function createMeetingContext(input: unknown): MeetingContext {
  const checked = checkedContext(input);
  if (checked) return checked;
  // xstate's pure `transition()` builds a throwaway actor with no input for
  // every event (replayMeeting, restoreMeeting): fail it cheaply.
  if (input === undefined) {
    const message = {
      vi: 'Máy trạng thái cần dữ liệu khởi tạo cuộc họp (input).',
      en: 'The meeting machine needs its input.',
    };
    throw new ChiboError('invalid-input', message, {
      issues: [{ path: [], code: 'invalid_type', message }],
    });
  }
  // Plain zod first (its fast path); the bilingual report only on failure.
  const quick = MeetingRecord.safeParse(input);
  const record = quick.success
    ? quick.data
    : parseWith(MeetingRecord, input, {
        vi: 'Dữ liệu khởi tạo cuộc họp',
        en: 'meeting machine input',
      });
  if (record.meeting.status !== 'planned') {
    throw new ChiboError(
      'invalid-input',
      {
        vi: 'Máy trạng thái bắt đầu từ một cuộc họp chưa diễn ra (status "planned"); để tiếp tục một cuộc họp dở dang, dùng restoreMeeting hoặc replayMeeting.',
        en: 'The machine starts from a planned meeting (status "planned"); to continue a meeting under way, use restoreMeeting or replayMeeting.',
      },
      {
        issues: [
          {
            path: ['meeting', 'status'],
            code: 'custom',
            message: {
              vi: `Trạng thái phải là "planned", nhận được "${record.meeting.status}".`,
              en: `The status must be "planned", got "${record.meeting.status}".`,
            },
          },
        ],
      },
    );
  }
  return {
    record,
    events: [],
    rejected: [],
    lastAt: null,
    initialRecord: record,
  };
}

/**
 * A JSON-safe copy of an event for the log, as `JSON.stringify` would keep
 * it: `Date`s become ISO strings, non-finite numbers `null`, `-0` is `0`, functions and
 * `undefined` fields are dropped, so the log can be stored and replayed
 * (R-TIME-2).
 *
 * @param value - the event or any part of it.
 * @returns the copy.
 */
export function toPlainEvent(value: unknown): unknown {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString();
  }
  if (typeof value === 'number') {
    // JSON writes NaN and ±Infinity as null, and -0 as 0.
    return Number.isFinite(value) ? value + 0 : null;
  }
  if (typeof value === 'bigint') return String(value);
  if (typeof value === 'function' || typeof value === 'symbol') {
    return undefined;
  }
  if (Array.isArray(value)) {
    return value.map((item) => toPlainEvent(item) ?? null);
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      const plain = toPlainEvent(item);
      if (plain !== undefined) copy[key] = plain;
    }
    return copy;
  }
  return value;
}
