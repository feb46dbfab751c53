import { and, assign, type GuardPredicate, not, setup } from 'xstate';
import { applyMeetingEvent } from './applyMeetingEvent';
import {
  createMeetingContext,
  type LoggedEvent,
  type MeetingContext,
  type MeetingInput,
} from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import { type MeetingGuardName, meetingGuards, parsed } from './meetingGuards';
import { type RejectionCode, refuse } from './rejections';

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

const machineSetup = setup({
  types: {
    context: {} as MeetingContext,
    events: {} as MeetingEvent,
    input: {} as MeetingInput,
  },
  guards: meetingGuards,
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

function negate<T extends MeetingGuardName>(
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
function butNot<A extends MeetingGuardName, B extends MeetingGuardName>(
  a: A,
  b: B,
) {
  return and([a, negate(b)] as never) as unknown as GuardPredicate<
    MeetingContext,
    MeetingEvent,
    unknown,
    { type: A | B; params: undefined }
  >;
}

/** Refuse the event with `code` unless the guard `name` holds. */
function unless(name: MeetingGuardName, code: RejectionCode) {
  return {
    guard: negate(name),
    actions: { type: 'reject' as const, params: { code } },
  };
}

/** Refuse the event with `code` when `a` holds and `b` does not. */
function when<A extends MeetingGuardName, B extends MeetingGuardName>(
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
          unless('isRatingApprovable', 'rating-approval-mismatch'),
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
