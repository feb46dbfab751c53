import { applyMeetingEvent } from './applyMeetingEvent';
import type { LoggedEvent, MeetingContext } from './meetingContext';
import { parsed } from './meetingGuards';
import { refuse } from './rejections';

/**
 * What the machine's `accept` action changes: the event, as validated,
 * applied to the record and logged. Only when a host's own guard let a
 * malformed event through is it refused as `invalid-event` instead.
 *
 * @param context - the context before the event.
 * @param event - the event as the machine received it.
 * @returns the fields of the context that change.
 */
export function acceptMeetingEvent(
  context: MeetingContext,
  event: unknown,
): Partial<MeetingContext> {
  const e = parsed(context, event);
  if (!e) return refuse(context, event, 'invalid-event');
  // The log keeps the event as validated: plain JSON, times in +07:00,
  // defaults filled; replaying it gives the same record.
  return {
    record: applyMeetingEvent(context.record, e),
    events: [...context.events, e as LoggedEvent],
    lastAt: e.at,
  };
}
