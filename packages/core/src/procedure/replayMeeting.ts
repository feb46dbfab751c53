import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import type { MeetingInput } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import { meetingMachine } from './meetingMachine';

/** The options of `replayMeeting`. */
export interface ReplayMeetingOptions {
  /**
   * The machine to replay through; use the same `provide`d machine the
   * meeting ran on, or the guards may decide differently.
   * @defaultValue meetingMachine
   */
  machine?: typeof meetingMachine | undefined;
}

/**
 * Rebuild a meeting's snapshot from its input and its event log, with pure
 * transitions (no actor, no side effects). Every event carries its own time
 * (R-TIME-2), so the same input and events give the same snapshot: the same
 * record, the same log and the same refusals. The log of a live meeting is
 * `snapshot.context.events`.
 *
 * @param input - the record the meeting started from.
 * @param events - the events, in the order they were sent.
 * @param options - the machine to replay through.
 * @returns the snapshot after the last event.
 * @throws ChiboError `invalid-input` when the input does not validate.
 * @example
 * ```ts
 * const snapshot = replayMeeting(input, stored.events);
 * const actor = createActor(meetingMachine, { snapshot }).start();
 * ```
 */
export function replayMeeting(
  input: MeetingInput,
  events: readonly unknown[],
  options: ReplayMeetingOptions = {},
): SnapshotFrom<typeof meetingMachine> {
  const machine = options.machine ?? meetingMachine;
  let [snapshot] = initialTransition(machine, input);
  if (snapshot.status === 'error') throw snapshot.error;
  for (const event of events) {
    [snapshot] = transition(machine, snapshot, event as MeetingEvent);
  }
  return snapshot;
}
