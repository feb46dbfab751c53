/**
 * Records for the rating tests: the scenario's March meeting, and synthetic
 * meetings whose attendance, speakers, duration and task results are set
 * exactly, to test each threshold just below, at and above. Test-only.
 */
import { marchRecord } from '@chibo/scenario';
import type { MeetingRecord } from '../entities/meetingRecord';
import { parseMeetingRecord } from '../entities/parse';
import type { RatingResult } from '../rating/rateMeeting';

/** The scenario's March 2027 record, parsed (SCENARIO.md). */
export function marchMeetingRecord(): MeetingRecord {
  return parseMeetingRecord(structuredClone(marchRecord));
}

/** What a synthetic record is made of. */
export interface SyntheticRecordOptions {
  /** Official members expected (none exempt). @defaultValue 100 */
  members?: number;
  /** Present among them (the first ones). @defaultValue all */
  present?: number;
  /** Absent without reason (the last ones); the other absent are excused. @defaultValue 0 */
  unexcused?: number;
  /** Present members who speak. @defaultValue more than half of the present */
  speakers?: number;
  /** Minutes from start to end. @defaultValue 105 */
  minutes?: number;
  /** Previous tasks done / not done. @defaultValue 10 done, 0 not done */
  tasksDone?: number;
  tasksNotDone?: number;
  /** Minutes before the scheduled start the materials were posted. @defaultValue 2 days */
  materialsPostedMinutesBefore?: number;
  /** Minutes late the meeting started. @defaultValue 0 */
  startedLateBy?: number;
}

const START = Date.parse('2027-03-09T19:30:00+07:00');
const iso = (ms: number) => new Date(ms).toISOString();
const id = (i: number) => `m${String(i + 1).padStart(3, '0')}`;

/**
 * A whole, valid record of a regular meeting under `HD42-2025`, built from
 * counts. Everything not set is done properly (full marks).
 */
export function syntheticRecord(
  options: SyntheticRecordOptions = {},
): MeetingRecord {
  const n = options.members ?? 100;
  const present = options.present ?? n;
  const unexcused = options.unexcused ?? 0;
  const speakers =
    options.speakers ?? Math.min(present, Math.floor(present / 2) + 1);
  const minutes = options.minutes ?? 105;
  const done = options.tasksDone ?? 10;
  const notDone = options.tasksNotDone ?? 0;
  const late = options.startedLateBy ?? 0;
  const posted = options.materialsPostedMinutesBefore ?? 2 * 24 * 60;
  const members = Array.from({ length: n }, (_, i) => ({
    id: id(i),
    name: `Đảng viên ${i + 1}`,
    standing: 'official',
    roles: i === 0 ? ['secretary'] : i === 1 ? ['deputy-secretary'] : [],
  }));
  const attendance = members.map((m, i) =>
    i < present
      ? { memberId: m.id, status: 'present' }
      : i >= n - unexcused
        ? { memberId: m.id, status: 'absent-unexcused' }
        : { memberId: m.id, status: 'absent-excused', reason: 'Ốm' },
  );
  const tasks = Array.from({ length: done + notDone }, (_, i) => ({
    id: `t-prev-${i}`,
    description: `Nhiệm vụ ${i + 1}`,
    assignees: [{ kind: 'cell' }],
    dueOn: '2027-02-28',
  }));
  const started = START + late * 60_000;
  return parseMeetingRecord({
    cell: {
      id: 'c',
      name: 'Chi bộ thử',
      kind: 'subordinate',
      sector: 'residential',
      parent: { name: 'Đảng bộ xã thử', level: 'grassroots' },
    },
    members,
    previousResolution: { id: 'nq-prev', tasks },
    meeting: {
      id: 'sh',
      cellId: 'c',
      kind: 'regular',
      scheduledAt: iso(START),
      place: 'Hội trường',
      status: 'closed',
      chairId: present > 0 ? id(0) : undefined,
      recorderId: present > 1 ? id(1) : undefined,
      timeline: {
        contentPreparedAt: iso(START - 6 * 86_400_000),
        committeeMetAt: iso(START - 4 * 86_400_000),
        noticeSentAt: iso(START - 3 * 86_400_000),
        materialsPostedAt: iso(START - posted * 60_000),
        startedAt: iso(started),
        agendaApprovedAt: iso(started + 5 * 60_000),
        recorderAppointedAt: iso(started + 6 * 60_000),
        minutesApprovedAt: iso(started + (minutes - 2) * 60_000),
        endedAt: iso(started + minutes * 60_000),
      },
      attendance,
      opinions: Array.from({ length: speakers }, (_, i) => ({
        id: `op${i}`,
        speakerId: id(i),
        text: 'Ý kiến',
      })),
      conclusion: 'Chi bộ thống nhất.',
      taskReviews: tasks.map((t, i) => ({
        taskId: t.id,
        status: i < done ? 'done' : 'not-done',
      })),
      votes: [
        {
          id: 'v1',
          subject: 'resolution',
          mode: 'show-of-hands',
          for: Math.max(0, present),
          against: 0,
          abstain: 0,
        },
      ],
      resolution: {
        id: 'nq',
        voteId: 'v1',
        tasks: [
          {
            id: 't-new',
            description: 'Nhiệm vụ mới',
            assignees: [{ kind: 'cell' }],
            dueOn: '2027-03-31',
          },
        ],
      },
    },
  });
}

/** The An Phú inputs of the scenario: chairing 9/10, principles 5/5, praise and criticism given. */
export const scenarioInputs = {
  chairing: 9,
  principles: 5,
  'praise-criticism': true,
} as const;

/** One criterion's score in a result. */
export const scoreOf = (result: RatingResult, id: string) =>
  result.criteria.find((c) => c.criterionId === id)?.score;
