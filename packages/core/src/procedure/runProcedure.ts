import { acceptMeetingEvent } from './acceptMeetingEvent';
import { sendChecked } from './eventVerdict';
import type { LoggedEvent, MeetingContext } from './meetingContext';
import { type MeetingGuardName, meetingGuards } from './meetingGuards';
import { meetingMachine } from './meetingMachine';
import {
  PROCEDURE_STATES,
  PROCEDURE_STEPS,
  type ProcedureStep,
  statesOfStep,
} from './procedureSteps';
import { type RejectionCode, refuse } from './rejections';

// The procedure run without an xstate actor, for `replayMeeting` and
// `restoreMeeting` (issue 17 §1): the same table of steps `meetingMachine`
// is built from, read the way xstate reads the machine built from it — the
// payload check, then each check of the step in order, the first transition
// whose guard holds wins, and an event the state does not take falls to the
// root's `'*'` (`not-accepted`). It calls the machine's own guards (a
// host's, after `provide`) with the arguments xstate gives them, and the
// same `accept` and `reject` as the machine's actions, so a log replays to
// the very snapshot an actor gives (runProcedure.test.ts holds the two side
// by side). Any machine it cannot read this way is replayed by an actor.

/** Each state's steps by the event they take. */
const STEPS_OF = Object.fromEntries(
  PROCEDURE_STATES.map((state) => [
    state,
    Object.fromEntries(
      PROCEDURE_STEPS.filter((step) => statesOfStep(step).includes(state)).map(
        (step) => [step.event, step],
      ),
    ),
  ]),
) as Record<string, Record<string, ProcedureStep>>;

type Guard = (
  args: { context: MeetingContext; event: unknown },
  params: undefined,
) => boolean;
type Machine = typeof meetingMachine;

/**
 * The machine's guards, when `runProcedure` can stand in for an actor of it:
 * `meetingMachine`, or one made from it with `provide` whose `accept` and
 * `reject` are chibo's own and whose guards are all plain functions.
 */
function readableGuards(
  machine: Machine,
): Record<MeetingGuardName, Guard> | undefined {
  const base = meetingMachine.implementations.actions;
  const { actions, guards } = machine.implementations;
  if (
    machine.config !== meetingMachine.config ||
    actions.accept !== base.accept ||
    actions.reject !== base.reject
  ) {
    return undefined;
  }
  const all = guards as Record<string, unknown>;
  for (const name of Object.keys(meetingGuards)) {
    const guard = all[name];
    // xstate's own guards (`and`, `not`…) carry a `check`; names resolve
    // elsewhere: both are left to xstate.
    if (typeof guard !== 'function' || 'check' in guard) return undefined;
  }
  return all as Record<MeetingGuardName, Guard>;
}

/** A state and a context, as the machine's snapshot holds them. */
export interface ProcedureSnapshot {
  value: string;
  context: MeetingContext;
}

/** One event through the table: the transition xstate would take. */
function step(
  guards: Record<MeetingGuardName, Guard>,
  { value, context }: ProcedureSnapshot,
  event: LoggedEvent,
): ProcedureSnapshot {
  const holds = (name: MeetingGuardName) =>
    guards[name]({ context, event }, undefined);
  const reject = (code: RejectionCode): ProcedureSnapshot => ({
    value,
    context: Object.assign({}, context, refuse(context, event, code)),
  });
  const steps = STEPS_OF[value];
  const found =
    steps !== undefined && Object.hasOwn(steps, event.type)
      ? steps[event.type]
      : undefined;
  if (!found) return reject('not-accepted');
  if (!holds('isEventValid')) return reject('invalid-event');
  for (const check of found.checks ?? []) {
    const fails = check.onlyIf
      ? holds(check.onlyIf) && !holds(check.guard)
      : !holds(check.guard);
    if (fails) return reject(check.code);
  }
  return {
    value: found.target ?? value,
    context: Object.assign({}, context, acceptMeetingEvent(context, event)),
  };
}

/**
 * Run events through the procedure from a state and context, without an
 * actor and without the `notify` action: what a fresh actor of `machine`
 * started there would hold after them. `undefined` when `machine` is not
 * one it can read (its `accept` or `reject` replaced, a guard that is not a
 * plain function): the caller then uses an actor.
 *
 * @param machine - `meetingMachine` or one made from it with `provide`.
 * @param start - the state and context to start from.
 * @param events - any values, in the order they were sent.
 * @returns the state and context after the last event, or `undefined`.
 * @throws whatever a host's own guard throws.
 */
export function runProcedure(
  machine: Machine,
  start: ProcedureSnapshot,
  events: readonly unknown[],
): ProcedureSnapshot | undefined {
  const guards = readableGuards(machine);
  if (!guards) return undefined;
  let snapshot = start;
  for (const raw of events) {
    sendChecked(snapshot.context, raw, (event) => {
      snapshot = step(guards, snapshot, event);
    });
  }
  return snapshot;
}
