import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { parseMeetingRecord } from '../index';
import {
  buildProcedureStates,
  createProcedureMachine,
  meetingMachine,
} from './meetingMachine';
import {
  PROCEDURE_STATES,
  PROCEDURE_STEPS,
  type ProcedureStep,
} from './procedureSteps';

// Issue 14 §3: the procedure's steps are one table; the machine is built from
// it, so a step added to or removed from the table is in or out of the
// machine, with its checks in the table's order.

const record = parseMeetingRecord(marchRecord);
const input = {
  cell: record.cell,
  members: record.members,
  meeting: { ...record.meeting, status: 'planned' as const },
  previousResolution: record.previousResolution,
};
const at = '2027-03-05T19:30:00+07:00';

describe('the procedure as one table of steps (issue 14 §3)', () => {
  it('every step of the table is a transition of the machine, and the machine has no other', () => {
    const fromMachine = Object.entries(meetingMachine.config.states ?? {})
      .flatMap(([state, node]) =>
        Object.keys(node.on ?? {}).map((event) => `${state} ${event}`),
      )
      .sort();
    const fromTable = PROCEDURE_STEPS.flatMap((step) =>
      (step.state === 'open'
        ? PROCEDURE_STATES.filter((state) => state !== 'closed')
        : [step.state]
      ).map((state) => `${state} ${step.event}`),
    ).sort();
    expect(fromMachine).toEqual(fromTable);
  });

  it('each step checks the payload first, then its checks in the order of the table', () => {
    const start = PROCEDURE_STEPS.find(
      (step) => step.event === 'START_PROCEEDINGS',
    );
    const transitions = meetingMachine.config.states?.opening?.on
      ?.START_PROCEEDINGS as Array<{ actions?: unknown }>;
    const codes = transitions
      .slice(0, -1)
      .map((t) => (t.actions as { params: { code: string } }).params.code);
    expect(codes).toEqual([
      'invalid-event',
      ...(start?.checks ?? []).map((check) => check.code),
    ]);
  });

  it('a step taken out of the table is refused as not accepted; the rest of the procedure is unchanged', () => {
    const withoutNotice = PROCEDURE_STEPS.filter(
      (step) => step.event !== 'NOTICE_SENT',
    );
    const actor = createActor(createProcedureMachine(withoutNotice), {
      input,
    }).start();
    actor.send({ type: 'NOTICE_SENT', at });
    actor.send({ type: 'COMMITTEE_MET', at });
    const { context } = actor.getSnapshot();
    expect(context.rejected).toEqual([
      expect.objectContaining({ type: 'NOTICE_SENT', code: 'not-accepted' }),
    ]);
  });

  it('a step added to the table is taken, with its checks', () => {
    const withEarlyConclusion: ProcedureStep[] = [
      ...PROCEDURE_STEPS,
      {
        state: 'preparation',
        event: 'PURPOSE_STATED',
        source: 'test',
        checks: [{ guard: 'isRegularMeeting', code: 'regular-only' }],
      },
    ];
    const actor = createActor(createProcedureMachine(withEarlyConclusion), {
      input,
    }).start();
    actor.send({ type: 'PURPOSE_STATED', at });
    const { context } = actor.getSnapshot();
    expect(context.rejected).toEqual([]);
    expect(context.events.map((e) => e.type)).toEqual(['PURPOSE_STATED']);
  });

  it('a table that gives one state the same event twice is refused', () => {
    const twice = [...PROCEDURE_STEPS, PROCEDURE_STEPS[0] as ProcedureStep];
    expect(() => buildProcedureStates(twice)).toThrow(
      /preparation.*CONTENT_PREPARED twice/,
    );
  });
});
