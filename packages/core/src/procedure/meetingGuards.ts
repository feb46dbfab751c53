import { getRatingApprovalProblem } from '../rating/ratingSteps';
import { isSupervisorGuest } from '../rules/isSupervisorGuest';
import {
  isSecretBallotAllowed,
  isVoteModeAllowed,
} from '../rules/secretBallot';
import { tallyVote } from '../rules/tallyVote';
import { getEventVerdict } from './eventVerdict';
import type { MeetingContext } from './meetingContext';
import type { MeetingEvent } from './meetingEvents';
import {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
  isPresent,
} from './meetingRules';

// The guards of meetingMachine, each a thin call to a pure check (R-IDs on
// each). Hosts replace any of them with meetingMachine.provide({ guards }).

/**
 * The event as validated, or `undefined` when it is malformed: checked once
 * per transition when it was sent through a chibo actor (see
 * `getEventVerdict`).
 */
export function parsed(context: MeetingContext, event: unknown) {
  const verdict = getEventVerdict(context, event);
  return verdict.ok ? verdict.event : undefined;
}

/** What a guard of `meetingMachine` receives. */
export interface GuardArgs {
  context: MeetingContext;
  event: MeetingEvent;
}

/**
 * The named guards of `meetingMachine`, each a thin call to a pure check of
 * its rule. The table of steps (`PROCEDURE_STEPS`) names them; a host
 * replaces one with `meetingMachine.provide({ guards })` and may call the
 * default from its own.
 *
 * @example
 * ```ts
 * import { meetingGuards, meetingMachine } from '@chibo/core/machine';
 *
 * const machine = meetingMachine.provide({
 *   guards: { isFlagSaluteOn: () => true, isSpeakerPresent: meetingGuards.isSpeakerPresent },
 * });
 * ```
 */
export const meetingGuards = {
  /** The payload is well formed, in time order, and names what exists. */
  isEventValid: ({ context, event }: GuardArgs) =>
    getEventVerdict(context, event).ok,
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
    if (e?.type === 'ITEM_PRESENTED')
      return (
        e.presenterId === undefined || isPresent(context.record, e.presenterId)
      );
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
    return isSecretBallotAllowed(e.vote, context.record.meeting);
  },
  /** R-VOTE-3, R-VOTE-4: discipline and elections by secret ballot. */
  isVoteModeAllowed: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    return e?.type !== 'VOTE' || isVoteModeAllowed(e.vote);
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
  /** R-RATE-3: approved as a level, or as of quality or not (12-HD). */
  isRatingApproved: ({ context }: GuardArgs) =>
    context.record.meeting.rating?.approvedLevel !== undefined ||
    context.record.meeting.rating?.approvedQuality !== undefined,
  /** R-RATE-1, R-RATE-3: the approval fits the proposal (`approveRating`). */
  isRatingApprovable: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    const rating = context.record.meeting.rating;
    return (
      e?.type === 'RATING_APPROVED' &&
      rating !== undefined &&
      getRatingApprovalProblem(rating, e) === undefined
    );
  },
  /** R-RATE-3: the confirming guest is a supervisor. */
  isSupervisorGuest: ({ context, event }: GuardArgs) => {
    const e = parsed(context, event);
    return (
      e?.type === 'RATING_CONFIRMED' &&
      isSupervisorGuest(context.record.meeting.guests, e.guestId)
    );
  },
  /** R-DOC-6: the minutes were approved before the meeting closes. */
  areMinutesApproved: ({ context }: GuardArgs) =>
    context.record.meeting.timeline.minutesApprovedAt !== undefined,
};

/** The name of a guard of `meetingMachine`. */
export type MeetingGuardName = keyof typeof meetingGuards;
