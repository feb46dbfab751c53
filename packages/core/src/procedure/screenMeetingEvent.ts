import type { ChiboIssue } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { measureJson, shortKey } from '../measureJson';
import { type LoggedEvent, toPlainEvent } from './meetingContext';

/**
 * How big an event may be: how deep its values nest and how much it holds (the
 * characters of its keys and strings, plus one for every value, about its
 * length as JSON). Anything bigger is refused before zod or `JSON` sees it,
 * and never stored in the log.
 *
 * @example
 * ```ts
 * MEETING_EVENT_LIMITS.maxDepth; // 64
 * ```
 */
export const MEETING_EVENT_LIMITS = {
  maxDepth: 64,
  maxSize: 1_000_000,
} as const;

/** Why a value is not an event at all, before its payload is read. */
export type MalformedEventCode =
  | 'not-an-event'
  | 'event-too-deep'
  | 'event-too-large';

/** The verdict of the cheap checks every value sent to the machine goes through. */
export type EventScreen =
  | { ok: true; plain: boolean }
  | { ok: false; code: MalformedEventCode; path: PropertyKey[] };

/** Types xstate keeps for itself (`xstate.stop` stops an actor). */
function isReservedType(type: string): boolean {
  return type === '*' || type.startsWith('xstate.');
}

/** The key that marks a malformed event's stand-in in the log. */
const MARK = '$malformed';

const MALFORMED_CODES: readonly string[] = [
  'not-an-event',
  'event-too-deep',
  'event-too-large',
];

/** The code and path a stand-in (or anything that looks like one) carries. */
function readMark(mark: unknown): {
  code: MalformedEventCode;
  path: PropertyKey[];
} {
  const { code, path } = (mark ?? {}) as { code?: unknown; path?: unknown };
  const known = typeof code === 'string' && MALFORMED_CODES.includes(code);
  const keys =
    Array.isArray(path) &&
    path.length <= MEETING_EVENT_LIMITS.maxDepth &&
    path.every((k) => typeof k === 'number' || typeof k === 'string')
      ? (path as PropertyKey[]).map(shortKey)
      : [];
  return {
    code: known ? (code as MalformedEventCode) : 'not-an-event',
    path: known ? keys : [],
  };
}

/**
 * The cheap checks every value sent to the machine goes through before its
 * payload is read: an object with a string `type` xstate does not reserve,
 * within `MEETING_EVENT_LIMITS`. Never throws, whatever the value (a proxy, a
 * getter that throws, a cycle).
 *
 * @param raw - the value sent.
 * @returns whether it is plain JSON, or the problem and where it is.
 */
export function screenMeetingEvent(raw: unknown): EventScreen {
  try {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      return { ok: false, code: 'not-an-event', path: [] };
    }
    const { type } = raw as { type?: unknown };
    if (typeof type !== 'string' || isReservedType(type)) {
      return { ok: false, code: 'not-an-event', path: ['type'] };
    }
    if (Object.hasOwn(raw, MARK)) {
      return { ok: false, ...readMark((raw as Record<string, unknown>)[MARK]) };
    }
    const measure = measureJson(raw, MEETING_EVENT_LIMITS);
    return measure.ok
      ? measure
      : { ok: false, code: `event-${measure.problem}`, path: measure.path };
  } catch {
    return { ok: false, code: 'not-an-event', path: [] };
  }
}

/** The event's own type when it is safe to keep, else `'(invalid)'`. */
function typeOf(raw: unknown): string {
  try {
    const type = (raw as { type?: unknown } | null)?.type;
    return typeof type === 'string' &&
      type.length <= 200 &&
      !isReservedType(type)
      ? type
      : '(invalid)';
  } catch {
    return '(invalid)';
  }
}

/**
 * The event as the log keeps it: plain JSON (see `toPlainEvent`), or, for a
 * value that fails `screenMeetingEvent`, a small stand-in
 * `{ type, $malformed: { code, path } }` that a replay refuses the same way.
 * A deep or huge value is never stored.
 *
 * @param raw - the value sent.
 * @param screen - its screen, when already known.
 * @returns the log entry.
 */
export function toLoggedEvent(
  raw: unknown,
  screen: EventScreen = screenMeetingEvent(raw),
): LoggedEvent {
  if (screen.ok) {
    try {
      return (screen.plain ? raw : toPlainEvent(raw)) as LoggedEvent;
    } catch {
      return toLoggedEvent(raw, { ok: false, code: 'not-an-event', path: [] });
    }
  }
  return {
    type: typeOf(raw),
    [MARK]: { code: screen.code, path: screen.path },
  };
}

/**
 * What is handed to xstate for any value a host sends: the value itself when
 * it is an object with a string type xstate does not reserve, else its
 * stand-in, so xstate never sees `null`, a string or `xstate.stop` (which
 * would stop the actor or put it into its error state).
 *
 * @param raw - the value sent.
 * @returns an event xstate delivers to the machine.
 */
export function toDeliverableEvent(raw: unknown): LoggedEvent {
  try {
    if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
      const { type } = raw as { type?: unknown };
      if (typeof type === 'string' && !isReservedType(type)) {
        return raw as LoggedEvent;
      }
    }
  } catch {
    // A proxy or a getter that throws: logged as its stand-in.
  }
  return toLoggedEvent(raw);
}

function thousands(value: number, separator: string): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

const REASONS: Record<MalformedEventCode, LocalizedText> = {
  'not-an-event': {
    vi: 'Giá trị gửi đến không phải là một sự kiện: cần một đối tượng có trường "type" là chuỗi ký tự (không bắt đầu bằng "xstate.").',
    en: 'The value sent is not an event: an object with a string "type" (not starting with "xstate.") is expected.',
  },
  'event-too-deep': {
    vi: `Sự kiện lồng nhau sâu quá ${MEETING_EVENT_LIMITS.maxDepth} cấp.`,
    en: `The event is nested more than ${MEETING_EVENT_LIMITS.maxDepth} levels deep.`,
  },
  'event-too-large': {
    vi: `Sự kiện quá lớn: vượt quá ${thousands(MEETING_EVENT_LIMITS.maxSize, '.')} ký tự.`,
    en: `The event is too large: over ${thousands(MEETING_EVENT_LIMITS.maxSize, ',')} characters.`,
  },
};

/**
 * The reason and the issue of a value that failed `screenMeetingEvent`, as the
 * machine logs its refusal.
 *
 * @param code - what is wrong.
 * @param path - where, inside the value.
 * @returns the code, the bilingual reason and one issue with its path.
 */
export function explainMalformed(
  code: MalformedEventCode,
  path: PropertyKey[],
): { code: MalformedEventCode; reason: LocalizedText; issues: ChiboIssue[] } {
  const reason = REASONS[code];
  return { code, reason, issues: [{ path, code, message: reason }] };
}
