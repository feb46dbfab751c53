/**
 * `@chibo/core/persist`: keeping a meeting in a database. `persistMeeting`
 * turns an actor into plain JSON; `restoreMeeting` checks a stored snapshot
 * against its own event log before it continues it (issue 13: a snapshot
 * cannot lie); `replayMeeting` rebuilds a meeting from its input and log; and
 * `runCombinedSession` runs a regular and a thematic meeting in one session
 * (R-FREQ-3).
 *
 * A separate entry from `@chibo/core/machine`, so that a page that only runs
 * a meeting live does not carry the checks a store needs.
 *
 * @module @chibo/core/persist
 */

export type { CombinedSession, SessionPart } from './procedure/combinedSession';
export { runCombinedSession } from './procedure/combinedSession';
export type {
  PersistedMeeting,
  RestoreMeetingOptions,
} from './procedure/persistMeeting';
export {
  MEETING_SNAPSHOT_VERSION,
  MEETING_STATES,
  persistMeeting,
  restoreMeeting,
} from './procedure/persistMeeting';
export type { ReplayMeetingOptions } from './procedure/replayMeeting';
export { replayMeeting } from './procedure/replayMeeting';
