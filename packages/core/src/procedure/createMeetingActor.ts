import { type Actor, type ActorOptions, createActor } from 'xstate';
import { machineOption } from './machineArguments';
import {
  createMeetingContext,
  type MeetingInput,
  toCheckedInput,
} from './meetingContext';
import type { meetingMachine } from './meetingMachine';
import { guardMeetingActor } from './sendMeetingEvent';

/** The options of `createMeetingActor`. */
export interface CreateMeetingActorOptions {
  /**
   * The machine to run, e.g. `meetingMachine.provide({...})`.
   * @defaultValue meetingMachine
   */
  machine?: typeof meetingMachine | undefined;
  /**
   * xstate's own actor options (`id`, `inspect`, `logger`…), passed through.
   * @defaultValue `{}`
   */
  actorOptions?:
    | Omit<ActorOptions<typeof meetingMachine>, 'input' | 'snapshot'>
    | undefined;
}

/**
 * Validate the input, then create (but not start) an actor of the meeting
 * machine. Bad input throws here, before any actor exists; `createActor`
 * with bad input gives an actor whose snapshot has `status: 'error'` and the
 * `ChiboError` in `error`.
 *
 * The actor's `send` takes any value: one that is not an event (`null`, a
 * string, `{ type: 'xstate.stop' }`) is logged as refused (`not-an-event`)
 * instead of putting the actor into its error state. `safeSendMeetingEvent`
 * also says whether the event was taken.
 *
 * @param input - the cell, members, planned meeting and previous resolution.
 * @param options - the machine (e.g. a `provide`d one) and xstate's options.
 * @returns the actor, not started.
 * @throws ChiboError `invalid-input` listing every problem of the input, or
 *   when the meeting is not `planned`; `invalid-argument` when `options` is
 *   not an object, its `machine` not a machine or its `actorOptions` not an
 *   object.
 * @example
 * ```ts
 * const actor = createMeetingActor({ cell, members, meeting, previousResolution });
 * actor.start();
 * ```
 */
export function createMeetingActor(
  input: MeetingInput,
  options: CreateMeetingActorOptions = {},
): Actor<typeof meetingMachine> {
  const machine = machineOption(options);
  const { actorOptions = {} } = options;
  // Validated once, here: the machine's context factory takes the result.
  const context = createMeetingContext(input);
  // A snapshot smuggled into actorOptions would skip the input's validation.
  return guardMeetingActor(
    createActor(machine, {
      ...actorOptions,
      input: toCheckedInput(context),
      snapshot: undefined,
      state: undefined,
    }),
  );
}
