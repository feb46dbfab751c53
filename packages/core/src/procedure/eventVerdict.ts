import { checkMeetingEvent, type EventVerdict } from './checkMeetingEvent';
import type { LoggedEvent, MeetingContext } from './meetingContext';
import { toDeliverableEvent } from './screenMeetingEvent';

// Validate an event once per transition (issue 17 §1). The guards of
// meetingMachine and its `accept` action each need the verdict on the event;
// the actors chibo makes (createMeetingActor, restoreMeeting) check the event
// once as it is sent and hand xstate the parsed event carrying that verdict,
// bound to the context it was checked against. Nothing is kept between
// sends: the verdict lives on an object chibo made for this one send, and is
// taken off it as soon as the send returns.

/** Where the verdict rides on the parsed event, for one send. */
const VERDICT: unique symbol = Symbol('chibo.eventVerdict');

/** A verdict and the context it was reached against. */
interface Stamp {
  readonly context: MeetingContext;
  readonly verdict: EventVerdict;
}

type Stamped = { [VERDICT]?: Stamp };

/**
 * The verdict on an event against a context: the one reached when the event
 * was sent, if it was reached against this very context, else
 * `checkMeetingEvent` now. The same answer either way, at the cost of one
 * check per transition instead of one per guard.
 *
 * @param context - the machine's context before the event.
 * @param event - the event as the machine received it.
 * @returns the parsed event, or the problem.
 */
export function getEventVerdict(
  context: MeetingContext,
  event: unknown,
): EventVerdict {
  return stampOf(context, event)?.verdict ?? checkMeetingEvent(context, event);
}

/** The verdict an event carries for `context`, if any. */
function stampOf(context: MeetingContext, event: unknown): Stamp | undefined {
  if (typeof event !== 'object' || event === null) return undefined;
  try {
    const stamp = (event as Stamped)[VERDICT];
    return stamp !== undefined && stamp.context === context ? stamp : undefined;
  } catch {
    // A proxy that throws: judged as any other value.
    return undefined;
  }
}

/**
 * Check a value once and send it: a valid event goes to xstate as the parsed
 * event with its verdict (bound to `context`), anything else as
 * `toDeliverableEvent` makes it, to be refused by the guards. The verdict is
 * taken off the event when `send` returns.
 *
 * @param context - the context the actor will meet the event with.
 * @param raw - the value sent.
 * @param send - the actor's own `send`.
 */
export function sendChecked(
  context: MeetingContext,
  raw: unknown,
  send: (event: LoggedEvent) => void,
): void {
  if (stampOf(context, raw)) {
    // Checked already (safeSendMeetingEvent through a guarded actor).
    send(raw as LoggedEvent);
    return;
  }
  const verdict = checkMeetingEvent(context, raw);
  if (!verdict.ok) {
    send(toDeliverableEvent(raw));
    return;
  }
  // A fresh object of chibo's own (the parse made it): the host's value is
  // never written to.
  const event = verdict.event as unknown as LoggedEvent & Stamped;
  Object.defineProperty(event, VERDICT, {
    value: { context, verdict } satisfies Stamp,
    configurable: true,
  });
  try {
    send(event);
  } finally {
    delete event[VERDICT];
  }
}
