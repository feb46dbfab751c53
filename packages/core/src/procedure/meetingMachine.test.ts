import { describe, expect, it, vi } from 'vitest';
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import { createQuorumGuard } from './createQuorumGuard';
import type { MeetingInput } from './meetingContext';
import type { MeetingEvent, MeetingEventType } from './meetingEvents';
import { meetingMachine } from './meetingMachine';
import { replayMeeting } from './replayMeeting';

type Snapshot = SnapshotFrom<typeof meetingMachine>;
const events = marchEvents();
const at = '2027-03-09T20:00:00+07:00';

/** The March meeting just before the first event of `type`. */
function before(type: MeetingEventType, input = marchInput()): Snapshot {
  const n = events.findIndex((e) => e.type === type);
  return replayMeeting(input, events.slice(0, n));
}

/** The event of `type` of the March meeting. */
function eventOf(type: MeetingEventType): MeetingEvent {
  const found = events.find((e) => e.type === type);
  if (!found) throw new Error(type);
  return found;
}

/** Send `event` and expect it refused with `code` (and `rule`), record unchanged. */
function expectRejected(
  snapshot: Snapshot,
  event: MeetingEvent,
  code: string,
  rule?: string,
  machine = meetingMachine,
) {
  const [next] = transition(machine, snapshot, event);
  expect(next.value).toBe(snapshot.value);
  expect(next.context.record).toBe(snapshot.context.record);
  const last = next.context.rejected.at(-1);
  expect(last).toMatchObject({ type: event.type, code });
  if (rule) expect(last?.rule).toBe(rule);
  expect(last?.reason.vi).toBeTruthy();
  expect(last?.reason.en).toBeTruthy();
  expect(next.context.events).toHaveLength(snapshot.context.events.length + 1);
  return last;
}

function withMeeting(changes: Record<string, unknown>): MeetingInput {
  const input = marchInput();
  return { ...input, meeting: { ...input.meeting, ...changes } };
}

describe('meetingMachine: transition tables (pure)', () => {
  it('starts in preparation with the validated input and no log', () => {
    const [snapshot, actions] = initialTransition(meetingMachine, marchInput());
    expect(snapshot.value).toBe('preparation');
    expect(snapshot.context.record.meeting.status).toBe('planned');
    expect(snapshot.context.events).toEqual([]);
    expect(snapshot.context.rejected).toEqual([]);
    expect(actions).toEqual([]);
  });

  it('R-PREP-1: refuses to open before the preparation steps, naming the missing ones', () => {
    const [initial] = initialTransition(meetingMachine, marchInput());
    const rejection = expectRejected(
      initial,
      eventOf('OPEN'),
      'preparation-incomplete',
      'R-PREP-1',
    );
    expect(rejection?.reason.en).toContain(
      'contentPreparedAt, committeeMetAt, noticeSentAt, materialsPostedAt',
    );
  });

  it('R-PREP-2: under HD12-2018 the materials need not be posted to open', () => {
    const input = withMeeting({ ruleSet: 'HD12-2018' });
    const snapshot = replayMeeting(input, events.slice(0, 3));
    const [next] = transition(meetingMachine, snapshot, eventOf('OPEN'));
    expect(next.value).toBe('opening');
    expect(next.context.record.meeting.status).toBe('in-progress');
  });

  it('R-PREP-3: a thematic meeting opens once its draft is approved and notice given', () => {
    const input = withMeeting({ kind: 'thematic', theme: 'Bảo vệ rừng' });
    const [initial] = initialTransition(meetingMachine, input);
    const open = eventOf('OPEN');
    expect(
      expectRejected(initial, open, 'preparation-incomplete', 'R-PREP-3')
        ?.reason.en,
    ).toContain('draftApprovedAt');
    const ready = replayMeeting(input, [
      { type: 'DRAFT_APPROVED', at: '2027-03-01T09:00:00+07:00' },
      { type: 'NOTICE_SENT', at: '2027-03-02T09:00:00+07:00' },
      { type: 'MATERIALS_POSTED', at: '2027-03-03T09:00:00+07:00' },
    ]);
    expect(transition(meetingMachine, ready, open)[0].value).toBe('opening');
  });

  it('R-ATT-1: no proceedings before every expected member has a status (the exempt member needs none)', () => {
    const snapshot = replayMeeting(
      marchInput(),
      events
        .slice(
          0,
          events.findIndex((e) => e.type === 'START_PROCEEDINGS'),
        )
        .map((e) =>
          e.type === 'ROLL_CALL' ? { ...e, lines: e.lines.slice(0, 14) } : e,
        ),
    );
    const rejection = expectRejected(
      snapshot,
      eventOf('START_PROCEEDINGS'),
      'roll-call-incomplete',
      'R-ATT-1',
    );
    expect(rejection?.reason.en).toContain('m05, m17.');
    expect(rejection?.reason.en).not.toContain('m14');
    const full = before('START_PROCEEDINGS');
    expect(
      transition(meetingMachine, full, eventOf('START_PROCEEDINGS'))[0].value,
    ).toBe('proceedings');
  });

  it('R-DOC-6: no proceedings without an approved agenda and a recorder; the recorder must be present', () => {
    const noAgenda = before('AGENDA_APPROVED');
    expectRejected(
      noAgenda,
      { type: 'START_PROCEEDINGS', at },
      'agenda-not-approved',
      'R-DOC-6',
    );
    const noRecorder = before('RECORDER_APPOINTED');
    expectRejected(
      noRecorder,
      { type: 'START_PROCEEDINGS', at },
      'recorder-not-appointed',
    );
    expectRejected(
      noRecorder,
      { type: 'RECORDER_APPOINTED', at, memberId: 'm05' },
      'recorder-absent',
      'R-DOC-6',
    );
  });

  it('R-DOC-6: the roll call cannot mark the chair absent', () => {
    const snapshot = before('ROLL_CALL');
    expectRejected(
      snapshot,
      {
        type: 'ROLL_CALL',
        at,
        lines: [{ memberId: 'm01', status: 'absent-unexcused' }],
      },
      'invalid-reference',
      'R-DOC-6',
    );
  });

  it('§4.3: the flag salute and dues steps are off by default and switched on with provide', () => {
    const snapshot = before('PURPOSE_STATED');
    expectRejected(snapshot, { type: 'FLAG_SALUTE', at }, 'flag-salute-off');
    const dues: MeetingEvent = {
      type: 'DUES_COLLECTED',
      at,
      payments: [{ memberId: 'm04', month: '2027-03', status: 'paid' }],
    };
    expectRejected(snapshot, dues, 'dues-step-off');

    const machine = meetingMachine.provide({
      guards: { isFlagSaluteOn: () => true, isDuesStepOn: () => true },
    });
    const ready = replayMeeting(
      marchInput(),
      events.slice(
        0,
        events.findIndex((e) => e.type === 'START_PROCEEDINGS'),
      ),
      { machine },
    );
    expectRejected(
      ready,
      { type: 'START_PROCEEDINGS', at },
      'flag-salute-missing',
      undefined,
      machine,
    );
    const [saluted] = transition(machine, ready, { type: 'FLAG_SALUTE', at });
    const [paid] = transition(machine, saluted, dues);
    expect(paid.context.record.meeting.timeline.flagSalutedAt).toBe(at);
    expect(paid.context.record.meeting.dues).toEqual([
      { memberId: 'm04', month: '2027-03', status: 'paid' },
    ]);
    expect(
      transition(machine, paid, { type: 'START_PROCEEDINGS', at })[0].value,
    ).toBe('proceedings');
  });

  it('R-QUORUM-1: off by default; a host quorum rule refuses too thin a meeting', () => {
    const start = eventOf('START_PROCEEDINGS');
    const upTo = events.slice(0, events.indexOf(start));
    const snapshot = replayMeeting(marchInput(), upTo);
    expect(transition(meetingMachine, snapshot, start)[0].value).toBe(
      'proceedings',
    );
    // A snapshot keeps the machine it was made with: replay with the host's.
    const strict = meetingMachine.provide({
      guards: { isQuorumMet: createQuorumGuard(95) },
    });
    expectRejected(
      replayMeeting(marchInput(), upTo, { machine: strict }),
      start,
      'quorum-not-met',
      'R-QUORUM-1',
      strict,
    );
    const lenient = meetingMachine.provide({
      guards: { isQuorumMet: createQuorumGuard(93.75) },
    });
    const ready = replayMeeting(marchInput(), upTo, { machine: lenient });
    expect(transition(lenient, ready, start)[0].value).toBe('proceedings');
  });

  it('R-TASK-1: the conclusion waits for the review of every open task of the previous resolution', () => {
    const snapshot = replayMeeting(
      marchInput(),
      events
        .slice(
          0,
          events.findIndex((e) => e.type === 'CONCLUDE'),
        )
        .filter(
          (e) => e.type !== 'TASK_REVIEWED' || e.review.taskId === 't2027-02-1',
        ),
    );
    const rejection = expectRejected(
      snapshot,
      eventOf('CONCLUDE'),
      'tasks-not-reviewed',
      'R-TASK-1',
    );
    expect(rejection?.reason.en).toContain('t2027-02-2, t2027-02-3');
    expectRejected(
      snapshot,
      {
        type: 'TASK_REVIEWED',
        at: '2027-03-09T20:50:00+07:00',
        review: { taskId: 't2026-12-9', status: 'done' },
      },
      'invalid-reference',
      'R-TASK-1',
    );
  });

  it('R-DOC-6: a speaker must be present; a guest may speak', () => {
    const snapshot = before('OPINION');
    expectRejected(
      snapshot,
      {
        type: 'OPINION',
        at: '2027-03-09T20:30:00+07:00',
        opinion: { id: 'x1', speakerId: 'm05', text: 'Vắng mà vẫn phát biểu' },
      },
      'speaker-absent',
      'R-DOC-6',
    );
    const [next] = transition(meetingMachine, snapshot, {
      type: 'OPINION',
      at: '2027-03-09T20:30:00+07:00',
      opinion: { id: 'x2', speakerId: 'g01', text: 'Đại biểu phát biểu' },
    });
    expect(next.context.record.meeting.opinions.at(-1)?.speakerId).toBe('g01');
  });

  describe('decision (R-VOTE-1..4, R-CELL-2, R-ONLINE-2)', () => {
    const vote = (fields: Record<string, unknown>): MeetingEvent =>
      ({
        type: 'VOTE',
        at: '2027-03-09T20:55:00+07:00',
        vote: {
          id: 'v9',
          subject: 'resolution',
          mode: 'show-of-hands',
          for: 12,
          against: 0,
          ...fields,
        },
      }) as MeetingEvent;

    it('R-VOTE-1: the ballots may not outnumber the members of the base of 13 who are present (12)', () => {
      const rejection = expectRejected(
        before('VOTE'),
        vote({ for: 13 }),
        'voters-not-eligible',
        'R-VOTE-1',
      );
      expect(rejection?.reason.en).toContain(
        'only 12 of the 13 members who may vote are present',
      );
    });

    it('R-CELL-2: a probationary member cannot be among the voters', () => {
      const voters = ['m01', 'm02', 'm03', 'm04', 'm06', 'm07', 'm08'];
      const rejection = expectRejected(
        before('VOTE'),
        vote({ for: 8, voterIds: [...voters, 'm15'] }),
        'voters-not-eligible',
        'R-VOTE-1',
      );
      expect(rejection?.reason.en).toContain('m15');
      const [next] = transition(
        meetingMachine,
        before('VOTE'),
        vote({ for: 7, voterIds: voters }),
      );
      expect(next.context.record.meeting.votes).toHaveLength(1);
    });

    it('R-VOTE-1: a passed resolution vote records the base and adopts the draft; a failed one does not', () => {
      const [passed] = transition(meetingMachine, before('VOTE'), vote({}));
      const { meeting } = passed.context.record;
      expect(meeting.votes[0]?.base).toMatchObject({
        size: 13,
        ruleSet: 'HD42-2025',
      });
      expect(meeting.resolution?.voteId).toBe('v9');
      const [failed] = transition(
        meetingMachine,
        before('VOTE'),
        vote({ for: 6, against: 6 }),
      );
      expect(failed.context.record.meeting.votes).toHaveLength(1);
      expect(
        failed.context.record.meeting.resolution?.adoptedAt,
      ).toBeUndefined();
    });

    it('R-VOTE-3: discipline by show of hands is refused; by secret ballot it is recorded', () => {
      const discipline = {
        subject: 'discipline',
        subjectMemberId: 'm13',
        for: 7,
        against: 5,
        discipline: { reprimand: 7 },
      };
      expectRejected(
        before('VOTE'),
        vote(discipline),
        'secret-ballot-required',
        'R-VOTE-3',
      );
      const [next] = transition(
        meetingMachine,
        before('VOTE'),
        vote({ ...discipline, mode: 'secret-ballot' }),
      );
      expect(next.context.record.meeting.votes[0]?.discipline?.reprimand).toBe(
        7,
      );
    });

    it('R-CELL-3: members attached here temporarily vote when the cell says so (cell.temporaryInVotes)', () => {
      const sht = {
        id: 'sht1',
        name: 'Ma Văn Tiến',
        standing: 'official',
        attachment: 'temporary-in',
      };
      const base = marchInput();
      const withSht = (temporaryInVotes: boolean | undefined) =>
        ({
          ...base,
          cell: { ...base.cell, temporaryInVotes },
          members: [...base.members, sht],
        }) as MeetingInput;
      // The roll call also has a line for him: present.
      let added = false;
      const upTo = events
        .slice(0, events.indexOf(eventOf('VOTE')))
        .map((event) => {
          if (event.type !== 'ROLL_CALL' || added) return event;
          added = true;
          return {
            ...event,
            lines: [...event.lines, { memberId: 'sht1', status: 'present' }],
          } as MeetingEvent;
        });
      const thirteen = vote({ for: 13 });
      // Default (R-CELL-3 [open]): he does not vote here; 13 ballots are more
      // than the 12 members of the base who are present.
      const byDefault = replayMeeting(withSht(undefined), upTo);
      expect(byDefault.value).toBe('decision');
      expectRejected(byDefault, thirteen, 'voters-not-eligible', 'R-VOTE-1');
      // A cell whose SHT members vote: the base is 14 (294-QĐ/TW: Mai,
      // absent with a reason, counts), 13 of them present, and the vote is
      // recorded.
      const voting = replayMeeting(withSht(true), upTo);
      const [next] = transition(meetingMachine, voting, thirteen);
      expect(next.context.record.meeting.votes[0]?.base).toMatchObject({
        size: 14,
      });
      expect(next.context.record.meeting.votes[0]?.base?.memberIds).toContain(
        'sht1',
      );
    });

    it('R-VOTE-2: an admission vote is recorded with the candidate', () => {
      const [next] = transition(
        meetingMachine,
        before('VOTE'),
        vote({ subject: 'admission', candidateName: 'Vàng Thị Sinh', for: 10 }),
      );
      expect(next.context.record.meeting.votes[0]).toMatchObject({
        subject: 'admission',
        candidateName: 'Vàng Thị Sinh',
      });
    });

    it('R-ONLINE-2: a secret ballot is refused online by default, allowed with provide', () => {
      const input = withMeeting({ mode: 'online' });
      const online = before('VOTE', input);
      const secret = vote({ mode: 'secret-ballot' });
      expectRejected(online, secret, 'secret-ballot-online', 'R-ONLINE-2');
      const allowing = meetingMachine.provide({
        guards: { isSecretBallotAllowed: () => true },
      });
      const upTo = events.slice(0, events.indexOf(eventOf('VOTE')));
      const ready = replayMeeting(input, upTo, { machine: allowing });
      const [next] = transition(allowing, ready, secret);
      expect(next.context.record.meeting.votes).toHaveLength(1);
      const inPerson = transition(meetingMachine, before('VOTE'), secret)[0];
      expect(inPerson.context.record.meeting.votes).toHaveLength(1);
    });

    it('§4.3.3: a regular meeting goes to the rating only after the resolution vote', () => {
      expectRejected(
        before('VOTE'),
        eventOf('START_RATING'),
        'resolution-vote-missing',
        'R-VOTE-1',
      );
    });
  });

  describe('rating (R-RATE-3) and closing (R-DOC-6)', () => {
    it('refuses approval before a proposal, a failed approval, and a non-supervisor confirmation', () => {
      const proposedNot = before('RATING_PROPOSED');
      expectRejected(
        proposedNot,
        eventOf('RATING_APPROVED'),
        'rating-not-proposed',
        'R-RATE-3',
      );
      expectRejected(
        proposedNot,
        eventOf('MINUTES_READ'),
        'rating-not-approved',
        'R-RATE-3',
      );
      const proposed = before('RATING_APPROVED');
      expectRejected(
        proposed,
        {
          type: 'RATING_APPROVED',
          at: '2027-03-09T21:05:00+07:00',
          level: 'good',
          vote: { id: 'v2', for: 6, against: 6 },
        },
        'rating-approval-failed',
        'R-RATE-3',
      );
      expectRejected(
        proposed,
        eventOf('RATING_CONFIRMED'),
        'rating-not-approved',
      );
    });

    it('only a supervisor guest confirms the rating', () => {
      const input = withMeeting({
        guests: [{ id: 'g02', name: 'Bà Lò Thị Sen', role: 'guest' }],
      });
      const snapshot = before('RATING_CONFIRMED', input);
      expectRejected(
        snapshot,
        {
          type: 'RATING_CONFIRMED',
          at: '2027-03-09T21:06:00+07:00',
          guestId: 'g02',
        },
        'not-a-supervisor',
        'R-RATE-3',
      );
    });

    it('cannot close before the minutes are approved', () => {
      expectRejected(
        before('MINUTES_APPROVED'),
        eventOf('CLOSE'),
        'minutes-not-approved',
        'R-DOC-6',
      );
    });
  });

  describe('postpone, cancel and refusals', () => {
    it('§4.3: postponing keeps everything recorded so far, with the reason', () => {
      const snapshot = before('CONCLUDE');
      const [next] = transition(meetingMachine, snapshot, {
        type: 'POSTPONE',
        at: '2027-03-09T20:50:00+07:00',
        reason: 'Mất điện toàn thôn',
      });
      expect(next.value).toBe('postponed');
      const { meeting } = next.context.record;
      expect(meeting.status).toBe('postponed');
      expect(meeting.postponement).toEqual({
        at: '2027-03-09T20:50:00+07:00',
        reason: 'Mất điện toàn thôn',
      });
      expect(meeting.opinions).toEqual(
        snapshot.context.record.meeting.opinions,
      );
      expectRejected(next, eventOf('CONCLUDE'), 'not-accepted');
    });

    it('cancels from preparation; a reason is required', () => {
      const [initial] = initialTransition(meetingMachine, marchInput());
      expectRejected(
        initial,
        { type: 'CANCEL', at, reason: '  ' },
        'invalid-event',
      );
      const [next] = transition(meetingMachine, initial, {
        type: 'CANCEL',
        at,
        reason: 'Bão số 3',
      });
      expect(next.value).toBe('cancelled');
      expect(next.context.record.meeting.cancellation?.reason).toBe('Bão số 3');
    });

    it('logs an event the state does not take, an unknown one and a malformed one', () => {
      const [initial] = initialTransition(meetingMachine, marchInput());
      expectRejected(initial, eventOf('CLOSE'), 'not-accepted');
      expectRejected(
        initial,
        { type: 'BOGUS', at } as unknown as MeetingEvent,
        'unknown-event',
      );
      const missingAt = expectRejected(
        initial,
        { type: 'COMMITTEE_MET' } as MeetingEvent,
        'invalid-event',
      );
      expect(missingAt?.at).toBeNull();
      expect(missingAt?.issues?.[0]?.path).toEqual(['at']);
    });

    it('R-TIME-2: an event dated before the last accepted step is refused', () => {
      const snapshot = before('OPEN');
      expectRejected(
        snapshot,
        { type: 'OPEN', at: '2027-03-01T19:30:00+07:00' },
        'out-of-order',
        'R-TIME-2',
      );
    });

    it('R-TIME-1: any offset, or none (Viet Nam time), is stored in +07:00; an impossible date is refused', () => {
      const [initial] = initialTransition(meetingMachine, marchInput());
      const stored = (value: string) =>
        transition(meetingMachine, initial, {
          type: 'COMMITTEE_MET',
          at: value,
        })[0].context.record.meeting.timeline.committeeMetAt;
      expect(stored('2027-03-05T12:30:00Z')).toBe('2027-03-05T19:30:00+07:00');
      expect(stored('2027-03-05T13:30:00+01:00')).toBe(
        '2027-03-05T19:30:00+07:00',
      );
      expect(stored('2027-03-05T19:30')).toBe('2027-03-05T19:30:00+07:00');
      expect(stored('2027-03-05T12:30:00.250Z')).toBe(
        '2027-03-05T19:30:00.250+07:00',
      );
      expectRejected(
        initial,
        { type: 'COMMITTEE_MET', at: '2027-02-29T10:00:00Z' },
        'invalid-event',
      );
      expectRejected(
        initial,
        { type: 'COMMITTEE_MET', at: '2028-02-30T10:00:00+07:00' },
        'invalid-event',
      );
      expect(stored('2028-02-29T10:00:00+07:00')).toBe(
        '2028-02-29T10:00:00+07:00',
      );
    });

    it('R-TIME-2, R-TIME-1: a Date and an ISO string give the same record, in +07:00', () => {
      const [initial] = initialTransition(meetingMachine, marchInput());
      const [a] = transition(meetingMachine, initial, {
        type: 'COMMITTEE_MET',
        at: new Date('2027-03-05T12:30:00Z'),
      });
      const [b] = transition(meetingMachine, initial, {
        type: 'COMMITTEE_MET',
        at: '2027-03-05T19:30:00+07:00',
      });
      expect(a.context.record).toEqual(b.context.record);
      expect(a.context.record.meeting.timeline.committeeMetAt).toBe(
        '2027-03-05T19:30:00+07:00',
      );
      // The log keeps the event as validated: plain JSON, in +07:00.
      expect(a.context.events).toEqual(b.context.events);
      expect(a.context.events[0]?.at).toBe('2027-03-05T19:30:00+07:00');
    });
  });

  it('calls the host notify action with what happened', () => {
    const notify = vi.fn();
    const machine = meetingMachine.provide({
      actions: {
        notify: (_args, params) => notify(params.kind),
      },
    });
    const snapshot = replayMeeting(marchInput(), [], { machine });
    const [, actions] = transition(
      machine,
      snapshot,
      eventOf('CONTENT_PREPARED'),
    );
    expect(actions).toEqual([]);
    const prepared = replayMeeting(marchInput(), events.slice(0, 2), {
      machine,
    });
    const [, noticeActions] = transition(
      machine,
      prepared,
      eventOf('NOTICE_SENT'),
    );
    expect(noticeActions.map((a) => a.params)).toEqual([
      { kind: 'notice-sent' },
    ]);
    for (const action of noticeActions)
      action.exec?.(action.info, action.params);
    expect(notify).toHaveBeenCalledWith('notice-sent');
  });
});

describe('meetingMachine with a host guard that lets anything through', () => {
  it('still logs a malformed event as refused instead of dropping it', () => {
    const lax = meetingMachine.provide({
      guards: { isEventValid: () => true },
    });
    const [initial] = initialTransition(lax, marchInput());
    const [next] = transition(lax, initial, {
      type: 'COMMITTEE_MET',
    } as MeetingEvent);
    expect(next.context.record).toBe(initial.context.record);
    expect(next.context.rejected).toMatchObject([
      { type: 'COMMITTEE_MET', code: 'invalid-event', at: null },
    ]);
  });
});
