import { getLabel, type ResolutionTask } from '@chibo/core';
import type { Progress, TaskAssignee, TaskReview } from '@chibo/core/schemas';
import { cleanText } from './cleanText';
import type { RecordContext } from './context';
import {
  formatDocumentDate,
  formatDocumentNumber,
  formatNumber,
} from './format';
import { documentHeader } from './layout';
import { type DocumentRun, type DocumentTable, value, wording } from './model';

/**
 * The R-DOC-2 header of a record's document, with its number (R-DOC-3) and
 * date line (R-DOC-4).
 *
 * @param ctx - the record context.
 * @param typeCode - `BB` or `NQ`.
 * @returns the header table.
 */
export function recordHeader(
  ctx: RecordContext,
  typeCode: string,
): DocumentTable {
  const { cell } = ctx.record;
  return documentHeader(
    {
      superior: cell.parent.name,
      issuer: cell.name,
      number: formatDocumentNumber(
        ctx.number,
        typeCode,
        ctx.options.issuerCode,
        ctx.locale,
      ),
      placeAndDate: formatDocumentDate(ctx.placeName, ctx.date, ctx.locale),
    },
    ctx.locale,
  );
}

/**
 * The name of a task's assignee: a member's name, or the chi ủy, or the cell.
 *
 * @param assignee - the assignee.
 * @param ctx - the record context.
 * @returns a run.
 */
export function assigneeRun(
  assignee: TaskAssignee,
  ctx: RecordContext,
): DocumentRun {
  if (assignee.kind === 'member') return value(ctx.nameOf(assignee.memberId));
  return assignee.kind === 'cell-committee'
    ? wording(ctx.say('Chi ủy', 'The cell committee'))
    : wording(ctx.say('Chi bộ', 'The cell'));
}

/**
 * The assignees of a task, separated by commas.
 *
 * @param task - the task.
 * @param ctx - the record context.
 * @returns runs.
 */
export function assigneeRuns(
  task: ResolutionTask,
  ctx: RecordContext,
): DocumentRun[] {
  return task.assignees.flatMap((a, i) => [
    ...(i > 0 ? [wording(', ')] : []),
    assigneeRun(a, ctx),
  ]);
}

/**
 * Progress toward a target: "52/61 hộ".
 *
 * @param progress - the progress.
 * @param ctx - the record context.
 * @returns runs.
 */
export function progressRuns(
  progress: Progress,
  ctx: RecordContext,
): DocumentRun[] {
  const figures = wording(
    `${formatNumber(progress.achieved, ctx.locale)}/${formatNumber(progress.target, ctx.locale)}`,
  );
  return progress.unit
    ? [figures, wording(' '), value(cleanText(progress.unit))]
    : [figures];
}

/**
 * What a review says about a task: status, progress, note and where it
 * carries over (R-TASK-1).
 *
 * @param review - the review, or none when the task was not reviewed.
 * @param ctx - the record context.
 * @returns runs.
 */
export function reviewRuns(
  review: TaskReview | undefined,
  ctx: RecordContext,
): DocumentRun[] {
  if (!review)
    return [
      wording(
        ctx.say(
          'Chưa được đánh giá tại cuộc họp',
          'Not reviewed at the meeting',
        ),
      ),
    ];
  const runs: DocumentRun[] = [
    wording(getLabel('taskStatus', review.status, ctx.locale), { bold: true }),
  ];
  if (review.progress)
    runs.push(
      wording(' ('),
      ...progressRuns(review.progress, ctx),
      wording(')'),
    );
  const note = review.note ? cleanText(review.note) : '';
  if (note) runs.push(wording(': '), value(note));
  if (review.carriedOverTo) {
    const next = ctx.record.meeting.resolution?.tasks.find(
      (t) => t.id === review.carriedOverTo,
    );
    runs.push(
      wording(ctx.say('. Chuyển sang nhiệm vụ: ', '. Carried over to: ')),
      value(
        next ? cleanText(next.description) : cleanText(review.carriedOverTo),
      ),
    );
  }
  return runs;
}

/** One reviewed task, with the previous resolution's task when known. */
export interface ReviewedTask {
  taskId: string;
  task: ResolutionTask | undefined;
  review: TaskReview | undefined;
}

/**
 * Every task of the previous resolution with its review, then any review of
 * a task the record does not list: nothing is dropped (R-DOC-8, R-TASK-1).
 *
 * @param ctx - the record context.
 * @returns the tasks in order.
 */
export function reviewedTasks(ctx: RecordContext): ReviewedTask[] {
  const { meeting, previousResolution } = ctx.record;
  const reviews = new Map(meeting.taskReviews.map((r) => [r.taskId, r]));
  const tasks = previousResolution?.tasks ?? [];
  const listed = new Set(tasks.map((t) => t.id));
  return [
    ...tasks.map((task) => ({
      taskId: task.id,
      task,
      review: reviews.get(task.id),
    })),
    ...meeting.taskReviews
      .filter((r) => !listed.has(r.taskId))
      .map((review) => ({ taskId: review.taskId, task: undefined, review })),
  ];
}

/**
 * The description of a reviewed task.
 *
 * @param item - the reviewed task.
 * @returns a run.
 */
export function reviewedTaskRun(item: ReviewedTask): DocumentRun {
  return value(cleanText(item.task?.description ?? item.taskId));
}
