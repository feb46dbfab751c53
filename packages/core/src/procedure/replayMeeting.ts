import { createActor, type SnapshotFrom } from 'xstate';
import { invalidArgument, machineOption } from './machineArguments';
import { createMeetingContext, type MeetingInput } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import type { meetingMachine } from './meetingMachine';
import { toDeliverableEvent } from './screenMeetingEvent';

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
 * Rebuild a meeting's snapshot from its input and its event log, with no
 * side effects: the host's `notify` action is not called. Every event carries its own time
 * (R-TIME-2), so the same input and events give the same snapshot: the same
 * record, the same log and the same refusals. The log of a live meeting is
 * `snapshot.context.events`. Any value in `events` is safe: one that is not
 * an event is refused as the live actor refuses it.
 *
 * @param input - the record the meeting started from.
 * @param events - the events, in the order they were sent.
 * @param options - the machine to replay through.
 * @returns the snapshot after the last event.
 * @throws ChiboError `invalid-input` when the input does not validate,
 *   `invalid-argument` when `events` is not an array or `options` not
 *   `{ machine? }`; the
 *   error of a host's own guard or action that throws.
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
  if (!Array.isArray(events)) {
    throw invalidArgument(['events'], {
      vi: 'Nhật ký sự kiện phải là một mảng.',
      en: 'The event log must be an array.',
    });
  }
  const machine = machineOption(options);
  // Bad input throws its ChiboError here, before any actor exists.
  createMeetingContext(input);
  // One actor with a silent `notify`: xstate's pure `transition()` builds a
  // throwaway actor for every event, which made a replay 3 times slower
  // than the live meeting.
  const actor = createActor(silent(machine), { input });
  // A host's guard that throws fails the replay here, not later in a timer.
  actor.subscribe({ error: () => {} });
  actor.start();
  for (const event of events) {
    actor.send(toDeliverableEvent(event) as MeetingEvent);
  }
  const { value, context, status, error } = actor.getSnapshot();
  actor.stop();
  if (status === 'error') throw error;
  // The snapshot of `machine` itself, so its own `notify` runs from here on.
  return machine.resolveState({ value, context });
}

const silenced = new WeakMap<typeof meetingMachine, typeof meetingMachine>();

/** The machine with a `notify` that does nothing, made once per machine. */
function silent(machine: typeof meetingMachine): typeof meetingMachine {
  let copy = silenced.get(machine);
  if (!copy) {
    copy = machine.provide({ actions: { notify: () => {} } });
    silenced.set(machine, copy);
  }
  return copy;
}
