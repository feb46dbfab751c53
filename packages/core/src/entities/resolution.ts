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
 * Who carries out a task (R-TASK-1, R-DOC-7b): a member, the cell committee
 * (chi ủy), the whole cell, a mass organisation of the locality through its
 * party members (`name`: "Chi hội Phụ nữ thôn Trang Nùng", "Chi đoàn Thanh
 * niên thôn Trang Nùng"…), or the head of a residential group (`group`: "tổ
 * dân cư số 2", with the head's `name` when known).
 *
 * @example
 * ```ts
 * const assignees = [
 *   { kind: 'member', memberId: 'm02' },
 *   { kind: 'mass-organisation', name: 'Chi hội Phụ nữ thôn Trang Nùng' },
 *   { kind: 'group-head', group: 'tổ dân cư số 2', name: 'Lý Văn Dũng' },
 * ].map((a) => TaskAssignee.parse(a));
 * ```
 */
export const TaskAssignee = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('member'), memberId: Id }),
  z.strictObject({ kind: z.literal('cell-committee') }),
  z.strictObject({ kind: z.literal('cell') }),
  z.strictObject({ kind: z.literal('mass-organisation'), name: Text }),
  z.strictObject({
    kind: z.literal('group-head'),
    group: Text,
    name: Text.optional(),
  }),
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
 * (R-TASK-1, R-DOC-6b): done, partly done or not done, the result in words,
 * and the reason where it is not done.
 *
 * @example
 * ```ts
 * const review = TaskReview.parse({
 *   taskId: 't2027-02-3',
 *   status: 'not-done',
 *   result: 'Chưa triển khai được.',
 *   reason: 'Xi măng chưa về.',
 *   carriedOverTo: 't2027-03-3',
 * });
 * ```
 */
export const TaskReview = z.strictObject({
  taskId: Id,
  status: TaskStatus.exclude(['open']),
  /** What was achieved, in words (R-DOC-6b). */
  result: LongText.optional(),
  /** Why the task is not done, or only partly (R-DOC-6b). */
  reason: LongText.optional(),
  /** Any other remark of the review. */
  note: LongText.optional(),
  progress: Progress.optional(),
  /** When not done: the id of the task that carries it over. */
  carriedOverTo: Id.optional(),
});
export type TaskReview = z.infer<typeof TaskReview>;

/**
 * One line of "Nơi nhận:" under a resolution (R-DOC-7, R-DOC-7b): who
 * receives it and, for some, why ("để báo cáo", "để thực hiện").
 *
 * @example
 * ```ts
 * Recipient.parse({ name: 'Đảng ủy xã Xuân Quang', purpose: 'để báo cáo' });
 * ```
 */
export const Recipient = z.strictObject({
  name: Text,
  purpose: Text.optional(),
});
export type Recipient = z.infer<typeof Recipient>;

/**
 * A resolution (nghị quyết) or conclusion adopted by the cell, with its
 * grounds, the assessment of last month in words, its tasks and its
 * recipients (R-DOC-7, R-DOC-7b). The new fields are optional, so an older
 * record still parses; the document then uses the defaults below.
 *
 * @example
 * ```ts
 * const resolution = Resolution.parse({
 *   id: 'nq-2027-03',
 *   grounds: ['Điều lệ Đảng Cộng sản Việt Nam'],
 *   assessment: 'Đa số hộ đóng quỹ khuyến học sớm…',
 *   recipients: [{ name: 'Đảng ủy xã Xuân Quang', purpose: 'để báo cáo' }],
 * });
 * ```
 */
export const Resolution = z.strictObject({
  id: Id,
  /** The summary line, e.g. "về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027". */
  summary: Text.optional(),
  adoptedAt: DateTime.optional(),
  /**
   * What the resolution rests on, each printed as "Căn cứ …;" (R-DOC-7b):
   * the Điều lệ, the upper committee's resolution or programme for the year,
   * the cell's term resolution. The document always adds the meeting itself
   * as the last ground.
   * @defaultValue the Điều lệ Đảng and the guidance on cell meetings of the
   *   meeting's rule set (R-SET-1)
   */
  grounds: z.array(Text).optional(),
  /**
   * Part I's assessment of last month in words: what was done well, what was
   * not, and why (R-DOC-7b). Line breaks separate paragraphs.
   */
  assessment: LongText.optional(),
  tasks: z.array(ResolutionTask).default([]),
  /** How it will be carried out (section III of the document, R-DOC-7). */
  implementation: z.array(Text).default([]),
  /** The vote that adopted it. */
  voteId: Id.optional(),
  /**
   * The lines of "Nơi nhận:" (R-DOC-7b).
   * @defaultValue the upper committee "để báo cáo", the members of the cell,
   *   "Lưu chi bộ"
   */
  recipients: z.array(Recipient).optional(),
  meta: Meta.optional(),
});
export type Resolution = z.infer<typeof Resolution>;
