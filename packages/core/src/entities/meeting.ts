import { z } from 'zod';
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
import { uniqueIds, whenValid } from './refinements';
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

/** One item of the agenda (§4.3, R-DOC-6). */
export const AgendaItem = z.strictObject({
  id: Id,
  title: Text,
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
  .superRefine(...uniqueIds(['attendance'], 'memberId'))
  .superRefine(...uniqueIds(['guests'], 'id'))
  .superRefine(...uniqueIds(['agenda'], 'id'))
  .superRefine(...uniqueIds(['opinions'], 'id'))
  .superRefine(...uniqueIds(['votes'], 'id'));
export type Meeting = z.infer<typeof Meeting>;
