import type { MeetingStatus, RatingLevel } from '../entities/enums';
import type { LocalizedText } from '../i18n/labels';
import type { AnnualLevel } from './annualLevel';
import type { DuesMonthTotal } from './duesBook';
import type { Distribution } from './formatShare';

// The shape of `summariseCellYear`'s result (R-YEAR-3): every figure says
// where it comes from (`source`, in words) and which records it counted
// (`refs`: meeting ids, task ids or months `YYYY-MM`).

/** Where a figure of the cell's year comes from. */
export interface CellYearSource {
  /** In words, in Vietnamese and English. */
  source: LocalizedText;
  /** The records counted: meeting ids, task ids or months (`YYYY-MM`). */
  refs: string[];
}

/** The cell a year's summary is about, as its records name it. */
export interface CellYearCell {
  id: string;
  name: string;
  /** The upper committee (the cell's `parent`). */
  parentName: string;
  placeName?: string | undefined;
  /** The bí thư on the latest record, for the report's signature. */
  secretaryName?: string | undefined;
}

/** The regular meetings of the year (R-FREQ-1): held, of 12. */
export interface CellYearRegularMeetings extends CellYearSource {
  /** Months with a regular meeting held (closed). */
  held: number;
  of: 12;
  /** Each month with the regular meetings held in it. */
  months: Array<{ month: string; meetingIds: string[] }>;
  /** Months with none (`YYYY-MM`). */
  monthsWithout: string[];
  /** Meetings of the year recorded but not held (postponed, cancelled, planned…). */
  notHeld: Array<{ meetingId: string; month: string; status: MeetingStatus }>;
}

/** The thematic meetings of the year, per quarter (R-FREQ-2: at least one). */
export interface CellYearThematicMeetings extends CellYearSource {
  held: number;
  quarters: Array<{
    quarter: 1 | 2 | 3 | 4;
    meetingIds: string[];
    themes: string[];
    /** At least one thematic meeting held in the quarter (R-FREQ-2). */
    met: boolean;
  }>;
  quartersWithout: number[];
}

/** The attendance at one regular meeting (R-ATT-1). */
export interface CellYearAttendanceLine {
  meetingId: string;
  month: string;
  /** The civil date of the meeting, `YYYY-MM-DD`. */
  date: string;
  present: number;
  expected: number;
}

/** The attendance of the year over the regular meetings held (R-ATT-1). */
export interface CellYearAttendance extends CellYearSource {
  /** Members present, summed over the meetings. */
  present: number;
  /** Members expected, summed over the meetings. */
  expected: number;
  /** `present / expected`; `null` when no meeting was held. */
  rate: number | null;
  meetings: CellYearAttendanceLine[];
  /** The 12 months; `null` figures for a month without a regular meeting. */
  months: Array<{
    month: string;
    present: number | null;
    expected: number | null;
  }>;
}

/** The opinions given at the regular meetings held. */
export interface CellYearOpinions extends CellYearSource {
  total: number;
  meetings: number;
  /** `total / meetings`; `null` when no meeting was held. */
  perMeeting: number | null;
  byMeeting: Array<{ meetingId: string; month: string; count: number }>;
}

/** The meeting ratings of the year (R-RATE-4, from `rateYear`). */
export interface CellYearRatings extends CellYearSource {
  counts: Record<RatingLevel, number>;
  /** The regular meetings rated at each level. */
  meetingIds: Record<RatingLevel, string[]>;
  unrated: string[];
  /** The year's level (R-RATE-4); `null` while a meeting is unrated. */
  level: RatingLevel | null;
  reasons: LocalizedText[];
}

/** A task of the year with where it stands (R-TASK-1). */
export interface CellYearTask {
  taskId: string;
  description: string;
  /** The meeting whose resolution assigned it. */
  meetingId: string;
  month: string;
  /** The latest review's status; `open` while no review is recorded. */
  status: 'open' | 'done' | 'partly-done' | 'not-done';
  /** The meeting that reviewed it. */
  reviewedAt?: string | undefined;
  /** The task that carries it over, when one does. */
  carriedOverTo?: string | undefined;
  reason?: string | undefined;
}

/** The tasks of the year's resolutions (R-TASK-1). */
export interface CellYearTasks extends CellYearSource {
  assigned: number;
  done: number;
  /** Reviewed as not done or partly done: they carry over until closed. */
  carriedOver: number;
  /** Not reviewed yet (the next regular meeting reviews them). */
  open: number;
  tasks: CellYearTask[];
}

/** A member warned or flagged under R-ATT-3 during the year. */
export interface CellYearRemovalFlag {
  memberId: string;
  name: string;
  /** The month at the end of which the member was warned (2 months). */
  warnedAt: string | null;
  /** The month at the end of which the member was flagged (3 months). */
  flaggedAt: string | null;
  unexcusedAbsence: string[];
  unpaidDues: string[];
}

/** Removal flags of the year (R-ATT-3): proposals, never decisions. */
export interface CellYearRemoval extends CellYearSource {
  flagged: CellYearRemovalFlag[];
  /** Warned, not flagged. */
  warned: CellYearRemovalFlag[];
}

/** One member's annual level (R-YEAR-1). */
export interface CellYearMemberLevel {
  memberId: string;
  name: string;
  total: number | null;
  level: AnnualLevel | null;
}

/** The members' annual levels and the cell's own (R-YEAR-1). */
export interface CellYearLevels extends CellYearSource {
  /** The rated members by level, with shares adding up to 100,00%. */
  distribution: Distribution<AnnualLevel>;
  members: CellYearMemberLevel[];
  /** Members of the cell with no level (an exempt member is not rated). */
  notRated: Array<{ memberId: string; name: string; exempt: boolean }>;
  /** The cell's own review, when given. */
  cell: { total: number | null; level: AnnualLevel | null } | null;
}

/** The dues of the year (R-DUES-1, R-DUES-2), from the dues book. */
export interface CellYearDues extends CellYearSource {
  /** The day the book was read on. */
  asOf: string;
  /** The texts the rates come from (R-SET-1). */
  texts: string[];
  due: number;
  paid: number;
  collected: number;
  months: DuesMonthTotal[];
  /** Members with months unpaid without a valid reason. */
  unpaid: Array<{ memberId: string; name: string; months: string[] }>;
}

/** A cell's year in figures (R-YEAR-3): the body of its yearly report. */
export interface CellYearSummary {
  rules: string[];
  year: number;
  cell: CellYearCell;
  regularMeetings: CellYearRegularMeetings;
  thematicMeetings: CellYearThematicMeetings;
  attendance: CellYearAttendance;
  opinions: CellYearOpinions;
  ratings: CellYearRatings;
  tasks: CellYearTasks;
  removal: CellYearRemoval;
  /** `null` without `memberReviews`. */
  levels: CellYearLevels | null;
  /** `null` without `dues`. */
  dues: CellYearDues | null;
}
