import type { MeetingEventType } from './meetingEvents';
import type { MeetingGuardName } from './meetingGuards';
import type { RejectionCode } from './rejections';

/** The states of a meeting that take events, in the procedure's order. */
export const PROCEDURE_STATES = [
  'preparation',
  'opening',
  'proceedings',
  'decision',
  'rating',
  'closing',
  'closed',
] as const;

/** A state of the procedure that takes events (DOMAIN §4.3). */
export type ProcedureState = (typeof PROCEDURE_STATES)[number];

/** Where a meeting ends: published, or stopped before it closed. */
export type FinalState = 'published' | 'postponed' | 'cancelled';

/** What the host's `notify` action is told about (its `params.kind`). */
export type MeetingNotification =
  | 'notice-sent'
  | 'materials-posted'
  | 'opened'
  | 'closed'
  | 'published'
  | 'postponed'
  | 'cancelled';

/**
 * A condition a step needs: the event is refused with `code` unless the
 * guard `guard` holds — or, with `onlyIf`, when `onlyIf` holds and `guard`
 * does not (a check that applies to one kind of meeting, or to a step the
 * cell switched on).
 */
export interface ProcedureCheck {
  /** The guard that must hold (one of `meetingMachine`'s named guards). */
  readonly guard: MeetingGuardName;
  /** The check applies only when this guard holds. */
  readonly onlyIf?: MeetingGuardName;
  /** The rejection code when the check fails. */
  readonly code: RejectionCode;
}

/**
 * One step of the procedure: the event that records it, the state that takes
 * it, the checks in the order they are made, and where it leads.
 */
export interface ProcedureStep {
  /**
   * The state that takes the event, or `'open'` for every state before the
   * meeting closes (postponement, cancellation).
   */
  readonly state: ProcedureState | 'open';
  /** The event that records the step. */
  readonly event: MeetingEventType;
  /** Where the step comes from in the domain brief: an R-ID or a section. */
  readonly source: string;
  /** The checks, made in order; the first that fails gives the rejection. */
  readonly checks?: readonly ProcedureCheck[];
  /** The state the step leads to; absent: the meeting stays where it is. */
  readonly target?: ProcedureState | FinalState;
  /** What the host's `notify` action is told, if anything. */
  readonly notify?: MeetingNotification;
}

/** The states that take postponement and cancellation: all before closing. */
const OPEN_STATES = PROCEDURE_STATES.filter((state) => state !== 'closed');

/**
 * The states a step is taken in: its own, or every state before closing for
 * a step of `'open'` (postponement, cancellation). The machine and the replay
 * both read the table through it.
 *
 * @param step - a step of the procedure.
 * @returns the states that take its event.
 */
export function statesOfStep(step: ProcedureStep): readonly ProcedureState[] {
  return step.state === 'open' ? OPEN_STATES : [step.state];
}

const regularOnly: ProcedureCheck = {
  guard: 'isRegularMeeting',
  code: 'regular-only',
};
const speakerPresent: ProcedureCheck = {
  guard: 'isSpeakerPresent',
  code: 'speaker-absent',
};
const secretBallotAllowed: ProcedureCheck = {
  guard: 'isSecretBallotAllowed',
  code: 'secret-ballot-online',
};
const votersEligible: ProcedureCheck = {
  guard: 'areVotersEligible',
  code: 'voters-not-eligible',
};
const ratingApproved: ProcedureCheck = {
  guard: 'isRatingApproved',
  code: 'rating-not-approved',
};

/**
 * The procedure of a cell meeting as data (DOMAIN §4.3, §4.4; issue 14 §3):
 * one entry per step, in the order of the procedure. `meetingMachine` is
 * built from this table, so adding a step, or switching one off, is one entry
 * here (with its event's payload in `meetingEventSchemas` and its effect in
 * `applyMeetingEvent` when it records something) plus its test. Every event
 * is first checked for a valid payload (`isEventValid`, `'invalid-event'`);
 * an event no entry of the current state takes is refused as
 * `'not-accepted'`.
 *
 * Optional steps of §4.3 are entries whose first check is a switch guard the
 * host turns on with `meetingMachine.provide({ guards })`: the flag salute
 * (`isFlagSaluteOn`) and collecting dues (`isDuesStepOn`), both off by default.
 *
 * @example
 * ```ts
 * import { PROCEDURE_STEPS } from '@chibo/core/machine';
 *
 * // The steps of the opening, as a checklist for a recorder's screen.
 * PROCEDURE_STEPS.filter((step) => step.state === 'opening').map((step) => step.event);
 * // ['FLAG_SALUTE', 'DUES_COLLECTED', 'PURPOSE_STATED', 'GUESTS_INTRODUCED', 'ROLL_CALL', …]
 * ```
 */
export const PROCEDURE_STEPS: readonly ProcedureStep[] = [
  // Preparation (R-PREP-1..3)
  { state: 'preparation', event: 'CONTENT_PREPARED', source: 'R-PREP-1' },
  { state: 'preparation', event: 'COMMITTEE_MET', source: 'R-PREP-1' },
  { state: 'preparation', event: 'DRAFT_APPROVED', source: 'R-PREP-1' },
  {
    state: 'preparation',
    event: 'NOTICE_SENT',
    source: 'R-PREP-1',
    notify: 'notice-sent',
  },
  {
    state: 'preparation',
    event: 'MATERIALS_POSTED',
    source: 'R-PREP-2',
    notify: 'materials-posted',
  },
  {
    state: 'preparation',
    event: 'OPEN',
    source: 'R-PREP-1..3',
    checks: [
      { guard: 'isPreparationComplete', code: 'preparation-incomplete' },
    ],
    target: 'opening',
    notify: 'opened',
  },
  // Opening (§4.3.1)
  {
    state: 'opening',
    event: 'FLAG_SALUTE',
    source: '§4.3.1 (optional, off by default)',
    checks: [{ guard: 'isFlagSaluteOn', code: 'flag-salute-off' }],
  },
  {
    state: 'opening',
    event: 'DUES_COLLECTED',
    source: '§4.3.1 (optional under HD12/09-HD, off by default)',
    checks: [{ guard: 'isDuesStepOn', code: 'dues-step-off' }],
  },
  { state: 'opening', event: 'PURPOSE_STATED', source: '§4.3.1' },
  { state: 'opening', event: 'GUESTS_INTRODUCED', source: '§4.3.1' },
  { state: 'opening', event: 'ROLL_CALL', source: 'R-ATT-1' },
  { state: 'opening', event: 'AGENDA_APPROVED', source: '§4.3.1' },
  { state: 'opening', event: 'RECORDER_APPOINTED', source: '§4.3.1' },
  {
    state: 'opening',
    event: 'START_PROCEEDINGS',
    source: '§4.3.1, R-QUORUM-1',
    checks: [
      { guard: 'isRollCallComplete', code: 'roll-call-incomplete' },
      { guard: 'isAgendaApproved', code: 'agenda-not-approved' },
      { guard: 'isRecorderAppointed', code: 'recorder-not-appointed' },
      {
        guard: 'isFlagSaluted',
        onlyIf: 'isFlagSaluteOn',
        code: 'flag-salute-missing',
      },
      { guard: 'isQuorumMet', code: 'quorum-not-met' },
    ],
    target: 'proceedings',
  },
  // Proceedings (§4.3.2, §4.4)
  {
    state: 'proceedings',
    event: 'CURRENT_AFFAIRS',
    source: '§4.3.2',
    checks: [regularOnly],
  },
  {
    state: 'proceedings',
    event: 'TASK_REVIEWED',
    source: 'R-TASK-1',
    checks: [regularOnly],
  },
  {
    state: 'proceedings',
    event: 'IDEOLOGY_DISCUSSED',
    source: '§4.3.2',
    checks: [regularOnly],
  },
  { state: 'proceedings', event: 'PRAISE_CRITICISM', source: '§4.3.2' },
  {
    state: 'proceedings',
    event: 'THEME_PRESENTED',
    source: '§4.4',
    checks: [
      { guard: 'isThematicMeeting', code: 'thematic-only' },
      speakerPresent,
    ],
  },
  { state: 'proceedings', event: 'TASK_ADDED', source: 'R-TASK-1' },
  {
    state: 'proceedings',
    event: 'ITEM_PRESENTED',
    source: 'R-DOC-6b',
    checks: [speakerPresent],
  },
  { state: 'proceedings', event: 'ITEM_CONCLUDED', source: 'R-DOC-6b' },
  {
    state: 'proceedings',
    event: 'OPINION',
    source: '§4.3.2',
    checks: [speakerPresent],
  },
  {
    state: 'proceedings',
    event: 'CONCLUDE',
    source: '§4.3.2, §4.4',
    checks: [
      {
        guard: 'arePreviousTasksReviewed',
        onlyIf: 'isRegularMeeting',
        code: 'tasks-not-reviewed',
      },
      {
        guard: 'isThemePresented',
        onlyIf: 'isThematicMeeting',
        code: 'theme-not-presented',
      },
    ],
    target: 'decision',
  },
  // Decision (§4.3.3)
  {
    state: 'decision',
    event: 'OPINION',
    source: '§4.3.2',
    checks: [speakerPresent],
  },
  {
    state: 'decision',
    event: 'VOTE',
    source: 'R-VOTE-1..4',
    checks: [
      { guard: 'isVoteModeAllowed', code: 'secret-ballot-required' },
      secretBallotAllowed,
      votersEligible,
    ],
  },
  {
    state: 'decision',
    event: 'START_RATING',
    source: '§4.3.3',
    checks: [
      {
        guard: 'hasResolutionVote',
        onlyIf: 'isRegularMeeting',
        code: 'resolution-vote-missing',
      },
    ],
    target: 'rating',
  },
  // Rating (R-RATE-3)
  { state: 'rating', event: 'RATING_PROPOSED', source: 'R-RATE-3' },
  {
    state: 'rating',
    event: 'RATING_APPROVED',
    source: 'R-RATE-3',
    checks: [
      { guard: 'isRatingProposed', code: 'rating-not-proposed' },
      { guard: 'isRatingApprovable', code: 'rating-approval-mismatch' },
      secretBallotAllowed,
      votersEligible,
      { guard: 'isRatingApprovalPassed', code: 'rating-approval-failed' },
    ],
  },
  {
    state: 'rating',
    event: 'RATING_CONFIRMED',
    source: 'R-RATE-3',
    checks: [
      ratingApproved,
      { guard: 'isSupervisorGuest', code: 'not-a-supervisor' },
    ],
  },
  {
    state: 'rating',
    event: 'MINUTES_READ',
    source: '§4.3.5',
    checks: [ratingApproved],
    target: 'closing',
  },
  // Closing (§4.3.5) and after
  { state: 'closing', event: 'MINUTES_APPROVED', source: '§4.3.5' },
  {
    state: 'closing',
    event: 'CLOSE',
    source: '§4.3.5',
    checks: [{ guard: 'areMinutesApproved', code: 'minutes-not-approved' }],
    target: 'closed',
    notify: 'closed',
  },
  {
    state: 'closed',
    event: 'PUBLISH',
    source: '§4.3.6',
    target: 'published',
    notify: 'published',
  },
  // From any open state (§4.3)
  {
    state: 'open',
    event: 'POSTPONE',
    source: '§4.3',
    target: 'postponed',
    notify: 'postponed',
  },
  {
    state: 'open',
    event: 'CANCEL',
    source: '§4.3',
    target: 'cancelled',
    notify: 'cancelled',
  },
];
