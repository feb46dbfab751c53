// @chibo/core — typed entities and sourced rules for Party cell meetings.
// Every rule cites its R-ID from DOMAIN.md.

export type { CivilDateParts } from './dayNumber';
export { fromDayNumber, toDayNumber } from './dayNumber';
export { Attendance } from './entities/attendance';
export { Cell, PartyCommittee } from './entities/cell';
export { DuesPayment } from './entities/dues';
export {
  AttendanceStatus,
  CellKind,
  CellSector,
  CommitteeLevel,
  DisciplineForm,
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
export type { CombinedSession, SessionPart } from './procedure/combinedSession';
export { runCombinedSession } from './procedure/combinedSession';
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
export type { MeetingNotification } from './procedure/meetingMachine';
export {
  MEETING_MACHINE_ID,
  meetingMachine,
} from './procedure/meetingMachine';
export type { VoteCounts } from './procedure/meetingRules';
export {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
  isPresent,
} from './procedure/meetingRules';
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
export type { RejectionCode } from './procedure/rejections';
export type { ReplayMeetingOptions } from './procedure/replayMeeting';
export { replayMeeting } from './procedure/replayMeeting';
export type {
  AttendanceConditionCriterionOptions,
  AttendanceCriterionOptions,
} from './rating/attendanceCriteria';
export {
  attendanceConditionCriterion,
  attendanceCriterion,
} from './rating/attendanceCriteria';
export type {
  ShareBand,
  ShareScale,
} from './rating/bands';
export { formatPercent, scoreShare } from './rating/bands';
export type {
  ChecklistCriterionOptions,
  CriterionBuilderOptions,
  DurationCriterionOptions,
  DurationScale,
  RatingCheck,
  SpeakersCriterionOptions,
  TaskResultsCriterionOptions,
} from './rating/criteria';
export {
  checklistCriterion,
  durationCriterion,
  speakersCriterion,
  taskResultsCriterion,
} from './rating/criteria';
export type { AnPhuSchemeOptions } from './rating/presets/anPhu';
export {
  ANPHU_ATTENDANCE_SCALE,
  ANPHU_RESULTS_SCALE,
  ANPHU_SPEAKERS_SCALE,
  anPhuScheme,
  createAnPhuScheme,
} from './rating/presets/anPhu';
export type { BinhThuanSchemeOptions } from './rating/presets/binhThuan';
export {
  BINH_THUAN_GATING_CRITERIA,
  binhThuanScheme,
  createBinhThuanScheme,
} from './rating/presets/binhThuan';
export type { Hd12SchemeOptions } from './rating/presets/hd12';
export { createHd12Scheme, hd12Scheme } from './rating/presets/hd12';
export type { PhuThoSchemeOptions } from './rating/presets/phuTho';
export { createPhuThoScheme, phuThoScheme } from './rating/presets/phuTho';
export type { PresetOptions } from './rating/presets/shared';
export type {
  CriterionResult,
  GateResult,
  RateMeetingOptions,
  RatingResult,
} from './rating/rateMeeting';
export { rateMeeting, safeRateMeeting } from './rating/rateMeeting';
export type {
  DisciplineRecord,
  RateYearOptions,
  YearRating,
} from './rating/rateYear';
export { rateYear } from './rating/rateYear';
export {
  allChecks,
  materialsPostedOnTime,
  ratingChecks,
  startedOnTime,
} from './rating/ratingChecks';
export type {
  PlannedClosing,
  RatingFacts,
  RatingFactsOptions,
  SpeakerFacts,
} from './rating/ratingFacts';
export { createRatingFacts } from './rating/ratingFacts';
export {
  getRatingInputsSchema,
  parseRatingInputs,
  safeParseRatingInputs,
} from './rating/ratingInputs';
export type {
  CriterionOutcome,
  InputCriterion,
  LevelCutoffs,
  RatingCriterion,
  RatingGate,
  RatingGroup,
  RatingInputs,
  RatingOutcomeKind,
  RatingScheme,
  RecordCriterion,
} from './rating/ratingScheme';
export {
  DEFAULT_LEVEL_CUTOFFS,
  getRatingLevel,
  lowerLevel,
  RATING_LEVELS_BEST_FIRST,
} from './rating/ratingScheme';
export type {
  ApproveRatingOptions,
  ConfirmRatingOptions,
  ProposeRatingOptions,
} from './rating/ratingSteps';
export {
  approveRating,
  confirmRating,
  proposeRating,
} from './rating/ratingSteps';
export type {
  PeriodSummary,
  RatedRecord,
  RatingEntry,
  RatingSummary,
  SummarizableRating,
  SummarizeRatingsOptions,
} from './rating/summarizeRatings';
export { summarizeRatings } from './rating/summarizeRatings';
export type { TaskResults } from './rating/taskResults';
export { getTaskResults } from './rating/taskResults';
export type {
  AttendanceCondition,
  AttendanceSummary,
  AttendanceSummaryOptions,
  ExcusedAbsence,
} from './rules/attendanceSummary';
export {
  attendanceSummary,
  getNotExpectedReason,
} from './rules/attendanceSummary';
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
  TallyInput,
  VoteTally,
} from './rules/tallyVote';
export {
  DISCIPLINE_FORMS_HEAVIEST_FIRST,
  getMajorityKind,
  moreThanHalf,
  tallyVote,
  twoThirds,
} from './rules/tallyVote';
export type { VotingBase, VotingBaseOptions } from './rules/votingBase';
export { getVotingBaseExclusion, votingBase } from './rules/votingBase';
export type { VietNamCivilTime } from './time';
export {
  getVietNamCivilTime,
  minutesBetween,
  toInstant,
  toVietNamDate,
  toVietNamDateTime,
  VIET_NAM_OFFSET_MINUTES,
} from './time';
