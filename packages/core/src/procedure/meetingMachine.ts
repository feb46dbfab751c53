import { and, assign, type GuardPredicate, not, setup } from 'xstate';
import { acceptMeetingEvent } from './acceptMeetingEvent';
import {
  createMeetingContext,
  type MeetingContext,
  type MeetingInput,
} from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import { type MeetingGuardName, meetingGuards } from './meetingGuards';
import {
  type FinalState,
  type MeetingNotification,
  PROCEDURE_STATES,
  PROCEDURE_STEPS,
  type ProcedureState,
  type ProcedureStep,
  statesOfStep,
} from './procedureSteps';
import { type RejectionCode, refuse } from './rejections';

/**
 * The id of `meetingMachine`, stamped on every persisted meeting.
 *
 * @example
 * ```ts
 * persistMeeting(actor).machine === MEETING_MACHINE_ID; // true
 * ```
 */
export const MEETING_MACHINE_ID = 'chibo-meeting';

const machineSetup = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingInput,
  },
  guards: meetingGuards,
  actions: {
    /** Apply an accepted event to the record and log it. */
    accept: assign(({ context, event }) => acceptMeetingEvent(context, event)),
    /** Log a refused event with its reason; the record is unchanged. */
    reject: assign(({ context, event }, params: { code: RejectionCode }) =>
      refuse(context, event, params.code),
    ),
    /** A hook for the host's notifications; does nothing by default. */
    notify: (_args, _params: { kind: MeetingNotification }) => {},
  },
});

function negate<T extends MeetingGuardName>(
  name: T,
): GuardPredicate<
  MeetingContext,
  MeetingEvent,
  unknown,
  { type: T; params: undefined }
> {
  // xstate cannot resolve its guard-argument types for a generic name.
  return not(name as never) as unknown as GuardPredicate<
    MeetingContext,
    MeetingEvent,
    unknown,
    { type: T; params: undefined }
  >;
}

/** `a` holds and `b` does not. */
function butNot<A extends MeetingGuardName, B extends MeetingGuardName>(
  a: A,
  b: B,
) {
  return and([a, negate(b)] as never) as unknown as GuardPredicate<
    MeetingContext,
    MeetingEvent,
    unknown,
    { type: A | B; params: undefined }
  >;
}

/** Refuse the event with `code` unless the guard `name` holds. */
function unless(name: MeetingGuardName, code: RejectionCode) {
  return {
    guard: negate(name),
    actions: { type: 'reject' as const, params: { code } },
  };
}

/** Refuse the event with `code` when `a` holds and `b` does not. */
function when<A extends MeetingGuardName, B extends MeetingGuardName>(
  [a, b]: [A, B],
  code: RejectionCode,
) {
  return {
    guard: butNot(a, b),
    actions: { type: 'reject' as const, params: { code } },
  };
}

const invalid = unless('isEventValid', 'invalid-event');

function notifying(kind: MeetingNotification) {
  return ['accept' as const, { type: 'notify' as const, params: { kind } }];
}

/** The transitions of one step: the payload check, its checks, the step. */
function transitionsOf(step: ProcedureStep) {
  return [
    invalid,
    ...(step.checks ?? []).map((check) =>
      check.onlyIf
        ? when([check.onlyIf, check.guard], check.code)
        : unless(check.guard, check.code),
    ),
    {
      ...(step.target
        ? { target: `#${MEETING_MACHINE_ID}.${step.target}` }
        : {}),
      actions: step.notify ? notifying(step.notify) : ('accept' as const),
    },
  ];
}

/**
 * A state of the meeting machine as `buildProcedureStates` makes it from the
 * table of steps: the transitions of each event it takes, and its tags.
 */
export type ProcedureStateConfig = {
  on?: Partial<Record<string, ProcedureTransition[]>>;
  tags?: string[];
};

/**
 * One transition of a step, as the machine's config holds it: a guard (a
 * named guard, negated or combined) and the actions it leads to (a rejection
 * with its code, or `accept` and the notification), and the target state.
 */
export interface ProcedureTransition {
  guard?: unknown;
  target?: string;
  actions: unknown;
}

/**
 * The machine's states from a table of steps (issue 14 §3): each step's
 * event goes to its state, with its checks in order. A table that gives one
 * state the same event twice is a mistake, and throws.
 *
 * @internal
 */
export function buildProcedureStates(
  steps: readonly ProcedureStep[],
): Record<ProcedureState | FinalState, ProcedureStateConfig> {
  const states = Object.fromEntries(
    PROCEDURE_STATES.map((state) => [state, { on: {} }]),
  ) as Record<ProcedureState, Required<Pick<ProcedureStateConfig, 'on'>>>;
  for (const step of steps) {
    for (const state of statesOfStep(step)) {
      const on = states[state].on;
      if (on[step.event]) {
        throw new Error(
          `The procedure gives the state ${state} the event ${step.event} twice.`,
        );
      }
      on[step.event] = transitionsOf(step);
    }
  }
  const terminal = { tags: ['terminal'] };
  return {
    ...states,
    published: terminal,
    postponed: terminal,
    cancelled: terminal,
  };
}

/**
 * The procedure of a cell meeting as an XState v5 machine, built from the
 * table of steps `PROCEDURE_STEPS`: preparation
 * (R-PREP-1..3), opening, proceedings (R-TASK-1), decision (R-VOTE-1..4),
 * rating (R-RATE-3), closing, publication; postponement and cancellation from
 * any open state. One definition serves regular (§4.3) and thematic (§4.4)
 * meetings, chosen by `input.meeting.kind`.
 *
 * Every event carries `at` (R-TIME-2); the machine never reads the clock. An
 * event the current state does not take, or whose guard fails, leaves the
 * record as it was and is listed in `context.rejected` with its reason.
 *
 * Hosts customise it with `meetingMachine.provide(...)`: the guards
 * `isFlagSaluteOn` and `isDuesStepOn` (default `false`), `isQuorumMet`
 * (R-QUORUM-1, default `true`), `isSecretBallotAllowed` (R-ONLINE-2, default:
 * refused unless the meeting is `in-person`) and the `notify` action.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(meetingMachine, { input: { cell, members, meeting, previousResolution } });
 * actor.start();
 * actor.send({ type: 'COMMITTEE_MET', at: '2027-03-05T19:30:00+07:00' });
 * actor.getSnapshot().context.record.meeting.timeline.committeeMetAt;
 * ```
 */
export const meetingMachine = createProcedureMachine(PROCEDURE_STEPS);

/**
 * The meeting machine for a table of steps: `meetingMachine` is this with
 * `PROCEDURE_STEPS`; tests build variants (a step added or taken out).
 *
 * @internal
 */
export function createProcedureMachine(steps: readonly ProcedureStep[]) {
  return machineSetup.createMachine({
    id: MEETING_MACHINE_ID,
    context: ({ input }) => createMeetingContext(input),
    initial: 'preparation',
    on: {
      '*': {
        actions: { type: 'reject', params: { code: 'not-accepted' } },
      },
    },
    // The table's transitions are built from the guards and actions above.
    states: buildProcedureStates(steps) as Record<
      ProcedureState | FinalState,
      { on?: Record<string, ReturnType<typeof transitionsOf>>; tags?: string[] }
    >,
  });
}
