import { z } from 'zod';
import { findQuietItemsWithOpinions } from '../rules/quietItems';
import { Attendance } from './attendance';
import { DuesPayment } from './dues';
import {
  GuestRole,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  RuleSetId,
} from './enums';
import { Meta } from './meta';
import { Opinion } from './opinion';
import { DateTime, Id, LongText, Text } from './primitives';
import { Rating } from './rating';
import { ANY_SEGMENT, uniqueIds, whenValid } from './refinements';
import { Resolution, TaskReview } from './resolution';
import { Vote } from './vote';

/** An invited guest (đại biểu), often the supervising upper-level member. */
export const Guest = z.strictObject({
  id: Id,
  name: Text,
  /** Their post, e.g. "Đảng ủy viên xã". */
  title: Text.optional(),
  role: GuestRole.default('guest'),
});
export type Guest = z.infer<typeof Guest>;

/**
 * One item of the agenda and what the minutes book holds for it (§4.3,
 * R-DOC-6, R-DOC-6b): who presented it, a summary of what was presented, and
 * the chair's conclusion on it. The opinions on the item are the meeting's
 * `opinions` whose `agendaItemId` is the item's id. Every field but `id` and
 * `title` is optional, so a record made before they existed still parses; a
 * document made from an item with none of them says that its content was not
 * recorded, and never that no one spoke.
 *
 * @example
 * ```ts
 * const item = AgendaItem.parse({
 *   id: 'a1',
 *   title: 'Thông tin thời sự trong nước, quốc tế và của địa phương.',
 *   presenterId: 'm01',
 *   durationMinutes: 12,
 *   summary: 'Công điện của tỉnh về phòng cháy rừng mùa khô…',
 *   noOpinions: true,
 *   conclusion: 'Đảng viên truyền đạt thông tin đến các hộ gia đình.',
 * });
 * ```
 */
export const AgendaItem = z.strictObject({
  id: Id,
  title: Text,
  /** Who presented the item: a member's id or a guest's id (R-DOC-6b). */
  presenterId: Id.optional(),
  /** How long the presentation took, in minutes. */
  durationMinutes: z.number().int().positive().optional(),
  /** What was presented: a summary of the report or directive (R-DOC-6b). */
  summary: LongText.optional(),
  /**
   * `true` when the recorder noted that no one spoke on the item. Without it,
   * an item with no opinions has its opinions unrecorded (R-DOC-6b).
   */
  noOpinions: z.boolean().optional(),
  /** The chair's conclusion on the item (R-DOC-6b). */
  conclusion: LongText.optional(),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** A reason given with a time: for a postponement or a cancellation. */
export const ReasonedEvent = z.strictObject({
  at: DateTime,
  reason: Text,
});
export type ReasonedEvent = z.infer<typeof ReasonedEvent>;

/**
 * When each step of the procedure happened (R-PREP-1..3, §4.3). Every field
 * is an instant in `+07:00`; the host supplies them, chibo never reads the
 * clock (R-TIME-2).
 */
export const MeetingTimeline = z.strictObject({
  contentPreparedAt: DateTime.optional(),
  committeeMetAt: DateTime.optional(),
  noticeSentAt: DateTime.optional(),
  materialsPostedAt: DateTime.optional(),
  draftApprovedAt: DateTime.optional(),
  startedAt: DateTime.optional(),
  /** Optional opening step, a local custom (§4.3). */
  flagSalutedAt: DateTime.optional(),
  /** Optional opening step under HD12/09-HD: dues collected first (§4.3). */
  duesCollectedAt: DateTime.optional(),
  purposeStatedAt: DateTime.optional(),
  guestsIntroducedAt: DateTime.optional(),
  agendaApprovedAt: DateTime.optional(),
  recorderAppointedAt: DateTime.optional(),
  /** Current affairs and directives from above (§4.3, proceedings). */
  currentAffairsAt: DateTime.optional(),
  /** The ideological situation of members and the public (§4.3). */
  ideologyDiscussedAt: DateTime.optional(),
  /** Praise and criticism (§4.3, optional). */
  praiseCriticismAt: DateTime.optional(),
  /** The assigned member presented the theme (§4.4). */
  themePresentedAt: DateTime.optional(),
  concludedAt: DateTime.optional(),
  /** The recorder read the minutes back (§4.3, closing). */
  minutesReadAt: DateTime.optional(),
  minutesApprovedAt: DateTime.optional(),
  endedAt: DateTime.optional(),
  publishedAt: DateTime.optional(),
});
export type MeetingTimeline = z.infer<typeof MeetingTimeline>;

/**
 * A meeting of the cell and everything recorded at it: attendance, opinions,
 * reviews of last month's tasks, votes, the resolution and the rating.
 *
 * @example
 * ```ts
 * const meeting = parseMeeting({
 *   id: '2027-03',
 *   cellId: 'trang-nung',
 *   kind: 'regular',
 *   scheduledAt: '2027-03-09T19:30',
 *   place: 'Nhà văn hóa thôn Trang Nùng',
 * });
 * meeting.scheduledAt; // '2027-03-09T19:30:00+07:00'
 * ```
 */
export const Meeting = z
  .strictObject({
    id: Id,
    cellId: Id,
    kind: MeetingKind,
    /** The theme of a thematic meeting (required for `thematic`). */
    theme: Text.optional(),
    /** The member assigned to present the theme (R-PREP-3). */
    presenterId: Id.optional(),
    /** A pinned rule set; absent: chosen by the date (R-SET-1). */
    ruleSet: RuleSetId.describe(
      'Pinned rule set; by default HD42-2025 from 2025-10-28, HD12-2018 before (R-SET-1).',
    ).optional(),
    scheduledAt: DateTime,
    place: Text,
    mode: MeetingMode.default('in-person'),
    onlineLink: z.url().optional(),
    status: MeetingStatus.default('planned'),
    chairId: Id.optional(),
    recorderId: Id.describe(
      'The member who writes the minutes (thư ký); not the cell secretary (bí thư).',
    ).optional(),
    guests: z.array(Guest).default([]),
    agenda: z.array(AgendaItem).default([]),
    timeline: MeetingTimeline.default({}),
    attendance: z.array(Attendance).default([]),
    opinions: z.array(Opinion).default([]),
    /** The chair's conclusion of the discussion. */
    conclusion: LongText.optional(),
    /** The review of the previous resolution's tasks (R-TASK-1). */
    taskReviews: z.array(TaskReview).default([]),
    votes: z.array(Vote).default([]),
    resolution: Resolution.optional(),
    rating: Rating.optional(),
    /** Dues collected at the meeting, when the optional dues step is on (§4.3). */
    dues: z.array(DuesPayment).optional(),
    postponement: ReasonedEvent.optional(),
    cancellation: ReasonedEvent.optional(),
    meta: Meta.optional(),
  })
  .superRefine(
    (meeting, ctx) => {
      if (meeting.kind === 'thematic' && !meeting.theme) {
        ctx.addIssue({
          code: 'custom',
          path: ['theme'],
          message: 'A thematic meeting needs its theme.',
          params: {
            vi: 'Sinh hoạt chuyên đề phải có tên chuyên đề.',
            rule: 'R-PREP-3',
          },
        });
      }
    },
    whenValid(['kind'], ['theme']),
  )
  .superRefine(
    (meeting, ctx) => {
      const { startedAt, endedAt } = meeting.timeline;
      if (startedAt && endedAt && Date.parse(endedAt) < Date.parse(startedAt)) {
        ctx.addIssue({
          code: 'custom',
          path: ['timeline', 'endedAt'],
          message: 'The meeting ends before it starts.',
          params: { vi: 'Thời gian kết thúc sớm hơn thời gian bắt đầu.' },
        });
      }
    },
    whenValid(['timeline']),
  )
  .superRefine(
    (meeting, ctx) => {
      const quiet = new Set(
        findQuietItemsWithOpinions(meeting.agenda, meeting.opinions),
      );
      meeting.agenda.forEach((item, index) => {
        if (quiet.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['agenda', index, 'noOpinions'],
            message: `Item "${item.id}" is marked as having no opinions, but opinions on it are recorded.`,
            params: {
              vi: `Nội dung "${item.id}" được ghi là không có ý kiến phát biểu nhưng lại có ý kiến được ghi.`,
              rule: 'R-DOC-6b',
            },
          });
        }
      });
    },
    whenValid(
      ['agenda', ANY_SEGMENT, 'id'],
      ['agenda', ANY_SEGMENT, 'noOpinions'],
      ['opinions', ANY_SEGMENT, 'agendaItemId'],
    ),
  )
  .superRefine(...uniqueIds(['attendance'], 'memberId'))
  .superRefine(...uniqueIds(['guests'], 'id'))
  .superRefine(...uniqueIds(['agenda'], 'id'))
  .superRefine(...uniqueIds(['opinions'], 'id'))
  .superRefine(...uniqueIds(['votes'], 'id'));
export type Meeting = z.infer<typeof Meeting>;
