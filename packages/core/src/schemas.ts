/**
 * `@chibo/core/schemas`: every zod schema of the record (entities, enums and
 * primitives), a `parseX` and `safeParseX` for each entity, the entity
 * registry and the argument checks the rules use. The root entry
 * `@chibo/core` re-exports the main entities and their parsers; this entry has
 * them all, for a host that validates parts of a record or builds its own
 * forms from the schemas.
 *
 * @module @chibo/core/schemas
 */

export { Attendance } from './entities/attendance';
export { Cell, PartyCommittee } from './entities/cell';
export type { ArgumentCheck } from './entities/checkArgument';
export { checkArgument, guardArguments } from './entities/checkArgument';
export { DuesPayment } from './entities/dues';
export {
  AttendanceStatus,
  CellKind,
  CellSector,
  CommitteeLevel,
  DisciplineCompetence,
  DisciplineForm,
  DisciplineOutcome,
  DuesStatus,
  GuestRole,
  LegalProceedings,
  MeetingKind,
  MeetingMode,
  MeetingStatus,
  MemberAttachment,
  MemberRole,
  MemberStanding,
  NotExpectedReason,
  RatingLevel,
  RuleSetId,
  SanctionStatus,
  Severity,
  TaskStatus,
  VoteChoice,
  VoteMode,
  VoteSubject,
  VotingBaseExclusion,
} from './entities/enums';
export {
  AgendaItem,
  Guest,
  Meeting,
  MeetingTimeline,
  ReasonedEvent,
} from './entities/meeting';
export { MeetingRecord } from './entities/meetingRecord';
export { Member } from './entities/member';
export { Meta } from './entities/meta';
export { Opinion } from './entities/opinion';
export {
  parseAttendance,
  parseCell,
  parseDuesPayment,
  parseMeeting,
  parseMeetingRecord,
  parseMember,
  parseMembers,
  parseOpinion,
  parseRating,
  parseResolution,
  parseResolutionTask,
  parseVote,
  safeParseAttendance,
  safeParseCell,
  safeParseDuesPayment,
  safeParseMeeting,
  safeParseMeetingRecord,
  safeParseMember,
  safeParseMembers,
  safeParseOpinion,
  safeParseRating,
  safeParseResolution,
  safeParseResolutionTask,
  safeParseVote,
} from './entities/parse';
export {
  CivilDate,
  Count,
  DateTime,
  Id,
  Progress,
  Text,
} from './entities/primitives';
export {
  CriterionScore,
  Rating,
  RatingConfirmation,
  RatingGateOutcome,
} from './entities/rating';
export type { EntityName } from './entities/registry';
export { entityLabels, entitySchemas } from './entities/registry';
export {
  Recipient,
  Resolution,
  ResolutionTask,
  TaskAssignee,
  TaskReview,
} from './entities/resolution';
export { DisciplineBallots, Vote, VotingBase } from './entities/vote';
export { getJsonSchema, safeParseEntity } from './jsonSchema';
export { BIDI_CONTROL, LONE_SURROGATE } from './unsafeCharacters';
