/**
 * `@chibo/core/rating`: the quality-rating schemes of a meeting (R-RATE-1,
 * R-RATE-2), the three steps of R-RATE-3, the year's rating (R-RATE-4, R-RATE-5)
 * and summaries across cells.
 *
 * A separate entry so that a system that only keeps records does not carry the
 * schemes; the rating functions take the same `MeetingRecord` as the rest of
 * `@chibo/core`.
 *
 * @module @chibo/core/rating
 */

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
