/**
 * `@chibo/core`: the typed entities of a Party cell meeting (zod) and the
 * sourced rules: attendance, the voting base, majorities, composition and
 * sanctions. Every rule cites its R-ID from DOMAIN.md.
 *
 * The meeting machine is in `@chibo/core/machine` and the rating schemes in
 * `@chibo/core/rating`; this entry loads neither (nor xstate).
 *
 * @module @chibo/core
 */

export type { CivilDateParts } from './dayNumber';
export { fromDayNumber, toDayNumber } from './dayNumber';
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
  Resolution,
  ResolutionTask,
  TaskAssignee,
  TaskReview,
} from './entities/resolution';
export { DisciplineBallots, Vote, VoteBase } from './entities/vote';
export type {
  ChiboErrorCode,
  ChiboErrorOptions,
  ChiboIssue,
  SafeParseResult,
} from './errors';
export { ChiboError, parseWith, safeParseWith } from './errors';
export { en as labelsEn } from './i18n/en';
export { getLabel, labels } from './i18n/getLabel';
export type {
  EnumSchemas,
  LabelledEnum,
  LabelledValue,
  LabelTable,
  Locale,
  LocalizedText,
} from './i18n/labels';
export { vi as labelsVi } from './i18n/vi';
export { getJsonSchema, safeParseEntity } from './jsonSchema';
export type { VoteCounts } from './procedure/meetingRules';
export {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
  isPresent,
} from './procedure/meetingRules';
export type {
  AttendanceCondition,
  AttendanceSummary,
  AttendanceSummaryOptions,
  ExcusedAbsence,
  NotExpectedReasonOptions,
} from './rules/attendanceSummary';
export {
  attendanceSummary,
  getNotExpectedReason,
} from './rules/attendanceSummary';
export type {
  DisciplineBallotsInput,
  VoteRegulationOptions,
} from './rules/checkDisciplineBallots';
export { checkDisciplineBallots } from './rules/checkDisciplineBallots';
export type {
  OnlineEligibility,
  OnlineEligibilityOptions,
} from './rules/checkOnlineEligibility';
export { checkOnlineEligibility } from './rules/checkOnlineEligibility';
export type {
  CheckCompositionOptions,
  CompositionVerdict,
} from './rules/composition';
export {
  CELL_COMMITTEE_THRESHOLD,
  checkComposition,
  MAX_CELL_COMMITTEE_SIZE,
  MAX_DEPUTY_SECRETARIES,
  MIN_CELL_COMMITTEE_SIZE,
  MIN_OFFICIAL_MEMBERS,
} from './rules/composition';
export type { AttendedMeeting, ExcusedStreak } from './rules/excusedStreaks';
export { excusedStreaks, meetingsOfYear } from './rules/excusedStreaks';
export type { Finding, RuleId } from './rules/findings';
export { createFinding } from './rules/findings';
export type {
  MeetingDuration,
  MeetingDurationOptions,
} from './rules/meetingDuration';
export { checkMeetingDuration } from './rules/meetingDuration';
export type {
  MemberSanction,
  MemberSanctionsOptions,
} from './rules/memberSanctions';
export { memberSanctions } from './rules/memberSanctions';
export type {
  Regulation,
  RegulationId,
  RegulationLayer,
  RegulationPins,
  RegulationsInForce,
} from './rules/regulations';
export {
  getRegulation,
  getRegulationsInForce,
  REGULATIONS,
} from './rules/regulations';
export type { RuleSet } from './rules/ruleSets';
export {
  getMeetingRuleSet,
  getRuleSet,
  LATEST_RULE_SET_ID,
  resolveRuleSet,
  ruleSets,
} from './rules/ruleSets';
export type {
  DisciplineFormTally,
  MajorityKind,
  TallyBase,
  TallyInput,
  TallyVoteOptions,
  VoteTally,
} from './rules/tallyVote';
export {
  DISCIPLINE_FORMS_HEAVIEST_FIRST,
  getMajorityKind,
  moreThanHalf,
  tallyVote,
  twoThirds,
} from './rules/tallyVote';
export type {
  VotingBase,
  VotingBaseExclusionOptions,
  VotingBaseOptions,
  VotingBaseReading,
} from './rules/votingBase';
export {
  getVotingBaseExclusion,
  recordVotingBase,
  votingBase,
} from './rules/votingBase';
export type { VietNamCivilTime } from './time';
export {
  getVietNamCivilTime,
  minutesBetween,
  toInstant,
  toVietNamDate,
  toVietNamDateTime,
  VIET_NAM_OFFSET_MINUTES,
} from './time';
export { BIDI_CONTROL, LONE_SURROGATE } from './unsafeCharacters';
