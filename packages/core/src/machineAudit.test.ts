import { describe, expect, it } from 'vitest';
import * as machineEntry from './machine';
import * as persistEntry from './persist';
import { refusalPaths } from './procedure/refusalPaths';
import {
  type AuditCase,
  auditModule,
  finiteArgument,
} from './testSupport/apiAudit';
import {
  after,
  marchEvents,
  marchInput,
  thematicEvents,
  thematicInput,
} from './testSupport/marchEvents';

// Issue 13 §4: every exported function of `@chibo/core/machine`, called with
// wrong-typed arguments, returns or throws a ChiboError, never a TypeError or
// a plausible wrong answer (R-DOC-8: bad input never gives partial or wrong
// output). Each run of a case with an actor sends to the same actor: a
// damaged event either is taken or is refused with a ChiboError.

/** Both entries that load xstate: `@chibo/core/machine` and `@chibo/core/persist`. */
const machine = { ...machineEntry, ...persistEntry };

const AT = '2027-03-09T20:30:00+07:00';
const events = marchEvents();
/** Up to the start of the proceedings, where opinions are taken. */
const opening = events.slice(
  0,
  events.findIndex((event) => event.type === 'START_PROCEEDINGS') + 1,
);

/** A started actor of the March meeting, in its proceedings. */
function proceedingsActor() {
  const actor = machine.createMeetingActor(marchInput()).start();
  for (const event of opening) machine.sendMeetingEvent(actor, event);
  return actor;
}

const snapshot = proceedingsActor().getSnapshot();
const persisted = JSON.parse(JSON.stringify(machine.persistMeeting(snapshot)));
const refused = machine.safeSendMeetingEvent(proceedingsActor(), {
  type: 'CONCLUDE',
  at: AT,
  conclusions: 'Thống nhất.',
});
const rejected = snapshot.context.rejected[0] ?? {
  index: 0,
  type: 'CONCLUDE',
  code: 'invalid-event',
  reason: refused.error?.messages ?? { vi: 'Sai.', en: 'Wrong.' },
  issues: refused.error?.issues,
};
/** An opinion the actor takes; damaged copies are taken or refused. */
const opinion = (id: string) => ({
  type: 'OPINION',
  at: AT,
  opinion: { id, speakerId: 'm04', text: 'Đề nghị rà soát danh sách hộ.' },
});
const start = after('2027-03-09T21:15:00+07:00', 5);

const cases: Record<string, AuditCase> = {
  createMeetingActor: { args: [marchInput(), {}] },
  createQuorumGuard: {
    args: [50],
    check: (result, args) => {
      finiteArgument(0)(result, args);
      expect(args[0] as number).toBeGreaterThanOrEqual(0);
      expect(args[0] as number).toBeLessThanOrEqual(100);
    },
  },
  getMeetingRecord: { args: [snapshot] },
  getRejectionError: { args: [rejected] },
  isMeetingEventType: { args: ['VOTE'] },
  persistMeeting: {
    args: [snapshot],
    check: (result) => {
      const { value, context } = result as persistEntry.PersistedMeeting;
      expect(machine.MEETING_STATES).toContain(value);
      expect(Array.isArray(context.events)).toBe(true);
    },
  },
  replayMeeting: { args: [marchInput(), opening, {}] },
  restoreMeeting: { args: [persisted, {}] },
  runCombinedSession: {
    args: [
      { input: marchInput(), events },
      { input: thematicInput(start), events: thematicEvents(start, 25) },
      {},
    ],
  },
  safeSendMeetingEvent: { args: [proceedingsActor(), opinion('op-a')] },
  sendMeetingEvent: { args: [proceedingsActor(), opinion('op-b')] },
};

describe('@chibo/core/machine and /persist: wrong arguments give a ChiboError (issue 13 §4)', () => {
  auditModule(machine, cases);
});

describe('@chibo/core/machine: each wrong argument is named (issue 13 §4, R-DOC-8)', () => {
  const input = marchInput();

  it('createQuorumGuard (R-QUORUM-1) takes a percentage from 0 to 100, never NaN or 150 (a guard that always fails)', () => {
    for (const percent of [Number.NaN, 150, -1, '50', undefined]) {
      expect(
        refusalPaths(() => machine.createQuorumGuard(percent as never)),
      ).toEqual(['minimumPercent']);
    }
    expect(typeof machine.createQuorumGuard(0)).toBe('function');
  });

  it('persistMeeting and getMeetingRecord refuse what is neither an actor nor a snapshot', () => {
    for (const source of [0, null, 'actor', {}]) {
      const paths =
        source === null || typeof source !== 'object'
          ? ['source']
          : ['source.context'];
      expect(
        refusalPaths(() => machine.persistMeeting(source as never)),
      ).toEqual(paths);
      expect(
        refusalPaths(() => machine.getMeetingRecord(source as never)),
      ).toEqual(paths);
    }
    // A snapshot whose state or log is not one would persist as a meeting
    // that restoreMeeting later refuses.
    const { context } = snapshot;
    expect(
      refusalPaths(() =>
        machine.persistMeeting({ value: 'voting', context } as never),
      ),
    ).toEqual(['source.value']);
    expect(
      refusalPaths(() =>
        machine.persistMeeting({
          value: 'proceedings',
          context: { ...context, events: 'none' },
        } as never),
      ),
    ).toEqual(['source.context.events']);
  });

  it('createMeetingActor, replayMeeting and restoreMeeting name wrong options', () => {
    expect(
      refusalPaths(() => machine.createMeetingActor(input, null as never)),
    ).toEqual(['options']);
    expect(
      refusalPaths(() =>
        machine.createMeetingActor(input, { machine: 5 as never }),
      ),
    ).toEqual(['options.machine']);
    expect(
      refusalPaths(() =>
        machine.createMeetingActor(input, { actorOptions: 'x' as never }),
      ),
    ).toEqual(['options.actorOptions']);
    expect(
      refusalPaths(() =>
        machine.replayMeeting(input, [], {
          machine: 'meetingMachine' as never,
        }),
      ),
    ).toEqual(['options.machine']);
    expect(
      refusalPaths(() => machine.restoreMeeting(persisted, 7 as never)),
    ).toEqual(['options']);
  });

  it('createMeetingActor validates its input even when actorOptions carries a snapshot', () => {
    const actor = machine.createMeetingActor(input, {
      actorOptions: { snapshot } as never,
    });
    expect(actor.getSnapshot().value).toBe('preparation');
    expect(actor.getSnapshot().context.events).toEqual([]);
  });

  it('runCombinedSession (R-FREQ-3) names the part that is not { input, events }', () => {
    const thematic = {
      input: thematicInput(start),
      events: thematicEvents(start, 25),
    };
    expect(
      refusalPaths(() => machine.runCombinedSession(null as never, thematic)),
    ).toEqual(['regular']);
    expect(
      refusalPaths(() =>
        machine.runCombinedSession(thematic, {
          input: thematic.input,
          events: 'x' as never,
        }),
      ),
    ).toEqual(['thematic.events']);
  });

  it('getRejectionError refuses an entry whose reason is not in both languages', () => {
    expect(
      refusalPaths(() =>
        machine.getRejectionError({
          ...rejected,
          reason: { vi: 'Sai.', en: 5 },
        } as never),
      ),
    ).toEqual(['rejected.reason.en']);
    expect(
      refusalPaths(() =>
        machine.getRejectionError({ ...rejected, issues: [null] } as never),
      ),
    ).toEqual(['rejected.issues.0']);
  });
});
