import type { Actor, SnapshotFrom } from 'xstate';
import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { ChiboError, type SafeParseResult } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { sendChecked } from './eventVerdict';
import { invalidArgument } from './machineArguments';
import type { RejectedEvent } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import type { meetingMachine } from './meetingMachine';

/** Refusals of a value that is not a well-formed event (`invalid-event`). */
const MALFORMED = new Set([
  'not-an-event',
  'event-too-deep',
  'event-too-large',
  'unknown-event',
  'invalid-event',
]);

/** Where a refusal without zod issues points to, inside the event. */
const PATH_OF: Record<string, PropertyKey[]> = {
  'unknown-event': ['type'],
  'out-of-order': ['at'],
};

const Bilingual = z.looseObject({ vi: z.string(), en: z.string() });

/** What `getRejectionError` reads of an entry of `context.rejected`. */
const RejectedArgument = z.looseObject({
  code: z.string(),
  reason: Bilingual,
  rule: z.string().optional(),
  issues: z
    .array(
      z.looseObject({
        path: z.array(z.unknown()),
        code: z.string(),
        message: Bilingual,
        rule: z.string().optional(),
      }),
    )
    .optional(),
});

/**
 * The `ChiboError` of a refused event: code `invalid-event` when the value
 * is not a well-formed event (not an object with a string type, too deep or
 * too large, an unknown type, a payload zod refuses), `event-rejected` when
 * the procedure refused it; its issues carry the refusal's own code
 * (`not-accepted`, `roll-call-incomplete`…), the path and the rule.
 *
 * @param rejected - an entry of `context.rejected`.
 * @returns the error, in Vietnamese and English.
 * @example
 * ```ts
 * const last = actor.getSnapshot().context.rejected.at(-1);
 * if (last) console.log(getRejectionError(last).format('vi'));
 * ```
 */
export function getRejectionError(rejected: RejectedEvent): ChiboError {
  const { code, reason, rule } = checkArgument(
    'rejected',
    RejectedArgument,
    rejected,
  );
  const issues = rejected.issues ?? [
    { path: PATH_OF[code] ?? [], code, message: reason, rule },
  ];
  return new ChiboError(
    MALFORMED.has(code) ? 'invalid-event' : 'event-rejected',
    reason,
    { issues },
  );
}

function isActor(actor: unknown): actor is Actor<typeof meetingMachine> {
  const candidate = actor as
    | Partial<Actor<typeof meetingMachine>>
    | null
    | undefined;
  return (
    typeof candidate?.getSnapshot === 'function' &&
    typeof candidate.send === 'function'
  );
}

function notDelivered(messages: LocalizedText, cause?: unknown): ChiboError {
  return new ChiboError('event-rejected', messages, {
    issues: [{ path: [], code: 'not-delivered', message: messages }],
    cause,
  });
}

/**
 * Send any value to a meeting actor and say whether the meeting took it:
 * the new snapshot, or the `ChiboError` of its refusal (see
 * `getRejectionError`). Whatever the value — `null`, a string, an unknown
 * type, a malformed, 5,000-deep or 10 MB payload — the actor stays in its
 * state, the record is unchanged, the refusal is logged in
 * `context.rejected`, and the next valid event is accepted.
 *
 * @param actor - a started actor of `meetingMachine`.
 * @param event - the value to send.
 * @returns `{ success: true, data: snapshot }` or `{ success: false, error }`.
 * @example
 * ```ts
 * const result = safeSendMeetingEvent(actor, JSON.parse(body));
 * if (!result.success) reply(422, result.error.format('vi'));
 * ```
 */
export function safeSendMeetingEvent(
  actor: Actor<typeof meetingMachine>,
  event: unknown,
): SafeParseResult<SnapshotFrom<typeof meetingMachine>> {
  if (!isActor(actor)) {
    return {
      success: false,
      error: invalidArgument(['actor'], {
        vi: 'Tham số actor phải là một actor của meetingMachine.',
        en: 'The actor argument must be an actor of meetingMachine.',
      }),
    };
  }
  const before = actor.getSnapshot();
  if (before.status !== 'active') {
    return {
      success: false,
      error: notDelivered({
        vi: 'Cuộc họp không còn chạy (actor đã dừng hoặc gặp lỗi) nên không nhận sự kiện.',
        en: 'The meeting actor is not running (stopped or failed), so it takes no event.',
      }),
    };
  }
  // Checked once here; a guarded actor's own `send` sees the verdict.
  sendChecked(before.context, event, (e) => actor.send(e as MeetingEvent));
  const after = actor.getSnapshot();
  if (after.status === 'error') {
    // Only a host's own guard or action can throw.
    return {
      success: false,
      error: notDelivered(
        {
          vi: 'Một guard hoặc action do ứng dụng cung cấp đã ném lỗi; cuộc họp đã dừng.',
          en: "A guard or action of the host's own threw; the meeting actor failed.",
        },
        after.error,
      ),
    };
  }
  const { events, rejected } = after.context;
  if (rejected.length > before.context.rejected.length) {
    return {
      success: false,
      error: getRejectionError(rejected[rejected.length - 1] as RejectedEvent),
    };
  }
  if (events.length === before.context.events.length) {
    return {
      success: false,
      error: notDelivered({
        vi: 'Sự kiện chưa được xử lý: hãy gọi actor.start() trước khi gửi.',
        en: 'The event was not processed: call actor.start() before sending.',
      }),
    };
  }
  return { success: true, data: after };
}

/**
 * Like `safeSendMeetingEvent`, but throws the `ChiboError` of a refusal.
 *
 * @param actor - a started actor of `meetingMachine`.
 * @param event - the value to send.
 * @returns the snapshot after the event.
 * @throws ChiboError `invalid-event` for a value that is not a well-formed
 *   event, `event-rejected` when the procedure refused it.
 * @example
 * ```ts
 * sendMeetingEvent(actor, { type: 'OPEN', at: '2027-03-09T19:30:00+07:00' });
 * ```
 */
export function sendMeetingEvent(
  actor: Actor<typeof meetingMachine>,
  event: unknown,
): SnapshotFrom<typeof meetingMachine> {
  const result = safeSendMeetingEvent(actor, event);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Make an actor's own `send` hand xstate only what it can deliver (see
 * `toDeliverableEvent`), so `actor.send(null)` or `actor.send({ type:
 * 'xstate.stop' })` is logged as refused instead of failing or stopping the
 * actor; and check each event once, as it is sent, so the machine's guards
 * and its `accept` action share one verdict (`sendChecked`).
 *
 * @param actor - a new actor of `meetingMachine`.
 * @returns the same actor.
 */
export function guardMeetingActor(
  actor: Actor<typeof meetingMachine>,
): Actor<typeof meetingMachine> {
  const send = actor.send.bind(actor);
  actor.send = (event) =>
    sendChecked(actor.getSnapshot().context, event, (e) =>
      send(e as MeetingEvent),
    );
  return actor;
}
