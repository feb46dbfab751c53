import { februaryResolution, marchMeeting } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  parseResolution,
  parseResolutionTask,
  safeParseResolution,
  safeParseResolutionTask,
  TaskReview,
} from '../schemas';
import {
  DELETE,
  expectFailure,
  modify,
  pathsOf,
  sortedPaths,
} from '../testSupport/fixtures';

describe('parseResolution (R-TASK-1)', () => {
  it('parses the February resolution with its reviewed tasks', () => {
    const resolution = parseResolution(februaryResolution);
    expect(resolution.adoptedAt).toBe('2027-02-10T21:00:00+07:00');
    expect(resolution.implementation).toEqual([]);
    expect(resolution.tasks[1]).toEqual({
      id: 't2027-02-2',
      description:
        'Vận động các hộ ký cam kết không đốt nương làm rẫy trong mùa khô',
      assignees: [
        { kind: 'member', memberId: 'm02' },
        { kind: 'member', memberId: 'm04' },
      ],
      dueOn: '2027-02-28',
      status: 'partly-done',
      progress: { achieved: 52, target: 61, unit: 'hộ' },
    });
    expect(resolution.tasks[2]?.notes).toBe('Xi măng chưa về');
  });

  it('parses the March resolution: the chi ủy as assignee, carried-over tasks', () => {
    const resolution = parseResolution(marchMeeting.resolution);
    expect(resolution.voteId).toBe('v1');
    expect(resolution.tasks[4]?.assignees).toEqual([
      { kind: 'cell-committee' },
    ]);
    expect(resolution.tasks[2]?.continues).toBe('t2027-02-3');
  });

  it('lists every problem of its tasks', () => {
    const error = expectFailure(
      safeParseResolution(
        modify(februaryResolution, {
          id: DELETE,
          'tasks.0.description': ' ',
          'tasks.0.assignees': [],
          'tasks.1.dueOn': '2027-02-30',
          'tasks.1.status': 'finished',
          'tasks.2.assignees.0': { kind: 'member' },
          'tasks.2.progress': { achieved: 3, target: 0 },
        }),
      ),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['id'],
        ['tasks', 0, 'description'],
        ['tasks', 0, 'assignees'],
        ['tasks', 1, 'dueOn'],
        ['tasks', 1, 'status'],
        ['tasks', 2, 'assignees', 0, 'memberId'],
        ['tasks', 2, 'progress', 'target'],
      ]),
    );
  });
});

describe('parseResolutionTask', () => {
  const task = {
    id: 't2027-03-3',
    description: 'Hoàn thành sửa chữa 200 m đường bê tông nội thôn',
    assignees: [
      { kind: 'member', memberId: 'm03' },
      { kind: 'member', memberId: 'm10' },
    ],
    dueOn: '2027-03-31',
    continues: 't2027-02-3',
  };

  it('defaults the status to open and reads a Date due day in UTC+7', () => {
    const parsed = parseResolutionTask({
      ...task,
      dueOn: new Date('2027-03-30T17:00:00Z'),
    });
    expect(parsed.status).toBe('open');
    expect(parsed.dueOn).toBe('2027-03-31');
  });

  it('accepts the whole cell as assignee, and rejects an unknown kind', () => {
    expect(
      parseResolutionTask({ ...task, assignees: [{ kind: 'cell' }] }).assignees,
    ).toEqual([{ kind: 'cell' }]);
    const error = expectFailure(
      safeParseResolutionTask({ ...task, assignees: [{ kind: 'village' }] }),
    );
    expect(pathsOf(error)).toEqual([['assignees', 0, 'kind']]);
  });

  it('needs a description, an assignee and a due date (R-TASK-1)', () => {
    const error = expectFailure(safeParseResolutionTask({ id: 't1' }));
    expect(pathsOf(error)).toEqual(
      sortedPaths([['description'], ['assignees'], ['dueOn']]),
    );
  });
});

describe('the resolution as data (R-DOC-7b)', () => {
  it('R-DOC-7b: parses the March resolution: grounds, assessment, recipients and a mass organisation among the assignees', () => {
    const resolution = parseResolution(marchMeeting.resolution);
    expect(resolution.grounds).toEqual([
      'Điều lệ Đảng Cộng sản Việt Nam',
      'Nghị quyết của Đảng ủy xã Xuân Quang về nhiệm vụ năm 2027',
      'Nghị quyết Đại hội Chi bộ thôn Trang Nùng nhiệm kỳ 2025–2027',
    ]);
    expect(resolution.assessment).toMatch(/^Đa số hộ đã đóng quỹ khuyến học/);
    expect(resolution.recipients).toEqual([
      { name: 'Đảng ủy xã Xuân Quang', purpose: 'để báo cáo' },
      { name: 'Đảng viên trong chi bộ' },
      { name: 'Lưu chi bộ' },
    ]);
    expect(resolution.tasks[0]?.assignees.slice(2)).toEqual([
      { kind: 'mass-organisation', name: 'Chi hội Phụ nữ thôn Trang Nùng' },
      {
        kind: 'mass-organisation',
        name: 'Chi đoàn Thanh niên thôn Trang Nùng',
      },
    ]);
  });

  it('R-DOC-7b: leaves grounds and recipients absent on an older resolution, so the document uses its defaults', () => {
    const resolution = parseResolution(februaryResolution);
    expect(resolution).not.toHaveProperty('grounds');
    expect(resolution).not.toHaveProperty('recipients');
    expect(resolution).not.toHaveProperty('assessment');
  });

  it('R-DOC-7b: assigns a task to the head of a residential group, and needs the group and the organisation named', () => {
    const task = {
      id: 't1',
      description: 'Rà soát các hộ chưa ký cam kết',
      dueOn: '2027-03-20',
    };
    expect(
      parseResolutionTask({
        ...task,
        assignees: [
          { kind: 'group-head', group: 'tổ dân cư số 2', name: 'Lý Văn Dũng' },
        ],
      }).assignees,
    ).toEqual([
      { kind: 'group-head', group: 'tổ dân cư số 2', name: 'Lý Văn Dũng' },
    ]);
    const error = expectFailure(
      safeParseResolutionTask({
        ...task,
        assignees: [
          { kind: 'group-head' },
          { kind: 'mass-organisation', name: ' ' },
        ],
      }),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['assignees', 0, 'group'],
        ['assignees', 1, 'name'],
      ]),
    );
  });

  it('R-DOC-7b: rejects an empty ground, a recipient without a name and an unknown key', () => {
    const error = expectFailure(
      safeParseResolution(
        modify(marchMeeting.resolution, {
          'grounds.1': '',
          'recipients.0.name': DELETE,
          'recipients.2.purpose ': 'x',
        }),
      ),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['grounds', 1],
        ['recipients', 0, 'name'],
        ['recipients', 2],
      ]),
    );
  });
});

describe('TaskReview (R-TASK-1, R-DOC-6b)', () => {
  it('R-DOC-6b: keeps the result in words and the reason a task is not done, in NFC', () => {
    const review = TaskReview.parse({
      taskId: 't2027-02-3',
      status: 'not-done',
      result: 'Chưa sửa chữa được đoạn đường nào',
      reason: ' Xi măng chưa về '.normalize('NFD'),
      carriedOverTo: 't2027-03-3',
    });
    expect(review).toEqual({
      taskId: 't2027-02-3',
      status: 'not-done',
      result: 'Chưa sửa chữa được đoạn đường nào',
      reason: 'Xi măng chưa về',
      carriedOverTo: 't2027-03-3',
    });
    expect(TaskReview.safeParse({ ...review, because: 'x' }).success).toBe(
      false,
    );
  });
});
