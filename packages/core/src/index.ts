/**
 * `@chibo/core`: the typed entities of a Party cell meeting (zod) and the
 * sourced rules: attendance, the voting base, majorities, composition and
 * sanctions. Every rule cites its R-ID from DOMAIN.md.
 *
 * The other entries, by topic (this one loads none of them, nor xstate):
 * - `@chibo/core/schemas`: every zod schema, enum and primitive, and a
 *   parser for each entity (this entry has the main ones);
 * - `@chibo/core/machine`: the meeting machine (XState v5);
 * - `@chibo/core/persist`: snapshots, restore and replay of a meeting;
 * - `@chibo/core/rating`: the meeting-rating schemes (R-RATE-*);
 * - `@chibo/core/year`: the year around the meetings (R-YEAR-*, R-DUES-*);
 * - `@chibo/core/i18n`: the label tables;
 * - `@chibo/core/time`: civil dates and times in Viet Nam.
 *
 * @module @chibo/core
 */

export { Attendance } from './entities/attendance';
export { Cell } from './entities/cell';
export { DuesPayment } from './entities/dues';
export { Meeting } from './entities/meeting';
export { MeetingRecord } from './entities/meetingRecord';
export { Member } from './entities/member';
export { Opinion } from './entities/opinion';
export {
  parseCell,
  parseMeeting,
  parseMeetingRecord,
  parseMember,
  parseMembers,
  safeParseCell,
  safeParseMeeting,
  safeParseMeetingRecord,
  safeParseMember,
  safeParseMembers,
} from './entities/parse';
export { Rating } from './entities/rating';
export type { EntityName } from './entities/registry';
export { Resolution, ResolutionTask } from './entities/resolution';
export { Vote, VotingBase } from './entities/vote';
export type {
  ChiboErrorCode,
  ChiboErrorOptions,
  ChiboIssue,
  SafeParseResult,
} from './errors';
export { ChiboError, parseWith, safeParseWith } from './errors';
export { getLabel } from './i18n/getLabel';
export type { Locale, LocalizedText } from './i18n/labels';
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
  VotingBaseExclusionOptions,
  VotingBaseOptions,
  VotingBaseReading,
} from './rules/votingBase';
export {
  getVotingBaseExclusion,
  recordVotingBase,
  votingBase,
} from './rules/votingBase';
