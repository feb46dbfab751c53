/**
 * `@chibo/core/year`: the year around the meetings (DOMAIN.md §6b). The
 * annual review and rating of members and organisations under 366-QĐ/TW and
 * 124-QĐ/TW (R-YEAR-1), roll-ups over the organisation tree with shares that
 * add up to 100,00% (R-YEAR-2), and the dues book (R-DUES-1, R-DUES-2) with
 * what it feeds into R-ATT-3, and the cell's year in figures (R-YEAR-3).
 * See docs/year.md.
 *
 * @module @chibo/core/year
 */

export type { AnnualCutoffs } from './annualLevel';
export {
  ANNUAL_CUTOFFS_366,
  AnnualLevel,
  annualLevelLabels,
  getAnnualLevel,
} from './annualLevel';
export type {
  AnnualCriterionResult,
  AnnualGateResult,
  AnnualReview,
} from './annualReview';
export {
  AnnualDiscipline,
  AnnualFacts,
  AnnualReviewEntry,
  YearFact,
} from './annualReview';
export {
  AnnualCriterion,
  AnnualFactKey,
  AnnualGate,
  AnnualInputCriterion,
  AnnualRecordCriterion,
  AnnualSheet,
  AnnualSubject,
  createAnnualSheet,
  traVinhCellGate,
} from './annualSheet';
export type {
  CellYearAttendance,
  CellYearAttendanceLine,
  CellYearCell,
  CellYearDues,
  CellYearLevels,
  CellYearMemberLevel,
  CellYearOpinions,
  CellYearRatings,
  CellYearRegularMeetings,
  CellYearRemoval,
  CellYearRemovalFlag,
  CellYearSource,
  CellYearSummary,
  CellYearTask,
  CellYearTasks,
  CellYearThematicMeetings,
} from './cellYearTypes';
export type {
  AnnualRollUp,
  AnnualTally,
  RatedDistribution,
  RollUpNode,
} from './createAnnualTally';
export { createAnnualTally } from './createAnnualTally';
export {
  CellYearSummaryArgument,
  DuesBookArgument,
} from './documentArguments';
export type {
  DuesBook,
  DuesBookMember,
  DuesMonth,
  DuesMonthTotal,
  GetDuesBookOptions,
} from './duesBook';
export {
  DuesBookInput,
  DuesExcuse,
  DuesMethod,
  DuesMonthStatus,
  DuesReceipt,
  getDuesBook,
} from './duesBook';
export type { DuesBookToCsvOptions } from './duesBookToCsv';
export { duesBookToCsv } from './duesBookToCsv';
export type {
  ComputeMonthlyDuesOptions,
  CreateDuesRateTableOptions,
  MonthlyDues,
} from './duesRates';
export {
  computeMonthlyDues,
  createDuesRateTable,
  DEFAULT_DUES_RATES,
  DuesBasis,
  DuesRate,
  DuesRateEntry,
  DuesRateTable,
  DuesRounding,
  Month,
} from './duesRates';
export type { Distribution, FormatShareOptions } from './formatShare';
export {
  formatDistribution,
  formatShare,
  getDistribution,
} from './formatShare';
export {
  CellMeetingYear,
  MemberAnnualRating,
  OrganisationAnnualRating,
  OrgLevel,
  OrgNode,
  OrgTree,
} from './orgTree';
export type { RateAnnualReviewOptions } from './rateAnnualReview';
export { rateAnnualReview } from './rateAnnualReview';
export type {
  AnnualReviews,
  ExcellentCap,
  ExcellentCapReport,
  RateAnnualReviewsOptions,
} from './rateAnnualReviews';
export { rateAnnualReviews } from './rateAnnualReviews';
export type {
  RemovalTimeline,
  RemovalTimelineOptions,
} from './removalTimeline';
export { getRemovalTimeline, toDuesPayments } from './removalTimeline';
export type {
  AnnualRollUpSources,
  RatingStream,
} from './rollUpAnnualRatings';
export { rollUpAnnualRatings } from './rollUpAnnualRatings';
export type {
  CellYearRecord,
  CellYearReview,
  SummariseCellYearOptions,
} from './summariseCellYear';
export { summariseCellYear } from './summariseCellYear';
export type { MemberYearFactsOptions } from './yearFacts';
export { getCellYearFacts, getMemberYearFacts } from './yearFacts';
