import { and, assign, type GuardPredicate, not, setup } from 'xstate';
import { DateTime } from '../entities/primitives';
import { tallyVote } from '../rules/tallyVote';
import { applyMeetingEvent } from './applyMeetingEvent';
import { checkMeetingEvent } from './checkMeetingEvent';
import {
  createMeetingContext,
  type LoggedEvent,
  type MeetingContext,
  type MeetingInput,
  toPlainEvent,
} from './meetingContext';
import { isMeetingEventType, type MeetingEvent } from './meetingEvents';
import {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
  isPresent,
} from './meetingRules';
import { explainRejection, type RejectionCode } from './rejections';

/**
 * The id of `meetingMachine`, stamped on every persisted meeting.
 *
 * @example
 * ```ts
 * persistMeeting(actor).machine === MEETING_MACHINE_ID; // true
 * ```
 */
export const MEETING_MACHINE_ID = 'chibo-meeting';

/** What the host's `notify` action is told about (its `params.kind`). */
export type MeetingNotification =
  | 'notice-sent'
  | 'materials-posted'
  | 'opened'
  | 'closed'
  | 'published'
  | 'postponed'
  | 'cancelled';

function parsed(context: MeetingContext, event: unknown) {
  const verdict = checkMeetingEvent(context, event);
  return verdict.ok ? verdict.event : undefined;
}

/** The context after refusing `event`: logged with its reason, record unchanged. */
function refuse(
  context: MeetingContext,
  event: unknown,
  requested: RejectionCode,
): Pick<MeetingContext, 'events' | 'rejected'> {
  // Explain from the logged (JSON) form, so a replay of the log gives the
  // same reasons word for word.
  const json = toPlainEvent(event) as LoggedEvent;
  // A log entry always has a string type, so the log restores and replays.
  const plain =
    typeof json.type === 'string' ? json : { ...json, type: String(json.type) };
  const code =
    requested === 'not-accepted' && !isMeetingEventType(plain.type)
      ? 'invalid-event'
      : requested;
  const at = DateTime.safeParse(plain.at);
  return {
    events: [...context.events, plain],
    rejected: [
      ...context.rejected,
      {
        index: context.events.length,
        type: String(plain.type),
        at: at.success ? at.data : null,
        ...explainRejection(code, context, plain),
      },
    ],
  };
}

interface GuardArgs {
  context: MeetingContext;
  event: MeetingEvent;
}

const guards = {
  /** The payload is well formed, in time order, and names what exists. */
  isEventValid: ({ context, event }: GuardArgs) =>
    checkMeetingEvent(context, event).ok,
  /** R-PREP-1..3: every preparation step is recorded. */
  isPreparationComplete: ({ context }: GuardArgs) =>
    getMissingPreparation(context.record).length === 0,
  /** The flag salute step (§4.3, a local custom). Off by default. */
  isFlagSaluteOn: () => false,
  /** The dues step (§4.3, HD12/09-HD). Off by default. */
  isDuesStepOn: () => false,
  isFlagSaluted: ({ context }: GuardArgs) =>
    context.record.meeting.timeline.flagSalutedAt !== undefined,
  /** R-ATT-1: every expected member has a roll-call line. */
  isRollCallComplete: ({ context }: GuardArgs) =>
    getUnrecordedMembers(context.record).length === 0,
  isAgendaApproved: ({ context }: GuardArgs) =>
    context.record.meeting.timeline.agendaApprovedAt !== undefined,
  /** R-DOC-6: a recorder is appointed and present. */
  isRecorderAppointed: ({ context }: GuardArgs) => {
    const id = context.record.meeting.recorderId;
    return id !== undefined && isPresent(context.record, id);
  },
  /** R-QUORUM-1 [open]: off by default; see `createQuorumGuard`. */
  isQuorumMet: () => true,
  isRegularMeeting: ({ context }: GuardArgs) =>
    context.record.meeting.kind === 'regular',
  isThematicMeeting: ({ context }: GuardArgs) =>
    context.record.meeting.kind === 'thematic',
  /** R-DOC-6: a speaker (or the presenter of the theme) is present. */
  isSpeakerPresent: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    if (e?.type === 'OPINION')
      return isPresent(context.record, e.opinion.speakerId);
    const presenter = context.record.meeting.presenterId;
    return presenter === undefined || isPresent(context.record, presenter);
  },
  /** R-VOTE-1, R-CELL-2: ballots fit the voting base, voters are in it. */
  areVotersEligible: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    if (e?.type !== 'VOTE' && e?.type !== 'RATING_APPROVED') return false;
    return checkVoteEligibility(context.record, e.vote).problem === undefined;
  },
  /** R-ONLINE-2 [open]: no secret ballot when members take part online. */
  isSecretBallotAllowed: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    if (e?.type !== 'VOTE' && e?.type !== 'RATING_APPROVED') return true;
    return (
      e.vote.mode !== 'secret-ballot' ||
      context.record.meeting.mode === 'in-person'
    );
  },
  /** R-VOTE-3, R-VOTE-4: discipline and elections by secret ballot. */
  isVoteModeAllowed: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    if (e?.type !== 'VOTE') return true;
    const secretOnly =
      e.vote.subject === 'discipline' || e.vote.subject === 'election';
    return !secretOnly || e.vote.mode === 'secret-ballot';
  },
  /** R-TASK-1: every open task of the previous resolution is reviewed. */
  arePreviousTasksReviewed: ({ context }: GuardArgs) =>
    getUnreviewedTasks(context.record).length === 0,
  isThemePresented: ({ context }: GuardArgs) =>
    context.record.meeting.timeline.themePresentedAt !== undefined,
  /** §4.3.3: the resolution (or conclusion) was put to the vote. */
  hasResolutionVote: ({ context }: GuardArgs) =>
    context.record.meeting.votes.some(
      (v) => v.subject === 'resolution' || v.subject === 'conclusion',
    ),
  /** R-RATE-3: the chi ủy proposed a rating. */
  isRatingProposed: ({ context }: GuardArgs) =>
    context.record.meeting.rating !== undefined,
  /** R-RATE-3: the members approved it by more than half of the base. */
  isRatingApprovalPassed: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    if (e?.type !== 'RATING_APPROVED') return false;
    const { base } = checkVoteEligibility(context.record, e.vote);
    return tallyVote({ ...e.vote, subject: 'rating' }, base).passed;
  },
  isRatingApproved: ({ context }: GuardArgs) =>
    context.record.meeting.rating?.approvedLevel !== undefined,
  /** R-RATE-3: the confirming guest is a supervisor. */
  isSupervisorGuest: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    return (
      e?.type === 'RATING_CONFIRMED' &&
      context.record.meeting.guests.some(
        (g) => g.id === e.guestId && g.role === 'supervisor',
      )
    );
  },
  /** R-DOC-6: the minutes were approved before the meeting closes. */
  areMinutesApproved: ({ context }: GuardArgs) =>
    context.record.meeting.timeline.minutesApprovedAt !== undefined,
};

type GuardName = keyof typeof guards;

const machineSetup = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingInput,
  },
  guards,
  actions: {
    /** Apply an accepted event to the record and log it. */
    accept: assign(({ context, event }) => {
      const e = parsed(context, event);
      // Only when a host's own guard let a malformed event through.
      if (!e) return refuse(context, event, 'invalid-event');
      // The log keeps the event as validated: plain JSON, times in +07:00,
      // defaults filled; replaying it gives the same record.
      return {
        record: applyMeetingEvent(context.record, e),
        events: [...context.events, e as LoggedEvent],
        lastAt: e.at,
      };
    }),
    /** Log a refused event with its reason; the record is unchanged. */
    reject: assign(({ context, event }, params: { code: RejectionCode }) =>
      refuse(context, event, params.code),
    ),
    /** A hook for the host's notifications; does nothing by default. */
    notify: (_args, _params: { kind: MeetingNotification }) => {},
  },
});

function negate<T extends GuardName>(
  name: T,
): GuardPredicate<
  MeetingContext,
  MeetingEvent,
  unknown,
  { type: T; params: undefined }
> {
  // xstate cannot resolve its guard-argument types for a generic name.
  return not(name as never) as unknown as GuardPredicate<
    MeetingContext,
    MeetingEvent,
    unknown,
    { type: T; params: undefined }
  >;
}

/** `a` holds and `b` does not. */
function butNot<A extends GuardName, B extends GuardName>(a: A, b: B) {
  return and([a, negate(b)] as never) as unknown as GuardPredicate<
    MeetingContext,
    MeetingEvent,
    unknown,
    { type: A | B; params: undefined }
  >;
}

/** Refuse the event with `code` unless the guard `name` holds. */
function unless(name: GuardName, code: RejectionCode) {
  return {
    guard: negate(name),
    actions: { type: 'reject' as const, params: { code } },
  };
}

/** Refuse the event with `code` when `a` holds and `b` does not. */
function when<A extends GuardName, B extends GuardName>(
  [a, b]: [A, B],
  code: RejectionCode,
) {
  return {
    guard: butNot(a, b),
    actions: { type: 'reject' as const, params: { code } },
  };
}

const invalid = unless('isEventValid', 'invalid-event');

function notifying(kind: MeetingNotification) {
  return ['accept' as const, { type: 'notify' as const, params: { kind } }];
}

/** Record an event that needs no rule beyond a valid payload. */
const simple = [invalid, { actions: 'accept' }] as const;

const interruptions = {
  POSTPONE: [
    invalid,
    { target: '#chibo-meeting.postponed', actions: notifying('postponed') },
  ],
  CANCEL: [
    invalid,
    { target: '#chibo-meeting.cancelled', actions: notifying('cancelled') },
  ],
} as const;

/**
 * The procedure of a cell meeting as an XState v5 machine: preparation
 * (R-PREP-1..3), opening, proceedings (R-TASK-1), decision (R-VOTE-1..4),
 * rating (R-RATE-3), closing, publication; postponement and cancellation from
 * any open state. One definition serves regular (§4.3) and thematic (§4.4)
 * meetings, chosen by `input.meeting.kind`.
 *
 * Every event carries `at` (R-TIME-2); the machine never reads the clock. An
 * event the current state does not take, or whose guard fails, leaves the
 * record as it was and is listed in `context.rejected` with its reason.
 *
 * Hosts customise it with `meetingMachine.provide(...)`: the guards
 * `isFlagSaluteOn` and `isDuesStepOn` (default `false`), `isQuorumMet`
 * (R-QUORUM-1, default `true`), `isSecretBallotAllowed` (R-ONLINE-2, default:
 * refused unless the meeting is `in-person`) and the `notify` action.
 *
 * @example
 * ```ts
 * import { createActor } from 'xstate';
 * const actor = createActor(meetingMachine, { input: { cell, members, meeting, previousResolution } });
 * actor.start();
 * actor.send({ type: 'COMMITTEE_MET', at: '2027-03-05T19:30:00+07:00' });
 * actor.getSnapshot().context.record.meeting.timeline.committeeMetAt;
 * ```
 */
export const meetingMachine = machineSetup.createMachine({
  id: MEETING_MACHINE_ID,
  context: ({ input }) => createMeetingContext(input),
  initial: 'preparation',
  on: {
    '*': {
      actions: { type: 'reject', params: { code: 'not-accepted' } },
    },
  },
  states: {
    preparation: {
      on: {
        CONTENT_PREPARED: simple,
        COMMITTEE_MET: simple,
        DRAFT_APPROVED: simple,
        NOTICE_SENT: [invalid, { actions: notifying('notice-sent') }],
        MATERIALS_POSTED: [invalid, { actions: notifying('materials-posted') }],
        OPEN: [
          invalid,
          unless('isPreparationComplete', 'preparation-incomplete'),
          { target: 'opening', actions: notifying('opened') },
        ],
        ...interruptions,
      },
    },
    opening: {
      on: {
        FLAG_SALUTE: [
          invalid,
          unless('isFlagSaluteOn', 'flag-salute-off'),
          { actions: 'accept' },
        ],
        DUES_COLLECTED: [
          invalid,
          unless('isDuesStepOn', 'dues-step-off'),
          { actions: 'accept' },
        ],
        PURPOSE_STATED: simple,
        GUESTS_INTRODUCED: simple,
        ROLL_CALL: simple,
        AGENDA_APPROVED: simple,
        RECORDER_APPOINTED: simple,
        START_PROCEEDINGS: [
          invalid,
          unless('isRollCallComplete', 'roll-call-incomplete'),
          unless('isAgendaApproved', 'agenda-not-approved'),
          unless('isRecorderAppointed', 'recorder-not-appointed'),
          when(['isFlagSaluteOn', 'isFlagSaluted'], 'flag-salute-missing'),
          unless('isQuorumMet', 'quorum-not-met'),
          { target: 'proceedings', actions: 'accept' },
        ],
        ...interruptions,
      },
    },
    proceedings: {
      on: {
        CURRENT_AFFAIRS: [
          invalid,
          unless('isRegularMeeting', 'regular-only'),
          { actions: 'accept' },
        ],
        TASK_REVIEWED: [
          invalid,
          unless('isRegularMeeting', 'regular-only'),
          { actions: 'accept' },
        ],
        IDEOLOGY_DISCUSSED: [
          invalid,
          unless('isRegularMeeting', 'regular-only'),
          { actions: 'accept' },
        ],
        PRAISE_CRITICISM: simple,
        THEME_PRESENTED: [
          invalid,
          unless('isThematicMeeting', 'thematic-only'),
          unless('isSpeakerPresent', 'speaker-absent'),
          { actions: 'accept' },
        ],
        TASK_ADDED: simple,
        OPINION: [
          invalid,
          unless('isSpeakerPresent', 'speaker-absent'),
          { actions: 'accept' },
        ],
        CONCLUDE: [
          invalid,
          when(
            ['isRegularMeeting', 'arePreviousTasksReviewed'],
            'tasks-not-reviewed',
          ),
          when(
            ['isThematicMeeting', 'isThemePresented'],
            'theme-not-presented',
          ),
          { target: 'decision', actions: 'accept' },
        ],
        ...interruptions,
      },
    },
    decision: {
      on: {
        OPINION: [
          invalid,
          unless('isSpeakerPresent', 'speaker-absent'),
          { actions: 'accept' },
        ],
        VOTE: [
          invalid,
          unless('isVoteModeAllowed', 'secret-ballot-required'),
          unless('isSecretBallotAllowed', 'secret-ballot-online'),
          unless('areVotersEligible', 'voters-not-eligible'),
          { actions: 'accept' },
        ],
        START_RATING: [
          invalid,
          when(
            ['isRegularMeeting', 'hasResolutionVote'],
            'resolution-vote-missing',
          ),
          { target: 'rating', actions: 'accept' },
        ],
        ...interruptions,
      },
    },
    rating: {
      on: {
        RATING_PROPOSED: simple,
        RATING_APPROVED: [
          invalid,
          unless('isRatingProposed', 'rating-not-proposed'),
          unless('isSecretBallotAllowed', 'secret-ballot-online'),
          unless('areVotersEligible', 'voters-not-eligible'),
          unless('isRatingApprovalPassed', 'rating-approval-failed'),
          { actions: 'accept' },
        ],
        RATING_CONFIRMED: [
          invalid,
          unless('isRatingApproved', 'rating-not-approved'),
          unless('isSupervisorGuest', 'not-a-supervisor'),
          { actions: 'accept' },
        ],
        MINUTES_READ: [
          invalid,
          unless('isRatingApproved', 'rating-not-approved'),
          { target: 'closing', actions: 'accept' },
        ],
        ...interruptions,
      },
    },
    closing: {
      on: {
        MINUTES_APPROVED: simple,
        CLOSE: [
          invalid,
          unless('areMinutesApproved', 'minutes-not-approved'),
          { target: 'closed', actions: notifying('closed') },
        ],
        ...interruptions,
      },
    },
    closed: {
      on: {
        PUBLISH: [
          invalid,
          { target: 'published', actions: notifying('published') },
        ],
      },
    },
    published: { tags: ['terminal'] },
    postponed: { tags: ['terminal'] },
    cancelled: { tags: ['terminal'] },
  },
});
