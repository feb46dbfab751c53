import { z } from 'zod';
import { TaskStatus } from './enums';
import { Meta } from './meta';
import {
  CivilDate,
  DateTime,
  Id,
  LongText,
  Progress,
  Text,
} from './primitives';

/**
 * Who carries out a task: a member, the cell committee (chi ủy) or the whole
 * cell (R-TASK-1).
 */
export const TaskAssignee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: Id }),
  z.strictObject({ kind: z.literal('cell-committee') }),
  z.strictObject({ kind: z.literal('cell') }),
]);
export type TaskAssignee = z.infer<typeof TaskAssignee>;

/**
 * A task of a resolution: description, assignees, due date and status
 * (R-TASK-1). A task that continues an unfinished one links to it.
 *
 * @example
 * ```ts
 * parseResolutionTask({
 *   id: 't2027-03-3',
 *   description: 'Hoàn thành sửa chữa 200 m đường bê tông nội thôn',
 *   assignees: [{ kind: 'member', memberId: 'm03' }, { kind: 'member', memberId: 'm10' }],
 *   dueOn: '2027-03-31',
 *   continues: 't2027-02-3',
 * });
 * ```
 */
export const ResolutionTask = z.strictObject({
  id: Id,
  description: Text,
  assignees: z.array(TaskAssignee).min(1),
  dueOn: CivilDate,
  status: TaskStatus.default('open'),
  /** A measurable target and how far it got, e.g. 52 of 61 households. */
  progress: Progress.optional(),
  /** Review notes: what was done, or why not. */
  notes: LongText.optional(),
  /** The id of the earlier task this one carries over (R-TASK-1). */
  continues: Id.optional(),
  meta: Meta.optional(),
});
export type ResolutionTask = z.infer<typeof ResolutionTask>;

/**
 * The review, at a meeting, of one task of the previous resolution
 * (R-TASK-1): done, partly done or not done, and why.
 */
export const TaskReview = z.strictObject({
  taskId: Id,
  status: TaskStatus.exclude(['open']),
  note: LongText.optional(),
  progress: Progress.optional(),
  /** When not done: the id of the task that carries it over. */
  carriedOverTo: Id.optional(),
});
export type TaskReview = z.infer<typeof TaskReview>;

/**
 * A resolution (nghị quyết) or conclusion adopted by the cell, with its tasks.
 */
export const Resolution = z.strictObject({
  id: Id,
  /** The summary line, e.g. "về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027". */
  summary: Text.optional(),
  adoptedAt: DateTime.optional(),
  tasks: z.array(ResolutionTask).default([]),
  /** How it will be carried out (section III of the document, R-DOC-7). */
  implementation: z.array(Text).default([]),
  /** The vote that adopted it. */
  voteId: Id.optional(),
  meta: Meta.optional(),
});
export type Resolution = z.infer<typeof Resolution>;
