import { checkArgument } from '../entities/checkArgument';
import type { TaskStatus } from '../entities/enums';
import type { MeetingRecord } from '../entities/meetingRecord';
import { PartlyDoneShareArgument, TaskRecordArgument } from './ratingArguments';

/** How far the previous resolution's targets were achieved (R-TASK-1). */
export interface TaskResults {
  /** Tasks of the previous resolution. */
  tasks: number;
  /** The sum of each task's achieved share (0..1 each). */
  achieved: number;
  /** Tasks with no review and no final status: their outcome is unknown. */
  unknown: string[];
  perTask: Array<{
    taskId: string;
    status: Exclude<TaskStatus, 'open'> | null;
    share: number | null;
  }>;
}

/**
 * The share of the previous resolution's targets achieved (R-TASK-1, An Phú
 * criterion 7). Each task counts for one target: done 1, not done 0, partly
 * done its measured progress (`achieved / target`, at most 1), or
 * `partlyDoneShare` when no progress is recorded. A task's outcome is read
 * from this meeting's review, else from the task's own final status.
 *
 * @param record - the meeting record, with `previousResolution`.
 * @param partlyDoneShare - what a partly-done task without progress counts for ([open], 0.5 by default).
 * @returns the results, or `null` when the record has no previous resolution.
 * @throws ChiboError (`invalid-argument`) for a record whose task reviews or
 *   previous resolution are not valid, or a share outside 0..1.
 * @example
 * ```ts
 * getTaskResults(parseMeetingRecord(marchRecord)); // done 1 + 52/61 + 0 over 3 tasks
 * ```
 */
export function getTaskResults(
  record: Pick<MeetingRecord, 'meeting' | 'previousResolution'>,
  partlyDoneShare = 0.5,
): TaskResults | null {
  checkArgument('record', TaskRecordArgument, record);
  checkArgument('partlyDoneShare', PartlyDoneShareArgument, partlyDoneShare);
  return getTaskResultsUnchecked(record, partlyDoneShare);
}

/** `getTaskResults` for the results criterion, on a record `rateMeeting` guards. */
export function getTaskResultsUnchecked(
  record: Pick<MeetingRecord, 'meeting' | 'previousResolution'>,
  partlyDoneShare: number,
): TaskResults | null {
  const previous = record.previousResolution;
  if (!previous) return null;
  const reviews = record.meeting.taskReviews;
  let achieved = 0;
  const unknown: string[] = [];
  const perTask: TaskResults['perTask'] = [];
  for (const task of previous.tasks) {
    const review = reviews.find((r) => r.taskId === task.id);
    const status =
      review?.status ?? (task.status === 'open' ? null : task.status);
    const progress = review?.progress ?? task.progress;
    let share: number | null;
    if (status === null) {
      share = null;
      unknown.push(task.id);
    } else if (status === 'done') share = 1;
    else if (status === 'not-done') share = 0;
    else if (progress) share = Math.min(1, progress.achieved / progress.target);
    else share = partlyDoneShare;
    if (share !== null) achieved += share;
    perTask.push({ taskId: task.id, status, share });
  }
  return { tasks: previous.tasks.length, achieved, unknown, perTask };
}
