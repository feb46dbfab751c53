import { describe, expect, expectTypeOf, it } from 'vitest';
import { expectBilingual } from '../testSupport/fixtures';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { checkMeetingEvent, type EventProblemCode } from './checkMeetingEvent';
import type { MeetingContext } from './meetingContext';
import {
  explainRejection,
  GUARD_REJECTION_CODES,
  type GuardRejectionCode,
  type RejectionCode,
} from './rejections';
import { replayMeeting } from './replayMeeting';

// Issue 14 §3: `RejectionCode` is a closed union of every code the machine
// can put in `context.rejected`, and every code comes with its reason in
// Vietnamese and English.

const events = marchEvents();
const { context } = replayMeeting(
  marchInput(),
  events.slice(
    0,
    events.findIndex((e) => e.type === 'VOTE'),
  ),
);
const at = '2027-03-09T20:50:00+07:00';
const opinion = { id: 'op-x', speakerId: 'm01', text: 'Nhất trí.' };
const noDraft: MeetingContext = {
  ...context,
  record: {
    ...context.record,
    meeting: { ...context.record.meeting, resolution: undefined },
  },
};

function deep(levels: number): unknown {
  let value: unknown = {};
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
}

/** An event refused with each code of the event itself, in its context. */
const EVENT_PROBLEMS: Record<EventProblemCode, [MeetingContext, unknown]> = {
  'not-an-event': [context, null],
  'event-too-deep': [context, { type: 'OPINION', at, opinion: deep(100) }],
  'event-too-large': [
    context,
    { type: 'OPINION', at, opinion: { ...opinion, text: 'x'.repeat(1e6) } },
  ],
  'unknown-event': [context, { type: 'APPLAUSE', at }],
  'invalid-event': [context, { type: 'OPINION', at }],
  'invalid-reference': [
    context,
    { type: 'OPINION', at, opinion: { ...opinion, speakerId: 'm99' } },
  ],
  'recorder-absent': [
    context,
    { type: 'RECORDER_APPOINTED', at, memberId: 'm05' },
  ],
  'no-resolution-draft': [
    noDraft,
    {
      type: 'TASK_ADDED',
      at,
      task: {
        id: 't-x',
        description: 'Nhiệm vụ mới',
        assignees: [{ kind: 'cell' }],
        dueOn: '2027-03-31',
      },
    },
  ],
  'out-of-order': [
    context,
    { type: 'OPINION', at: '2027-03-01T08:00:00+07:00', opinion },
  ],
};

describe('RejectionCode: every refusal has a code of the closed union and a reason in vi and en', () => {
  it('the union is the guards’ codes and the event’s own; an unknown code does not type-check', () => {
    expectTypeOf<RejectionCode>().toEqualTypeOf<
      GuardRejectionCode | EventProblemCode
    >();
    // @ts-expect-error a code outside the union is refused by tsc
    const unknown: RejectionCode = 'not-a-code';
    expect(unknown).toBe('not-a-code');
  });

  it('every code a guard asks for has its reason in vi and en, and its rule', () => {
    const event = { type: 'OPINION', at, opinion };
    for (const code of GUARD_REJECTION_CODES) {
      const refusal = explainRejection(code, context, event);
      expect(refusal.code).toBe(code);
      expectBilingual({ path: [], code, message: refusal.reason });
      if (refusal.rule !== undefined) expect(refusal.rule).toMatch(/^R-/);
    }
  });

  it('every code of an event refused for itself has its reason in vi and en', () => {
    for (const [code, [where, event]] of Object.entries(EVENT_PROBLEMS)) {
      const verdict = checkMeetingEvent(where, event);
      expect(verdict, code).toMatchObject({ ok: false, code });
      if (verdict.ok) continue;
      expectBilingual({ path: [], code, message: verdict.reason });
      // The machine logs it with the same code and reason.
      expect(explainRejection(verdict.code, where, event)).toMatchObject({
        code,
        reason: verdict.reason,
      });
    }
  });

  it('R-VOTE-4 an election by show of hands is refused citing R-VOTE-4, discipline R-VOTE-3', () => {
    const vote = (subject: string) => ({
      type: 'VOTE',
      at,
      vote: {
        id: 'v9',
        subject,
        mode: 'show-of-hands',
        for: 7,
        against: 5,
        ...(subject === 'discipline' ? { discipline: { warning: 7 } } : {}),
      },
    });
    expect(
      explainRejection('secret-ballot-required', context, vote('election'))
        .rule,
    ).toBe('R-VOTE-4');
    expect(
      explainRejection('secret-ballot-required', context, vote('discipline'))
        .rule,
    ).toBe('R-VOTE-3');
  });
});
