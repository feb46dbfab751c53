/**
 * `@chibo/core/machine`: the meeting procedure as an XState v5 machine
 * (DOMAIN.md §4.3, §4.4) and its actor helpers. Keeping a meeting in a
 * database (persist, restore with its checks, replay) and combined sessions
 * (R-FREQ-3) are in `@chibo/core/persist`, so a page that only runs a meeting
 * live does not carry them.
 *
 * A separate entry because it is the only part of `@chibo/core` that loads
 * `xstate`: a system that only validates records and applies the rules
 * imports `@chibo/core` and never pays for the machine.
 *
 * @module @chibo/core/machine
 */

export type { EventProblemCode } from './procedure/checkMeetingEvent';
export type { CreateMeetingActorOptions } from './procedure/createMeetingActor';
export { createMeetingActor } from './procedure/createMeetingActor';
export { createQuorumGuard } from './procedure/createQuorumGuard';
export { getMeetingRecord } from './procedure/getMeetingRecord';
export type {
  LoggedEvent,
  MeetingContext,
  MeetingInput,
  RejectedEvent,
} from './procedure/meetingContext';
export type {
  MeetingEvent,
  MeetingEventType,
  ParsedMeetingEvent,
} from './procedure/meetingEvents';
export {
  isMeetingEventType,
  MEETING_EVENT_TYPES,
  meetingEventSchemas,
} from './procedure/meetingEvents';
export type {
  GuardArgs as MeetingGuardArgs,
  MeetingGuardName,
} from './procedure/meetingGuards';
export { meetingGuards } from './procedure/meetingGuards';
export type {
  ProcedureStateConfig,
  ProcedureTransition,
} from './procedure/meetingMachine';
export {
  MEETING_MACHINE_ID,
  meetingMachine,
} from './procedure/meetingMachine';
export type {
  FinalState,
  MeetingNotification,
  ProcedureCheck,
  ProcedureState,
  ProcedureStep,
} from './procedure/procedureSteps';
export {
  PROCEDURE_STATES,
  PROCEDURE_STEPS,
} from './procedure/procedureSteps';
export type {
  GuardRejectionCode,
  RejectionCode,
} from './procedure/rejections';
export type { MalformedEventCode } from './procedure/screenMeetingEvent';
export { MEETING_EVENT_LIMITS } from './procedure/screenMeetingEvent';
export {
  getRejectionError,
  safeSendMeetingEvent,
  sendMeetingEvent,
} from './procedure/sendMeetingEvent';
