import { createActor, type SnapshotFrom } from 'xstate';
import { sendChecked } from './eventVerdict';
import { invalidArgument, machineOption } from './machineArguments';
import {
  createMeetingContext,
  type MeetingInput,
  toCheckedInput,
} from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import type { meetingMachine } from './meetingMachine';
import { runProcedure } from './runProcedure';

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
  const context = createMeetingContext(input);
  // The table of steps read directly, as xstate reads the machine built
  // from it (issue 17 §1: an actor's mailbox and microsteps made a replay
  // slower than the live meeting); an actor for any other machine.
  const replayed =
    runProcedure(machine, { value: 'preparation', context }, events) ??
    replayThroughActor(machine, context, events);
  // The snapshot of `machine` itself, so its own `notify` runs from here on.
  return machine.resolveState(replayed);
}

/**
 * The replay by an actor of `machine` with a silent `notify`: for a machine
 * `runProcedure` cannot read, and for tests that hold the two side by side.
 *
 * @internal
 */
export function replayThroughActor(
  machine: typeof meetingMachine,
  context: ReturnType<typeof createMeetingContext>,
  events: readonly unknown[],
): { value: string; context: ReturnType<typeof createMeetingContext> } {
  // One actor: xstate's pure `transition()` builds a throwaway actor for
  // every event.
  const actor = createActor(silent(machine), {
    input: toCheckedInput(context),
  });
  // A host's guard that throws fails the replay here, not later in a timer.
  actor.subscribe({ error: () => {} });
  actor.start();
  for (const event of events) {
    sendChecked(actor.getSnapshot().context, event, (e) =>
      actor.send(e as MeetingEvent),
    );
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  if (snapshot.status === 'error') throw snapshot.error;
  return { value: snapshot.value, context: snapshot.context };
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
