import type { MeetingMode, VoteMode, VoteSubject } from '../entities/enums';

/** The rules that require a secret ballot. */
export type SecretBallotRule = 'R-VOTE-3' | 'R-VOTE-4';

/**
 * The rule that requires `subject` to be decided by secret ballot:
 * discipline (R-VOTE-3) and elections (R-VOTE-4); `undefined` for the
 * subjects a show of hands may decide.
 *
 * @param subject - what the vote decides.
 * @returns the rule, or `undefined`.
 * @example
 * ```ts
 * getSecretBallotRule('election'); // 'R-VOTE-4'
 * getSecretBallotRule('resolution'); // undefined
 * ```
 */
export function getSecretBallotRule(
  subject: VoteSubject,
): SecretBallotRule | undefined {
  if (subject === 'discipline') return 'R-VOTE-3';
  if (subject === 'election') return 'R-VOTE-4';
  return undefined;
}

/**
 * Whether a vote was taken the way its subject requires (R-VOTE-3,
 * R-VOTE-4): discipline and elections by secret ballot, anything else
 * either way. `tallyVote` fails a vote that is not, and the meeting machine
 * refuses it (`secret-ballot-required`).
 *
 * @param vote - the vote's subject and mode.
 * @returns false for discipline or an election by show of hands.
 * @example
 * ```ts
 * isVoteModeAllowed({ subject: 'discipline', mode: 'show-of-hands' }); // false
 * isVoteModeAllowed({ subject: 'resolution', mode: 'show-of-hands' }); // true
 * ```
 */
export function isVoteModeAllowed(vote: {
  subject: VoteSubject;
  mode: VoteMode;
}): boolean {
  return (
    vote.mode === 'secret-ballot' ||
    getSecretBallotRule(vote.subject) === undefined
  );
}

/**
 * Whether a meeting may take a vote this way (R-ONLINE-2, [open]): chibo's
 * default forbids a secret ballot unless every member is in the room, so an
 * online or hybrid meeting takes none. The meeting machine refuses such a
 * vote (`secret-ballot-online`); a host whose upper committee allows it
 * replaces the guard `isSecretBallotAllowed` with `meetingMachine.provide`.
 *
 * @param vote - the vote's mode.
 * @param meeting - the meeting's mode.
 * @returns false for a secret ballot in a meeting that is not in person.
 * @example
 * ```ts
 * isSecretBallotAllowed({ mode: 'secret-ballot' }, { mode: 'online' }); // false
 * isSecretBallotAllowed({ mode: 'secret-ballot' }, { mode: 'in-person' }); // true
 * ```
 */
export function isSecretBallotAllowed(
  vote: { mode: VoteMode },
  meeting: { mode: MeetingMode },
): boolean {
  return vote.mode !== 'secret-ballot' || meeting.mode === 'in-person';
}
