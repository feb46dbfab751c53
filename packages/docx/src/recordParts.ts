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
 * The name of a task's assignee (R-TASK-1, R-DOC-7b): a member's name, the
 * chi ủy, the cell, a mass organisation by its name, or the head of a
 * residential group ("Tổ trưởng tổ dân cư số 2 (Lý Văn Dũng)").
 *
 * @param assignee - the assignee.
 * @param ctx - the record context.
 * @returns runs.
 */
export function assigneeRun(
  assignee: TaskAssignee,
  ctx: RecordContext,
): DocumentRun[] {
  switch (assignee.kind) {
    case 'member':
      return [value(ctx.nameOf(assignee.memberId))];
    case 'cell-committee':
      return [wording(ctx.say('Chi ủy', 'The cell committee'))];
    case 'cell':
      return [wording(ctx.say('Chi bộ', 'The cell'))];
    case 'mass-organisation':
      return [value(cleanText(assignee.name))];
    case 'group-head':
      return [
        wording(ctx.say('Tổ trưởng ', 'Head of ')),
        value(cleanText(assignee.group)),
        ...(assignee.name
          ? [wording(' ('), value(cleanText(assignee.name)), wording(')')]
          : []),
      ];
  }
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
    ...assigneeRun(a, ctx),
  ]);
}

/**
 * Progress toward a target as people write it (R-DOC-2b, R-TASK-1): "52/61
 * hộ"; a unit that starts with "%" is a share, so 100 of 100 "% số hộ" reads
 * "100% số hộ", and a share with another target "45% (chỉ tiêu 80%)".
 *
 * @param progress - the progress.
 * @param ctx - the record context.
 * @returns runs.
 */
export function progressRuns(
  progress: Progress,
  ctx: RecordContext,
): DocumentRun[] {
  const n = (x: number) => formatNumber(x, ctx.locale);
  const unit = cleanText(progress.unit ?? '');
  if (unit.startsWith('%')) {
    const target =
      progress.target === 100
        ? []
        : [
            wording(
              ctx.say(
                ` (chỉ tiêu ${n(progress.target)}%)`,
                ` (target ${n(progress.target)}%)`,
              ),
            ),
          ];
    return [wording(n(progress.achieved)), value(unit), ...target];
  }
  const figures = wording(`${n(progress.achieved)}/${n(progress.target)}`);
  return unit ? [figures, wording(' '), value(unit)] : [figures];
}

/**
 * What a review says about a task: status, progress, the result in words,
 * the reason where it is not done, any note, and where it carries over
 * (R-TASK-1, R-DOC-6b).
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
  const result = withoutFinalStop(review.result);
  const progress = review.progress && progressRuns(review.progress, ctx);
  // The figure once: not again in brackets when the result in words gives it
  // ("Đã thu xong … của 100% số hộ"), as a secretary writes it.
  const figure = progress?.map((run) => run.text).join('') ?? '';
  if (progress && !(result && figure && result.includes(figure)))
    runs.push(wording(' ('), ...progress, wording(')'));
  const reason = withoutFinalStop(review.reason);
  const note = withoutFinalStop(review.note);
  if (result) runs.push(wording(': '), value(result));
  if (reason)
    runs.push(wording(ctx.say('. Lý do: ', '. Reason: ')), value(reason));
  if (note) runs.push(wording(result || reason ? '. ' : ': '), value(note));
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

/** A text of the record, cleaned, without the stop chibo's wording adds. */
function withoutFinalStop(text: string | undefined): string {
  return text ? cleanText(text).replace(/[.;,]+$/u, '') : '';
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
