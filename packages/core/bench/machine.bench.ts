/**
 * The meeting machine (issue 17 §1), side by side with a bare xstate machine
 * taking the same events, in one run: interleaved rounds, CPU time, the
 * minimum and the median of the rounds, each ratio printed beside its
 * target; then vitest's own samples of the same paths.
 */
import { bench, describe } from 'vitest';
import { assign, createActor, createMachine } from 'xstate';
import {
  createMeetingActor,
  type MeetingEvent,
  type MeetingInput,
  meetingMachine,
} from '../src/machine';
import { persistMeeting, replayMeeting, restoreMeeting } from '../src/persist';
import { measureSideBySide } from './measureSideBySide';

const COMMITTEE = ['secretary', 'deputy-secretary', 'committee-member'];

/**
 * A cell of `size` members (four in five official, the last official one
 * exempt; the rest probationary) and one full regular meeting of it, as
 * events: preparation, a roll call of one line per expected member sent one
 * by one (one absent with a reason), the review of 8 tasks, 8 new tasks, 20
 * opinions, the vote, the rating and the closing. With 30 members: 24
 * official, 29 roll-call lines, 86 events.
 */
function createMeeting(size: number): {
  input: MeetingInput;
  events: MeetingEvent[];
} {
  const id = (i: number) => `m${String(i + 1).padStart(2, '0')}`;
  const official = Math.floor(size * 0.8);
  const members = Array.from({ length: size }, (_, i) => ({
    id: id(i),
    name: `Đảng viên số ${i + 1}`,
    standing: i < official ? 'official' : 'probationary',
    exempt: i === official - 1,
    // A chi ủy of five: bí thư, phó bí thư and three members (R-CELL-1).
    roles: i < 5 ? [COMMITTEE[Math.min(i, 2)]] : [],
  }));
  const previousTasks = Array.from({ length: 8 }, (_, i) => ({
    id: `t-02-${i + 1}`,
    description: `Nhiệm vụ tháng 2 số ${i + 1}`,
    assignees: [{ kind: 'member', memberId: id(i + 2) }],
    dueOn: '2027-02-28',
  }));
  const input = {
    cell: {
      id: `cb${size}`,
      name: 'Chi bộ khu phố 3',
      kind: 'subordinate',
      sector: 'residential',
      parent: { name: 'Đảng bộ phường An Phú', level: 'grassroots' },
    },
    members,
    previousResolution: { id: 'nq-02', tasks: previousTasks },
    meeting: {
      id: 'sh-03',
      cellId: `cb${size}`,
      kind: 'regular',
      scheduledAt: '2027-03-09T19:30:00+07:00',
      place: 'Nhà văn hóa khu phố 3',
    },
  } as unknown as MeetingInput;
  const present = members.filter((m, i) => !m.exempt && i !== 5);
  // Official members present: the voting base at the meeting.
  const voters = present.filter((m) => m.standing === 'official').length;
  // One step every 10 seconds: the 300-member roll call ends before the close.
  let minute = 0;
  const at = () => {
    minute += 1;
    return new Date(
      Date.parse('2027-03-09T19:30:00+07:00') + minute * 10_000,
    ).toISOString();
  };
  const events: MeetingEvent[] = [
    {
      type: 'CONTENT_PREPARED',
      at: '2027-03-03T08:00:00+07:00',
      draft: { id: 'nq-03' },
    },
    { type: 'COMMITTEE_MET', at: '2027-03-05T19:30:00+07:00' },
    { type: 'NOTICE_SENT', at: '2027-03-06T07:00:00+07:00' },
    { type: 'MATERIALS_POSTED', at: '2027-03-07T20:00:00+07:00' },
    { type: 'OPEN', at: '2027-03-09T19:30:00+07:00', chairId: 'm01' },
    { type: 'PURPOSE_STATED', at: at() },
    {
      type: 'GUESTS_INTRODUCED',
      at: at(),
      guests: [{ id: 'g01', name: 'Triệu Văn Long', role: 'supervisor' }],
    },
    ...members
      .filter((m) => !m.exempt)
      .map(
        (m, i): MeetingEvent => ({
          type: 'ROLL_CALL',
          at: at(),
          lines: [
            i === 5
              ? { memberId: m.id, status: 'absent-excused', reason: 'Ốm' }
              : { memberId: m.id, status: 'present' },
          ],
        }),
      ),
    {
      type: 'AGENDA_APPROVED',
      at: at(),
      agenda: [{ id: 'a1', title: 'Thảo luận' }],
    },
    { type: 'RECORDER_APPOINTED', at: at(), memberId: 'm07' },
    { type: 'START_PROCEEDINGS', at: at() },
    { type: 'CURRENT_AFFAIRS', at: at() },
    ...previousTasks.map(
      (task): MeetingEvent => ({
        type: 'TASK_REVIEWED',
        at: at(),
        review: { taskId: task.id, status: 'done' },
      }),
    ),
    { type: 'IDEOLOGY_DISCUSSED', at: at() },
    ...Array.from(
      { length: 8 },
      (_, i): MeetingEvent => ({
        type: 'TASK_ADDED',
        at: at(),
        task: {
          id: `t-03-${i + 1}`,
          description: `Nhiệm vụ tháng 3 số ${i + 1}`,
          assignees: [{ kind: 'member', memberId: id((i + 8) % size) }],
          dueOn: '2027-03-31',
        },
      }),
    ),
    ...Array.from(
      { length: 20 },
      (_, i): MeetingEvent => ({
        type: 'OPINION',
        at: at(),
        opinion: {
          id: `op${i + 1}`,
          speakerId: (present[(i + 7) % present.length] as { id: string }).id,
          agendaItemId: 'a1',
          text: `Ý kiến thứ ${i + 1}: đề nghị chi bộ tăng cường kiểm tra, đôn đốc.`,
        },
      }),
    ),
    {
      type: 'CONCLUDE',
      at: at(),
      conclusion: 'Chi bộ thống nhất các nhiệm vụ tháng 3.',
    },
    {
      type: 'VOTE',
      at: at(),
      vote: {
        id: 'v1',
        subject: 'resolution',
        mode: 'show-of-hands',
        for: voters - 1,
        against: 1,
      },
    },
    { type: 'START_RATING', at: at() },
    {
      type: 'RATING_PROPOSED',
      at: at(),
      rating: {
        schemeId: 'an-phu-hd42',
        proposedScore: 92,
        proposedLevel: 'good',
      },
    },
    {
      type: 'RATING_APPROVED',
      at: at(),
      level: 'good',
      vote: { id: 'v2', for: voters, against: 0 },
    },
    { type: 'RATING_CONFIRMED', at: at(), guestId: 'g01' },
    { type: 'MINUTES_READ', at: at() },
    { type: 'MINUTES_APPROVED', at: at() },
    { type: 'CLOSE', at: '2027-03-09T21:15:00+07:00' },
  ];
  return { input, events };
}

const { input, events } = createMeeting(30);

/** The same states and event types, one transition per event, no guards. */
const STEPS: Record<string, string[]> = {
  preparation: [
    'CONTENT_PREPARED',
    'COMMITTEE_MET',
    'NOTICE_SENT',
    'MATERIALS_POSTED',
  ],
  opening: [
    'PURPOSE_STATED',
    'GUESTS_INTRODUCED',
    'ROLL_CALL',
    'AGENDA_APPROVED',
    'RECORDER_APPOINTED',
  ],
  proceedings: [
    'CURRENT_AFFAIRS',
    'TASK_REVIEWED',
    'IDEOLOGY_DISCUSSED',
    'TASK_ADDED',
    'OPINION',
  ],
  decision: ['VOTE'],
  rating: ['RATING_PROPOSED', 'RATING_APPROVED', 'RATING_CONFIRMED'],
  closing: ['MINUTES_APPROVED'],
};
const NEXT: Record<string, [string, string]> = {
  preparation: ['OPEN', 'opening'],
  opening: ['START_PROCEEDINGS', 'proceedings'],
  proceedings: ['CONCLUDE', 'decision'],
  decision: ['START_RATING', 'rating'],
  rating: ['MINUTES_READ', 'closing'],
  closing: ['CLOSE', 'closed'],
};
const count = assign({
  n: ({ context }: { context: { n: number } }) => context.n + 1,
});
const bareMachine = createMachine({
  id: 'bare',
  context: { n: 0 },
  initial: 'preparation',
  states: {
    ...Object.fromEntries(
      Object.entries(STEPS).map(([state, types]) => {
        const [leave, target] = NEXT[state] ?? ['', ''];
        return [
          state,
          {
            on: {
              ...Object.fromEntries(types.map((t) => [t, { actions: count }])),
              [leave]: { target, actions: count },
            },
          },
        ];
      }),
    ),
    closed: {},
  },
});

function runChibo(meeting = { input, events }) {
  const actor = createMeetingActor(meeting.input).start();
  for (const event of meeting.events) actor.send(event);
  return actor.getSnapshot();
}

function runPlainActor() {
  const actor = createActor(meetingMachine, { input }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot();
}

function runBare(meeting = { events }) {
  const actor = createActor(bareMachine).start();
  for (const event of meeting.events) actor.send(event);
  return actor.getSnapshot();
}

// Run once before measuring: vitest's bench hides a task that throws.
const checked = runChibo();
if (
  checked.value !== 'closed' ||
  checked.context.rejected.length > 0 ||
  checked.context.record.meeting.opinions.length !== 20 ||
  checked.context.record.meeting.attendance.length !== 29
) {
  throw new Error(
    `the 30-member meeting fixture no longer closes cleanly: ${JSON.stringify(checked.context.rejected[0])}`,
  );
}
const bare = runBare();
if (bare.value !== 'closed' || bare.context.n !== events.length) {
  throw new Error('the bare machine no longer takes every event');
}

const snapshot = checked;
const log = snapshot.context.events;
const replay = () => replayMeeting(input, log);
const roundTrip = () =>
  restoreMeeting(JSON.parse(JSON.stringify(persistMeeting(snapshot))));
const bareJson = () =>
  JSON.parse(
    JSON.stringify({ value: snapshot.value, context: snapshot.context }),
  );
if (roundTrip().getSnapshot().context.record.meeting.opinions.length !== 20) {
  throw new Error('the persisted meeting no longer restores');
}

const SIZES = [10, 30, 100, 300] as const;
const meetings = SIZES.map((size) => {
  const meeting = createMeeting(size);
  const closed = runChibo(meeting);
  if (closed.value !== 'closed' || closed.context.rejected.length > 0) {
    throw new Error(
      `the ${size}-member meeting no longer closes cleanly: ${closed.value} ${JSON.stringify(closed.context.rejected[0])}`,
    );
  }
  return { size, ...meeting };
});

{
  const ms = measureSideBySide(
    {
      live: () => runChibo(),
      plainActor: runPlainActor,
      bare: () => runBare(),
      replay,
      roundTrip,
      json: bareJson,
      ...Object.fromEntries(
        meetings.flatMap((m) => [
          [`live${m.size}`, () => runChibo(m)],
          [`bare${m.size}`, () => runBare(m)],
        ]),
      ),
    },
    { rounds: 12, perRound: 20 },
  );
  const ratio = (a: string, b: string, target: string) =>
    `${(ms.min(a) / ms.min(b)).toFixed(2)}× (median ${(ms.median(a) / ms.median(b)).toFixed(2)}×; target ${target})`;
  const perEvent = (name: string, count: number) =>
    `${((ms.min(name) / count) * 1000).toFixed(2)} µs`;
  process.stdout.write(
    [
      '',
      `issue 17 §1, a full regular meeting of a 30-member cell (${events.length} events), CPU ms per meeting (min of rounds):`,
      `  live, createMeetingActor: ${ms.min('live').toFixed(3)} ms = ${ratio('live', 'bare', '≤ 2× bare xstate')}`,
      `  live, createActor(meetingMachine): ${ms.min('plainActor').toFixed(3)} ms = ${ratio('plainActor', 'bare', '≤ 2× bare xstate')}`,
      `  bare xstate, same events: ${ms.min('bare').toFixed(3)} ms`,
      `  replayMeeting of the log: ${ms.min('replay').toFixed(3)} ms = ${ratio('replay', 'live', '≤ 1× live')}`,
      `  persistMeeting + JSON + restoreMeeting: ${ms.min('roundTrip').toFixed(3)} ms = ${ratio('roundTrip', 'json', '≤ 2× JSON')}`,
      `  per event, live (bare xstate) — target: flat from 10 to 300 members:`,
      ...meetings.map(
        (m) =>
          `    ${String(m.size).padStart(3)} members, ${m.events.length} events: ${perEvent(`live${m.size}`, m.events.length)} (${perEvent(`bare${m.size}`, m.events.length)}), ${(ms.min(`live${m.size}`) / ms.min(`bare${m.size}`)).toFixed(2)}× bare`,
      ),
      '',
    ].join('\n'),
  );
}

// Warmed up and sampled for 2 s, as the rating bench: on a shared machine a
// few garbage-collection pauses of vitest's large heap (5 ms or more each)
// otherwise weigh heavily on half a second of samples.
const timing = { time: 2000, warmupTime: 500 };

describe(`a full regular meeting of a 30-member cell (${events.length} events; target ≤ 2× bare)`, () => {
  bench(
    'chibo createMeetingActor (guards, validation, record, log)',
    () => {
      runChibo();
    },
    timing,
  );
  bench(
    'chibo createActor(meetingMachine)',
    () => {
      runPlainActor();
    },
    timing,
  );
  bench(
    'chibo replayMeeting of its log (target ≤ live)',
    () => {
      replay();
    },
    timing,
  );
  bench(
    'baseline: bare xstate machine, same transitions, no guards',
    () => {
      runBare();
    },
    timing,
  );
});

describe('persist and restore the closed 30-member meeting (target ≤ 2× JSON)', () => {
  bench('chibo persistMeeting + JSON + restoreMeeting (validated)', () => {
    roundTrip();
  });
  bench('baseline: JSON.stringify + JSON.parse of the same snapshot', () => {
    bareJson();
  });
});
