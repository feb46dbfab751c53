import { februaryResolution, marchMeeting } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  parseResolution,
  parseResolutionTask,
  safeParseResolution,
  safeParseResolutionTask,
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
