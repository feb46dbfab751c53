import { marchMeeting, supervisor } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { createActor, type SnapshotFrom } from 'xstate';
import { createTestModel } from 'xstate/graph';
import { marchInput, thematicInput } from '../testSupport/marchEvents';
import { createQuorumGuard } from './createQuorumGuard';
import { getMeetingRecord } from './getMeetingRecord';
import type { MeetingInput } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import { meetingMachine } from './meetingMachine';
import { MEETING_STATES } from './persistMeeting';

// Model-based coverage with xstate/graph: walk the machine with a fixed set
// of valid and invalid events, reach every state, see every guard both pass
// and fail, then replay every shortest path on a live actor.

type Machine = typeof meetingMachine;
type Snapshot = SnapshotFrom<Machine>;
type GuardImpl = (...args: never[]) => boolean;

const T = '2027-03-09T20:00:00+07:00';
const e = (type: string, fields: Record<string, unknown> = {}) =>
  ({ type, at: T, ...fields }) as MeetingEvent;
const vote = (id: string, fields: Record<string, unknown>) =>
  e('VOTE', {
    vote: {
      id,
      subject: 'resolution',
      mode: 'show-of-hands',
      for: 12,
      against: 0,
      ...fields,
    },
  });

const modelEvents: MeetingEvent[] = [
  e('CONTENT_PREPARED', { draft: { id: 'nq-model' } }),
  e('COMMITTEE_MET'),
  e('DRAFT_APPROVED'),
  e('NOTICE_SENT'),
  e('MATERIALS_POSTED'),
  e('OPEN', { chairId: 'm01' }),
  e('FLAG_SALUTE'),
  e('DUES_COLLECTED', {
    payments: [{ memberId: 'm04', month: '2027-03', status: 'paid' }],
  }),
  e('PURPOSE_STATED'),
  e('GUESTS_INTRODUCED', {
    guests: [supervisor, { id: 'g02', name: 'Lò Thị Sen', role: 'guest' }],
  }),
  e('ROLL_CALL', { lines: marchMeeting.attendance.map((l) => ({ ...l })) }),
  e('AGENDA_APPROVED', { agenda: [{ id: 'a1', title: 'Thảo luận' }] }),
  e('RECORDER_APPOINTED', { memberId: 'm07' }),
  e('START_PROCEEDINGS'),
  e('CURRENT_AFFAIRS'),
  e('TASK_REVIEWED', {
    review: { taskId: 't2027-02-2', status: 'partly-done' },
  }),
  e('TASK_REVIEWED', { review: { taskId: 't2027-02-3', status: 'not-done' } }),
  e('THEME_PRESENTED'),
  e('OPINION', { opinion: { id: 'o1', speakerId: 'm04', text: 'Ý kiến' } }),
  e('OPINION', { opinion: { id: 'o2', speakerId: 'm05', text: 'Vắng' } }),
  e('CONCLUDE', { conclusion: 'Kết luận' }),
  vote('v1', {}),
  vote('v2', { for: 13 }),
  vote('v3', { mode: 'secret-ballot' }),
  vote('v4', {
    subject: 'discipline',
    subjectMemberId: 'm13',
    discipline: { reprimand: 12 },
  }),
  e('START_RATING'),
  e('RATING_PROPOSED', {
    rating: { schemeId: 'an-phu-hd42', proposedLevel: 'good' },
  }),
  e('RATING_APPROVED', {
    level: 'good',
    vote: { id: 'r1', for: 12, against: 0 },
  }),
  e('RATING_APPROVED', {
    level: 'good',
    vote: { id: 'r2', for: 3, against: 9 },
  }),
  // quality for a rating proposed as a level: it does not fit (R-RATE-3)
  e('RATING_APPROVED', {
    quality: true,
    vote: { id: 'r3', for: 12, against: 0 },
  }),
  e('RATING_CONFIRMED', { guestId: 'g01' }),
  e('RATING_CONFIRMED', { guestId: 'g02' }),
  e('MINUTES_READ'),
  e('MINUTES_APPROVED'),
  e('CLOSE'),
  e('PUBLISH'),
  e('POSTPONE', { reason: 'Mưa lũ' }),
  e('CANCEL', { reason: 'Bão' }),
  e('BOGUS'),
  { type: 'OPEN' } as MeetingEvent,
];

/** The timeline steps a guard reads. */
const GUARDED_STEPS = [
  'contentPreparedAt',
  'committeeMetAt',
  'draftApprovedAt',
  'noticeSentAt',
  'materialsPostedAt',
  'flagSalutedAt',
  'agendaApprovedAt',
  'themePresentedAt',
  'minutesApprovedAt',
] as const;

/** The facts the guards read, so the walk stays finite but complete. */
function serializeState(snapshot: Snapshot): string {
  const { meeting } = snapshot.context.record;
  return JSON.stringify([
    snapshot.value,
    GUARDED_STEPS.filter((step) => meeting.timeline[step] !== undefined),
    meeting.guests.length,
    meeting.attendance.length,
    meeting.recorderId,
    meeting.taskReviews.length,
    meeting.votes.some((v) => v.subject === 'resolution'),
    Object.keys(meeting.rating ?? {}).sort(),
    Boolean(meeting.resolution),
  ]);
}

const seen = new Map<string, Set<boolean>>();

/** The machine with every guard recording what it answered. */
function instrumented(machine: Machine): Machine {
  const guards = machine.implementations.guards as Record<string, GuardImpl>;
  const wrapped: Record<string, GuardImpl> = {};
  for (const [name, guard] of Object.entries(guards)) {
    wrapped[name] = (...args) => {
      const result = guard(...args);
      const outcomes = seen.get(name) ?? new Set<boolean>();
      outcomes.add(result);
      seen.set(name, outcomes);
      return result;
    };
  }
  return machine.provide({ guards: wrapped } as Parameters<
    Machine['provide']
  >[0]);
}

function walk(machine: Machine, input: MeetingInput) {
  const model = createTestModel(instrumented(machine), {
    input,
    events: modelEvents,
    serializeState: (snapshot) => serializeState(snapshot as Snapshot),
    // One node per state of the record, not per way of reaching it.
    serializeTransition: () => '',
    // xstate/graph offers each state's own event types; the root's '*'
    // (which logs refusals) is no event to send. Refusals of events a state
    // does not take are covered by the transition tables.
    filterEvents: (_snapshot, event) => (event.type as string) !== '*',
  });
  return model.getShortestPaths({ allowDuplicatePaths: true });
}

const online = thematicInput('2027-03-09T19:30:00+07:00');
online.meeting = { ...online.meeting, mode: 'online' };
const hostMachine = meetingMachine.provide({
  guards: {
    isFlagSaluteOn: () => true,
    isDuesStepOn: () => true,
    isQuorumMet: createQuorumGuard(90),
  },
});
const strictMachine = meetingMachine.provide({
  guards: { isQuorumMet: createQuorumGuard(95) },
});

const walks = [
  {
    name: 'regular, in person, defaults',
    machine: meetingMachine,
    input: marchInput(),
  },
  {
    name: 'thematic, online, flag salute, dues and a 90% quorum',
    machine: hostMachine,
    input: online,
  },
  {
    name: 'regular with a 95% quorum',
    machine: strictMachine,
    input: marchInput(),
  },
].map((w) => ({ ...w, paths: walk(w.machine, w.input) }));

describe('meetingMachine: model-based coverage (xstate/graph)', () => {
  it('reaches every state', () => {
    const reached = new Set(
      walks.flatMap((w) => w.paths.map((p) => String(p.state.value))),
    );
    expect([...reached].sort()).toEqual([...MEETING_STATES].sort());
  });

  it('exercises both sides of every guard', () => {
    const guards = Object.keys(meetingMachine.implementations.guards);
    const oneSided = guards.filter((name) => seen.get(name)?.size !== 2);
    expect(oneSided).toEqual([]);
  });

  it.each(walks)(
    'replays every shortest path on a live actor: $name',
    ({ machine, input, paths }) => {
      expect(paths.length).toBeGreaterThan(5);
      for (const path of paths) {
        const actor = createActor(machine, { input }).start();
        for (const step of path.steps) actor.send(step.event);
        const snapshot = actor.getSnapshot();
        expect(snapshot.value).toBe(path.state.value);
        expect(serializeState(snapshot)).toBe(
          serializeState(path.state as Snapshot),
        );
        expect(getMeetingRecord(snapshot)).toBeDefined();
      }
    },
  );
});
