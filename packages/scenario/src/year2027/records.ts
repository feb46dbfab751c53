/**
 * The meetings of "The cell's year 2027" (SCENARIO.md) as the records a host
 * stores (the shape of `MeetingRecord`, before validation): the 12 regular
 * meetings on the dates `createYearPlan` gives the SCENARIO's plan (the
 * Tuesday of the second week, 02-09 moved to 02-10 for Tết) and the 4
 * thematic meetings of the middle months, with the March meeting exactly as
 * SCENARIO.md records it. Made up, shaped like a minutes book: every absence
 * is excused, so Đỗ Văn Quang's removal flag comes from his dues alone
 * (warned at March, flagged at May).
 */
import {
  cell,
  februaryResolution,
  marchMeeting,
  members,
  supervisor,
} from '../index';
import {
  type Assignee,
  AWAY,
  getThemes,
  type MonthSpec,
  months,
  OPINIONS,
  SPEAKERS,
} from './months';

const pad = (n: number) => String(n).padStart(2, '0');
const at = (m: number, day: number, time: string) =>
  `2027-${pad(m)}-${pad(day)}T${time}:00+07:00`;
const expectedIds = () =>
  members.filter((m) => !('exempt' in m)).map((m) => m.id);

function assignee(a: Assignee) {
  return a === 'cell' || a === 'cell-committee'
    ? { kind: a }
    : { kind: 'member', memberId: a };
}

/** The resolution adopted at month `m`'s regular meeting. */
function resolutionOf(m: number) {
  if (m === 2)
    return {
      ...februaryResolution,
      tasks: februaryResolution.tasks.map(
        ({ id, description, assignees, dueOn }) => ({
          id,
          description,
          assignees,
          dueOn,
        }),
      ),
    };
  if (m === 3) return marchMeeting.resolution;
  const spec = months[m] as MonthSpec;
  return {
    id: `nq-2027-${pad(m)}`,
    summary: `về lãnh đạo thực hiện nhiệm vụ tháng ${m <= 2 ? pad(m) : m} năm 2027`,
    adoptedAt: at(m, spec.day, '21:00'),
    tasks: spec.tasks.map((t, i) => ({
      id: `t2027-${pad(m)}-${i + 1}`,
      description: t.description,
      assignees: t.assignees.map(assignee),
      dueOn: `2027-${pad(m)}-28`,
      ...(t.continues ? { continues: t.continues } : {}),
    })),
  };
}

/** The review, at month `m`'s meeting, of month `m - 1`'s tasks. */
function reviewsOf(m: number) {
  if (m === 3) return marchMeeting.taskReviews;
  if (m === 1)
    return ['t2026-12-1', 't2026-12-2'].map((taskId) => ({
      taskId,
      status: 'done',
    }));
  const previous = resolutionOf(m - 1);
  const specs = (months[m - 1] as MonthSpec).tasks;
  return previous.tasks.map((task, i) => {
    const review = specs[i]?.review;
    return review
      ? {
          taskId: task.id,
          status: review.status,
          reason: review.reason,
          ...(review.carriedOver ? { carriedOverTo: `t2027-${pad(m)}-1` } : {}),
        }
      : { taskId: task.id, status: 'done', result: 'Đã hoàn thành' };
  });
}

const december2026 = {
  id: 'nq-2026-12',
  summary: 'về lãnh đạo thực hiện nhiệm vụ tháng 12 năm 2026',
  adoptedAt: '2026-12-08T21:00:00+07:00',
  tasks: [
    {
      id: 't2026-12-1',
      description: 'Tổng kết công tác năm 2026',
      assignees: [{ kind: 'cell-committee' }],
      dueOn: '2026-12-31',
    },
    {
      id: 't2026-12-2',
      description: 'Thu đủ đảng phí năm 2026',
      assignees: [{ kind: 'member', memberId: 'm07' }],
      dueOn: '2026-12-31',
    },
  ],
};

function regularRecord(m: number) {
  const spec = months[m] as MonthSpec;
  if (m === 3)
    return {
      cell,
      members,
      meeting: {
        ...marchMeeting,
        rating: {
          schemeId: 'an-phu-hd42',
          proposedScore: 87,
          proposedLevel: 'fair',
          approvedLevel: 'fair',
          confirmedBy: {
            name: supervisor.name,
            guestId: supervisor.id,
            at: at(3, 9, '21:06'),
          },
        },
      },
      previousResolution: februaryResolution,
    };
  const absent = new Map(spec.absent);
  const resolution = resolutionOf(m);
  const present = expectedIds().filter((id) => !absent.has(id));
  const speakers = SPEAKERS.filter((id) => !absent.has(id));
  const firstTask =
    resolution.tasks[0]?.description ?? 'các nhiệm vụ của tháng';
  return {
    cell,
    members,
    meeting: {
      id: `sh-2027-${pad(m)}`,
      cellId: cell.id,
      kind: 'regular',
      scheduledAt: at(m, spec.day, '19:30'),
      place: marchMeeting.place,
      status: 'closed',
      chairId: 'm01',
      recorderId: 'm07',
      timeline: {
        startedAt: at(m, spec.day, '19:30'),
        endedAt: at(m, spec.day, '21:15'),
      },
      attendance: [
        ...present.map((memberId) => ({ memberId, status: 'present' })),
        ...spec.absent.map(([memberId, reason]) => ({
          memberId,
          status: 'absent-excused',
          reason,
        })),
      ],
      opinions: Array.from({ length: spec.opinions }, (_, i) => ({
        id: `op${i + 1}`,
        speakerId: speakers[(m + i) % speakers.length],
        text: (OPINIONS[(m + i) % OPINIONS.length] as (t: string) => string)(
          firstTask,
        ),
      })),
      taskReviews: reviewsOf(m),
      resolution,
      rating: {
        schemeId: 'an-phu-hd42',
        proposedScore: spec.score,
        proposedLevel: spec.level,
        approvedLevel: spec.level,
      },
    },
    previousResolution: m === 1 ? december2026 : resolutionOf(m - 1),
  };
}

function thematicRecord(m: number) {
  const [id, theme, date, absentIds] = getThemes()[m] as [
    string,
    string,
    string,
    string[],
  ];
  return {
    cell,
    members,
    meeting: {
      id,
      cellId: cell.id,
      kind: 'thematic',
      theme,
      presenterId: 'm02',
      scheduledAt: `${date}T19:30:00+07:00`,
      place: marchMeeting.place,
      status: 'closed',
      chairId: 'm01',
      recorderId: 'm07',
      timeline: {
        startedAt: `${date}T19:30:00+07:00`,
        endedAt: `${date}T21:00:00+07:00`,
      },
      attendance: expectedIds().map((memberId) =>
        absentIds.includes(memberId)
          ? {
              memberId,
              status: 'absent-excused',
              reason: memberId === 'm05' ? AWAY : 'Ốm',
            }
          : { memberId, status: 'present' },
      ),
    },
  };
}

/**
 * A meeting record of the year as plain data: the shape of `MeetingRecord`
 * of `@chibo/core`, before validation (`summariseCellYear` checks it).
 */
export interface YearRecord {
  cell: typeof cell;
  members: typeof members;
  meeting: {
    id: string;
    kind: 'regular' | 'thematic';
    scheduledAt: string;
    status: 'closed';
    [field: string]: unknown;
  };
  previousResolution?: unknown;
}

/** The 16 records of 2027, in date order: 12 regular, 4 thematic. */
export function getYearRecords(): YearRecord[] {
  const themes = getThemes();
  const out: unknown[] = [];
  for (let m = 1; m <= 12; m++) {
    out.push(regularRecord(m));
    if (themes[m]) out.push(thematicRecord(m));
  }
  return JSON.parse(JSON.stringify(out)) as YearRecord[];
}

/** Members present at each month's regular meeting (expected: 16, Páo exempt). */
export const presentByMonth = [
  15, 15, 15, 16, 14, 15, 13, 15, 16, 15, 14, 16,
] as const;
