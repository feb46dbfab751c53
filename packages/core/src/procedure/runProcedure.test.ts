import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from 'xstate';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { randomMeetingLogs } from '../testSupport/randomMeetingLogs';
import { createMeetingActor } from './createMeetingActor';
import { createQuorumGuard } from './createQuorumGuard';
import { getEventVerdict } from './eventVerdict';
import {
  createMeetingContext,
  type MeetingContext,
  type MeetingInput,
} from './meetingContext';
import { meetingMachine } from './meetingMachine';
import { replayMeeting, replayThroughActor } from './replayMeeting';
import { runProcedure } from './runProcedure';

// Issue 17 §1: replayMeeting and restoreMeeting read the table of steps
// directly instead of driving an actor. They must decide exactly as an actor
// of the same machine does, event by event, whatever the log holds.

const hostMachine = meetingMachine.provide({
  guards: { isFlagSaluteOn: () => true, isQuorumMet: createQuorumGuard(80) },
});

function both(machine: typeof meetingMachine, events: readonly unknown[]) {
  const context = createMeetingContext(marchInput());
  return {
    table: runProcedure(machine, { value: 'preparation', context }, events),
    actor: replayThroughActor(machine, context, events),
  };
}

describe('runProcedure: the table read as xstate reads the machine', () => {
  it(
    'R-TIME-2: random logs give the same state, record, log and refusals as an actor',
    () => {
      fc.assert(
        fc.property(randomMeetingLogs, (events) => {
          for (const machine of [meetingMachine, hostMachine]) {
            const { table, actor } = both(machine, events);
            expect(table?.value).toBe(actor.value);
            expect(table?.context).toEqual(actor.context);
          }
        }),
        { numRuns: propertyRuns(150) },
      );
    },
    slowTestTimeout,
  );

  it('R-TIME-2: the March meeting closes the same way through both', () => {
    const { table, actor } = both(meetingMachine, marchEvents());
    expect(actor.value).toBe('closed');
    expect(actor.context.rejected).toEqual([]);
    expect(table).toEqual(actor);
  });

  it('leaves to an actor a machine whose actions or guards it cannot read', () => {
    const start = {
      value: 'preparation',
      context: createMeetingContext(marchInput()),
    };
    const ownAccept = meetingMachine.provide({
      actions: { accept: assign({}) },
    });
    const namedGuard = meetingMachine.provide({
      guards: { isQuorumMet: 'isFlagSaluteOn' as never },
    });
    expect(runProcedure(ownAccept, start, marchEvents())).toBeUndefined();
    expect(runProcedure(namedGuard, start, marchEvents())).toBeUndefined();
    // …and replayMeeting still replays them, through an actor: with an
    // `accept` that records nothing, the meeting never opens.
    const replayed = replayMeeting(marchInput(), marchEvents(), {
      machine: ownAccept,
    });
    expect(replayed.value).toBe('preparation');
    expect(replayed.context.rejected[0]).toMatchObject({
      type: 'OPEN',
      code: 'preparation-incomplete',
    });
  });

  it("throws what a host's own guard throws, as an actor's replay does", () => {
    const failure = new Error('host guard');
    const machine = meetingMachine.provide({
      guards: {
        isQuorumMet: () => {
          throw failure;
        },
      },
    });
    expect(() =>
      replayMeeting(marchInput(), marchEvents(), { machine }),
    ).toThrow(failure);
  });
});

describe('one check per event (issue 17 §1)', () => {
  it('R-DOC-6: an event sent to a chibo actor is read once, not once per guard', () => {
    const actor = createMeetingActor(marchInput()).start();
    const events = marchEvents();
    const opinion = events.findIndex((e) => e.type === 'OPINION');
    for (const event of events.slice(0, opinion)) actor.send(event);
    let reads = 0;
    const event = { ...events[opinion] };
    const { opinion: payload } = event as { opinion: unknown };
    Object.defineProperty(event, 'opinion', {
      enumerable: true,
      get: () => {
        reads += 1;
        return payload;
      },
    });
    actor.send(event as never);
    const { context } = actor.getSnapshot();
    expect(context.rejected).toEqual([]);
    expect(context.events.at(-1)).toMatchObject({ type: 'OPINION' });
    // The screen measures it, the check copies it to JSON: two reads. Each
    // guard and the `accept` action checking it again read it twice more.
    expect(reads).toBe(2);
  });

  it('R-ATT-1: the guards of one transition share one verdict', () => {
    const verdicts: unknown[] = [];
    const seen = (args: { context: MeetingContext; event: unknown }) => {
      verdicts.push(getEventVerdict(args.context, args.event));
      return true;
    };
    const machine = meetingMachine.provide({
      guards: { isQuorumMet: seen, isRecorderAppointed: seen },
    });
    const actor = createMeetingActor(marchInput(), { machine }).start();
    const events = marchEvents();
    const start = events.findIndex((e) => e.type === 'START_PROCEEDINGS');
    for (const event of events.slice(0, start + 1)) actor.send(event);
    expect(actor.getSnapshot().value).toBe('proceedings');
    expect(verdicts).toHaveLength(2);
    expect(verdicts[0]).toMatchObject({ ok: true });
    expect(verdicts[1]).toBe(verdicts[0]);
  });

  it('R-ATT-1: createMeetingActor validates its input once', () => {
    const input = marchInput();
    let reads = 0;
    const counted = Object.defineProperty({ ...input }, 'members', {
      enumerable: true,
      get: () => {
        reads += 1;
        return input.members;
      },
    }) as MeetingInput;
    createMeetingActor(counted).start();
    const once = reads;
    reads = 0;
    createMeetingContext(counted);
    expect(once).toBe(reads);
  });
});
