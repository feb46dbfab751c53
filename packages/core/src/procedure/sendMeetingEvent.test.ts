import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { ChiboError } from '../errors';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createMeetingActor } from './createMeetingActor';
import { MEETING_EVENT_TYPES, type MeetingEvent } from './meetingEvents';
import { meetingMachine } from './meetingMachine';
import { replayMeeting } from './replayMeeting';
import { MEETING_EVENT_LIMITS } from './screenMeetingEvent';
import {
  getRejectionError,
  safeSendMeetingEvent,
  sendMeetingEvent,
} from './sendMeetingEvent';

// Whatever a host sends, the actor stays alive and in its state, the record
// is unchanged, the refusal is a ChiboError with a path and both languages,
// and the next valid event is accepted.

const AT = '2027-03-05T19:30:00+07:00';
const march = marchEvents();

/** `{ a: { a: … } }`, `levels` deep, built without recursion. */
function nested(levels: number): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  let node = root;
  for (let i = 0; i < levels; i++) {
    const child: Record<string, unknown> = {};
    node.a = child;
    node = child;
  }
  return root;
}

const deep = nested(5000);
const tenMegabytes = 'x'.repeat(10 * 1024 * 1024);
const cyclic: Record<string, unknown> = { type: 'OPINION', at: AT };
cyclic.opinion = cyclic;

/** Values that are no event at all, or too big to be one. */
const hostile: unknown[] = [
  null,
  undefined,
  'OPEN',
  42,
  true,
  [],
  [{ type: 'OPEN', at: AT }],
  {},
  { type: 5 },
  { type: '' },
  { type: '*' },
  { type: 'xstate.stop' },
  { type: 'xstate.init' },
  { type: 'BOGUS', at: AT },
  { type: 'OPINION', at: AT, opinion: {} },
  { type: 'OPINION', at: AT, opinion: deep },
  deep,
  { ...deep, type: 'COMMITTEE_MET', at: AT },
  { type: 'CONCLUDE', at: AT, conclusion: tenMegabytes },
  { type: tenMegabytes, at: AT },
  { type: 'COMMITTEE_MET', at: AT, [tenMegabytes]: 1 },
  { type: 'ROLL_CALL', at: AT, lines: new Array(2_000_000) },
  cyclic,
  { type: 'COMMITTEE_MET', at: AT, $malformed: 'forged' },
];

function sizeOf(value: unknown): number {
  return JSON.stringify(value).length;
}

describe('sendMeetingEvent: any value is refused with a ChiboError, and the actor lives on', () => {
  it.each(hostile.map((value, i) => [i, value] as const))(
    'hostile value #%i: refused, logged small, state and record unchanged, next event accepted',
    (_i, value) => {
      const actor = createMeetingActor(marchInput()).start();
      sendMeetingEvent(actor, march[0]);
      const before = actor.getSnapshot();
      const result = safeSendMeetingEvent(actor, value);
      expect(result.success).toBe(false);
      const error = result.error as ChiboError;
      expect(error).toBeInstanceOf(ChiboError);
      expect(['invalid-event', 'event-rejected']).toContain(error.code);
      expect(error.messages.vi).not.toBe('');
      expect(error.messages.en).not.toBe('');
      expect(error.issues.length).toBeGreaterThan(0);
      for (const issue of error.issues)
        expect(Array.isArray(issue.path)).toBe(true);
      const after = actor.getSnapshot();
      expect(after.status).toBe('active');
      expect(after.value).toBe(before.value);
      expect(after.context.record).toBe(before.context.record);
      // The log keeps a stand-in, never the deep or huge value itself.
      expect(sizeOf(after.context.events.at(-1))).toBeLessThan(2_000);
      expect(after.context.rejected.at(-1)?.index).toBe(1);
      expect(sendMeetingEvent(actor, march[1]).context.events).toHaveLength(3);
    },
  );

  it('gives each kind of malformed value its own code and path', () => {
    const actor = createMeetingActor(marchInput()).start();
    const refusal = (value: unknown) => {
      const { error } = safeSendMeetingEvent(actor, value);
      const issue = error?.issues[0];
      return [error?.code, issue?.code, issue?.path];
    };
    expect(refusal(null)).toEqual(['invalid-event', 'not-an-event', []]);
    expect(refusal({})).toEqual(['invalid-event', 'not-an-event', ['type']]);
    expect(refusal({ type: 'xstate.stop' })).toEqual([
      'invalid-event',
      'not-an-event',
      ['type'],
    ]);
    expect(refusal({ type: 'BOGUS' })).toEqual([
      'invalid-event',
      'unknown-event',
      ['type'],
    ]);
    expect(
      refusal({ type: 'OPEN', at: AT, x: { text: tenMegabytes } }),
    ).toEqual(['invalid-event', 'event-too-large', ['x', 'text']]);
    const [code, issueCode, path] = refusal({ type: 'OPEN', at: AT, x: deep });
    expect([code, issueCode]).toEqual(['invalid-event', 'event-too-deep']);
    expect(path).toEqual([
      'x',
      ...Array(MEETING_EVENT_LIMITS.maxDepth - 1).fill('a'),
    ]);
    expect(refusal({ type: 'OPINION', at: AT, opinion: {} })).toEqual([
      'invalid-event',
      'invalid_type',
      ['opinion', 'id'],
    ]);
    // A well-formed event the procedure refuses: `event-rejected`.
    expect(refusal({ type: 'OPEN', at: AT })).toEqual([
      'event-rejected',
      'preparation-incomplete',
      [],
    ]);
    const opened = actor.getSnapshot().context.rejected;
    expect(getRejectionError(opened.at(-1) as never).issues[0]?.rule).toBe(
      'R-PREP-1',
    );
  });

  it('refuses a malformed event as such even in a state that does not take its type', () => {
    const actor = createMeetingActor(marchInput()).start();
    const { error } = safeSendMeetingEvent(actor, {
      type: 'VOTE',
      at: AT,
      vote: deep,
    });
    expect(error?.issues[0]?.code).toBe('event-too-deep');
  });

  it("guards the actor's own send too: null, a string and xstate.stop are logged as refused", () => {
    const actor = createMeetingActor(marchInput()).start();
    for (const value of [null, undefined, 'OPEN', 7, { type: 'xstate.stop' }]) {
      actor.send(value as MeetingEvent);
    }
    const { status, context } = actor.getSnapshot();
    expect(status).toBe('active');
    expect(context.rejected.map((r) => r.code)).toEqual(
      Array(5).fill('not-an-event'),
    );
    expect(context.events.map((e) => e.type)).toEqual([
      '(invalid)',
      '(invalid)',
      '(invalid)',
      '(invalid)',
      '(invalid)',
    ]);
  });

  it('works on an actor made with xstate createActor, and replays the refusals word for word (R-TIME-2)', () => {
    const actor = createActor(meetingMachine, { input: marchInput() }).start();
    for (const value of hostile) safeSendMeetingEvent(actor, value);
    for (const event of march) sendMeetingEvent(actor, event);
    const live = actor.getSnapshot();
    expect(live.value).toBe('closed');
    const stored = JSON.parse(JSON.stringify(live.context.events));
    const replayed = replayMeeting(marchInput(), stored);
    expect(replayed.context).toEqual(live.context);
    // replayMeeting takes the raw values too.
    const raw = replayMeeting(marchInput(), [...hostile, ...march]);
    expect(raw.context).toEqual(live.context);
  });

  it('answers wrong arguments with a ChiboError, never a TypeError', () => {
    expect(safeSendMeetingEvent(null as never, march[0]).error?.code).toBe(
      'invalid-argument',
    );
    expect(() => getRejectionError({} as never)).toThrowError(ChiboError);
    expect(() => replayMeeting(marchInput(), null as never)).toThrowError(
      ChiboError,
    );
  });

  it('R-DOC-8: a misspelt payload key is refused, not dropped, with the key it most likely meant (issue 13 §4)', () => {
    const actor = createMeetingActor(marchInput()).start();
    const before = actor.getSnapshot().context.record;
    const result = safeSendMeetingEvent(actor, {
      type: 'CONTENT_PREPARED',
      at: AT,
      draft: { id: 'nq-03', sumary: 'Dự thảo nghị quyết' },
    });
    expect(result.error?.code).toBe('invalid-event');
    expect(result.error?.issues).toContainEqual({
      path: ['draft'],
      code: 'unrecognized_keys',
      message: {
        vi: 'Không có trường "sumary": có phải ý bạn là "summary"?',
        en: 'Unknown key "sumary": did you mean "summary"?',
      },
    });
    expect(actor.getSnapshot().context.record).toBe(before);
  });

  it('says so when the actor is stopped or not started', () => {
    const idle = createMeetingActor(marchInput());
    expect(safeSendMeetingEvent(idle, march[0]).error?.issues[0]?.code).toBe(
      'not-delivered',
    );
    const stopped = createMeetingActor(marchInput()).start();
    stopped.stop();
    expect(() => sendMeetingEvent(stopped, march[0])).toThrowError(ChiboError);
  });
});

// The model: arbitrary JSON (and known types with malformed payloads)
// interleaved with the March meeting's events. After every step the actor is
// alive, and its record is the replay of exactly the events it accepted.

const NEXT = Symbol('next March event');

const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.record(
    {
      type: fc.constantFrom(...MEETING_EVENT_TYPES, 'BOGUS', 'xstate.stop'),
      // never a valid instant: the event is always malformed
      at: fc.oneof(
        fc.integer(),
        fc.constant(null),
        fc.jsonValue().filter((v) => typeof v !== 'string'),
      ),
      payload: fc.jsonValue(),
      vote: fc.jsonValue(),
      lines: fc.jsonValue(),
    },
    { requiredKeys: ['type', 'at'] },
  ),
  fc.constantFrom(...hostile),
);

describe('model: the machine survives any event', () => {
  it(
    'alive after every step, record = replay of the accepted events, every valid event accepted',
    () => {
      fc.assert(
        fc.property(
          fc.array(fc.oneof(junk, fc.constant(NEXT)), { maxLength: 120 }),
          (steps) => {
            const actor = createMeetingActor(marchInput()).start();
            const accepted: unknown[] = [];
            let next = 0;
            for (const step of steps) {
              const before = actor.getSnapshot();
              const event = step === NEXT ? march[next] : step;
              if (step === NEXT && event === undefined) continue;
              const result = safeSendMeetingEvent(actor, event);
              const after = actor.getSnapshot();
              expect(after.status).toBe('active');
              if (step === NEXT) {
                expect(result.error).toBeUndefined();
                next++;
              } else {
                expect(result.error).toBeInstanceOf(ChiboError);
                expect(after.value).toBe(before.value);
                expect(after.context.record).toBe(before.context.record);
              }
              if (result.success) accepted.push(event);
              const replayed = replayMeeting(marchInput(), accepted);
              expect(after.context.record).toEqual(replayed.context.record);
            }
          },
        ),
        { numRuns: propertyRuns(100) },
      );
    },
    slowTestTimeout,
  );
});
