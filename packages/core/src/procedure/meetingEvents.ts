import { z } from 'zod';
import { Attendance } from '../entities/attendance';
import { DuesPayment } from '../entities/dues';
import { RatingLevel, VoteMode, VoteSubject } from '../entities/enums';
import { AgendaItem, Guest } from '../entities/meeting';
import { Meta } from '../entities/meta';
import { DateTime, Id, LongText, Text } from '../entities/primitives';
import { Rating } from '../entities/rating';
import { Resolution, ResolutionTask, TaskReview } from '../entities/resolution';
import { DisciplineBallots } from '../entities/vote';

// The payload of every event the meeting machine accepts. Each carries its own
// `at` (R-TIME-2): the machine never reads the clock. Every object is strict,
// as the entities are (issue 13 §4, R-DOC-8): a misspelt key is refused with
// the nearest known one ("did you mean…"), never dropped. `meta` is accepted
// where the payload becomes an entity that keeps it (an opinion, a vote, the
// draft resolution, and the entities the payloads embed).

const at = { at: DateTime };
const bare = <T extends string>(type: T) =>
  z.strictObject({ type: z.literal(type), ...at });

/** A vote as the host reports it; the machine adds the base and the time. */
const VoteInput = z.strictObject({
  id: Id,
  subject: VoteSubject,
  mode: VoteMode,
  subjectMemberId: Id.optional(),
  candidateName: LongText.optional(),
  for: z.number().int().nonnegative(),
  against: z.number().int().nonnegative(),
  abstain: z.number().int().nonnegative().default(0),
  discipline: DisciplineBallots.optional(),
  agendaItemId: Id.optional(),
  /** Who cast a ballot, when the host knows: each must be in the voting base and present. */
  voterIds: z.array(Id).optional(),
  meta: Meta.optional(),
});

/**
 * The zod schema of each event of `meetingMachine`, by event type. Every
 * event carries `at` (a `Date` or an ISO string, R-TIME-2).
 *
 * @example
 * ```ts
 * meetingEventSchemas.OPINION.parse({
 *   type: 'OPINION',
 *   at: '2027-03-09T20:25:00+07:00',
 *   opinion: { id: 'op1', speakerId: 'm04', text: 'Đề nghị…' },
 * });
 * ```
 */
export const meetingEventSchemas = {
  // Preparation (R-PREP-1..3)
  CONTENT_PREPARED: bare('CONTENT_PREPARED').extend({
    /**
     * The draft resolution or conclusion (R-PREP-1), with the grounds, the
     * assessment of last month and the recipients the chi ủy prepared
     * (R-DOC-7b).
     */
    draft: z
      .strictObject({
        id: Id,
        summary: Text.optional(),
        grounds: Resolution.shape.grounds,
        assessment: Resolution.shape.assessment,
        recipients: Resolution.shape.recipients,
        meta: Meta.optional(),
      })
      .optional(),
  }),
  COMMITTEE_MET: bare('COMMITTEE_MET'),
  DRAFT_APPROVED: bare('DRAFT_APPROVED'),
  NOTICE_SENT: bare('NOTICE_SENT'),
  MATERIALS_POSTED: bare('MATERIALS_POSTED'),
  OPEN: bare('OPEN').extend({ chairId: Id.optional() }),
  // Opening (§4.3.1)
  FLAG_SALUTE: bare('FLAG_SALUTE'),
  DUES_COLLECTED: bare('DUES_COLLECTED').extend({
    payments: z.array(DuesPayment),
  }),
  PURPOSE_STATED: bare('PURPOSE_STATED'),
  GUESTS_INTRODUCED: bare('GUESTS_INTRODUCED').extend({
    guests: z.array(Guest).default([]),
  }),
  ROLL_CALL: bare('ROLL_CALL').extend({ lines: z.array(Attendance).min(1) }),
  AGENDA_APPROVED: bare('AGENDA_APPROVED').extend({
    agenda: z.array(AgendaItem).optional(),
  }),
  RECORDER_APPOINTED: bare('RECORDER_APPOINTED').extend({ memberId: Id }),
  START_PROCEEDINGS: bare('START_PROCEEDINGS'),
  // Proceedings (§4.3.2, §4.4)
  CURRENT_AFFAIRS: bare('CURRENT_AFFAIRS'),
  TASK_REVIEWED: bare('TASK_REVIEWED').extend({ review: TaskReview }),
  IDEOLOGY_DISCUSSED: bare('IDEOLOGY_DISCUSSED'),
  PRAISE_CRITICISM: bare('PRAISE_CRITICISM'),
  THEME_PRESENTED: bare('THEME_PRESENTED'),
  TASK_ADDED: bare('TASK_ADDED').extend({ task: ResolutionTask }),
  OPINION: bare('OPINION').extend({
    opinion: z.strictObject({
      id: Id,
      speakerId: Id,
      agendaItemId: Id.optional(),
      text: LongText.min(1),
      meta: Meta.optional(),
    }),
  }),
  // Each agenda item as the minutes book records it (R-DOC-6b)
  ITEM_PRESENTED: bare('ITEM_PRESENTED').extend({
    agendaItemId: Id,
    presenterId: AgendaItem.shape.presenterId,
    durationMinutes: AgendaItem.shape.durationMinutes,
    summary: AgendaItem.shape.summary,
  }),
  ITEM_CONCLUDED: bare('ITEM_CONCLUDED').extend({
    agendaItemId: Id,
    conclusion: LongText.min(1).optional(),
    noOpinions: z.boolean().optional(),
  }),
  CONCLUDE: bare('CONCLUDE').extend({ conclusion: LongText.min(1) }),
  // Decision (§4.3.3)
  VOTE: bare('VOTE').extend({ vote: VoteInput }),
  START_RATING: bare('START_RATING'),
  // Rating (R-RATE-3)
  /** The chi ủy's proposal; approval and confirmation come as their own events. */
  RATING_PROPOSED: bare('RATING_PROPOSED').extend({ rating: Rating }),
  /**
   * The members' approval, recorded by `approveRating`: `level` for a
   * four-level scheme (by default the proposed one), `quality` for the 12-HD
   * framework (by default the proposal's; R-RATE-1 has no level).
   */
  RATING_APPROVED: bare('RATING_APPROVED').extend({
    level: RatingLevel.optional(),
    quality: z.boolean().optional(),
    vote: VoteInput.omit({ subject: true, subjectMemberId: true }).extend({
      mode: VoteMode.default('show-of-hands'),
    }),
  }),
  RATING_CONFIRMED: bare('RATING_CONFIRMED').extend({ guestId: Id }),
  // Closing (§4.3.5) and after
  MINUTES_READ: bare('MINUTES_READ'),
  MINUTES_APPROVED: bare('MINUTES_APPROVED'),
  CLOSE: bare('CLOSE'),
  PUBLISH: bare('PUBLISH'),
  // From any open state
  POSTPONE: bare('POSTPONE').extend({ reason: Text }),
  CANCEL: bare('CANCEL').extend({ reason: Text }),
} as const;

/** The type of an event of `meetingMachine`. */
export type MeetingEventType = keyof typeof meetingEventSchemas;

/**
 * An event of `meetingMachine`, as a host sends it: `at` is an ISO string or
 * a `Date` (R-TIME-2).
 */
export type MeetingEvent = {
  [K in MeetingEventType]: z.input<(typeof meetingEventSchemas)[K]>;
}[MeetingEventType];

/** An event after validation: dates normalised to `+07:00`, defaults filled. */
export type ParsedMeetingEvent = {
  [K in MeetingEventType]: z.output<(typeof meetingEventSchemas)[K]>;
}[MeetingEventType];

/**
 * Every event type the machine knows, in procedure order.
 *
 * @example
 * ```ts
 * MEETING_EVENT_TYPES[0]; // 'CONTENT_PREPARED'
 * ```
 */
export const MEETING_EVENT_TYPES = Object.keys(
  meetingEventSchemas,
) as MeetingEventType[];

/**
 * Whether `type` is an event type of the machine.
 *
 * @param type - any string.
 * @returns true for the types of `meetingEventSchemas`.
 * @example
 * ```ts
 * isMeetingEventType('VOTE'); // true
 * isMeetingEventType('toString'); // false
 * ```
 */
export function isMeetingEventType(type: unknown): type is MeetingEventType {
  return typeof type === 'string' && Object.hasOwn(meetingEventSchemas, type);
}
