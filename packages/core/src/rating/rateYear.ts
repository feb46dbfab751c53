import { checkArgument } from '../entities/checkArgument';
import type { DisciplineForm, RatingLevel } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import type { LocalizedText } from '../i18n/labels';
import type { RuleId } from '../rules/findings';
import { getVietNamCivilTime } from '../time';
import {
  RateYearOptionsArgument,
  YearMeetingsArgument,
} from './ratingArguments';

/** A disciplinary decision about a member of the cell (R-RATE-5). */
export interface DisciplineRecord {
  memberId: string;
  form: DisciplineForm;
  /** The civil date of the decision, `YYYY-MM-DD` (Viet Nam). */
  decidedOn: string;
}

/** The options of `rateYear`. */
export interface RateYearOptions {
  /** The calendar year (Viet Nam time). */
  year: number;
  /** The cell, copied to the result. */
  cellId?: string | undefined;
  /** R-RATE-4: the fewest meetings rated good for a good year. @defaultValue 7 */
  minGood?: number | undefined;
  /**
   * Which level of a meeting counts: the members' approved level (R-RATE-3),
   * or the approved level falling back to the chi ủy's proposal.
   * @defaultValue 'approved'
   */
  levelOf?: 'approved' | 'approved-or-proposed' | undefined;
  /** Count thematic meetings too. @defaultValue false: regular meetings only, as R-RATE-4 says */
  includeThematic?: boolean | undefined;
  /**
   * [open] The year's level when it is neither good nor fair: the rest of
   * the Phú Thọ text is not available.
   * @defaultValue 'average'
   */
  otherwise?: RatingLevel | undefined;
  /**
   * R-RATE-5 (Trà Vinh, optional): give the cell's disciplinary decisions to
   * turn the rule on: any at reprimand or above in the year makes it poor.
   * @defaultValue undefined: the rule is off
   */
  disciplines?: readonly DisciplineRecord[] | undefined;
}

/** A cell's year (R-RATE-4, R-RATE-5). */
export interface YearRating {
  rules: RuleId[];
  cellId?: string | undefined;
  year: number;
  /** `null` while a counted meeting has no level. */
  level: RatingLevel | null;
  /** Counted meetings by level. */
  counts: Record<RatingLevel, number>;
  /** The counted meetings' ids. */
  meetingIds: string[];
  /** Counted meetings with no (approved) level. */
  unrated: string[];
  /** Months (`YYYY-MM`) of the year with no regular meeting (R-FREQ-1). */
  monthsWithoutMeeting: string[];
  /** Why this level, in both languages. */
  reasons: LocalizedText[];
}

const emptyCounts = (): Record<RatingLevel, number> => ({
  good: 0,
  fair: 0,
  average: 0,
  poor: 0,
});

/**
 * Rate a cell's year of meetings (R-RATE-4, Phú Thọ): good when every
 * regular meeting is rated fair or better and at least 7 are good; fair when
 * every one is rated average or better; otherwise `options.otherwise`
 * ([open], average by default). With `disciplines` (R-RATE-5, Trà Vinh), a
 * member disciplined at reprimand or above in the year makes the year poor.
 * A counted meeting with no level leaves the year unrated (`null`).
 *
 * @param meetings - the cell's meetings with their ratings (any years).
 * @param options - the year, the thresholds, the optional R-RATE-5 rule.
 * @returns the year's rating with its counts and reasons.
 * @throws ChiboError (`invalid-argument`) for meetings or options that are
 *   not valid (a year that is not a whole number, a level that is not one…).
 * @example
 * ```ts
 * rateYear(meetings2027, { year: 2027 }).level; // 'good' with 12 fair-or-better, 7+ good
 * ```
 */
export function rateYear(
  meetings: ReadonlyArray<
    Pick<Meeting, 'id' | 'kind' | 'scheduledAt' | 'rating'>
  >,
  options: RateYearOptions,
): YearRating {
  checkArgument('meetings', YearMeetingsArgument, meetings);
  checkArgument('options', RateYearOptionsArgument, options);
  const { year } = options;
  const minGood = options.minGood ?? 7;
  const counts = emptyCounts();
  const meetingIds: string[] = [];
  const unrated: string[] = [];
  const months = new Set<number>();
  for (const meeting of meetings) {
    const t = getVietNamCivilTime(meeting.scheduledAt);
    if (t.year !== year) continue;
    if (meeting.kind === 'regular') months.add(t.month);
    if (meeting.kind !== 'regular' && !options.includeThematic) continue;
    meetingIds.push(meeting.id);
    const level =
      meeting.rating?.approvedLevel ??
      (options.levelOf === 'approved-or-proposed'
        ? meeting.rating?.proposedLevel
        : undefined);
    if (level === undefined) unrated.push(meeting.id);
    else counts[level]++;
  }
  const monthsWithoutMeeting = Array.from({ length: 12 }, (_, i) => i + 1)
    .filter((m) => !months.has(m))
    .map((m) => `${year}-${String(m).padStart(2, '0')}`);
  const rules: RuleId[] = ['R-RATE-4'];
  const reasons: LocalizedText[] = [];
  let level: RatingLevel | null;
  if (unrated.length > 0) {
    level = null;
    reasons.push({
      vi: `Còn ${unrated.length} cuộc họp chưa được xếp loại: ${unrated.join(', ')}.`,
      en: `${unrated.length} meeting(s) not rated yet: ${unrated.join(', ')}.`,
    });
  } else if (
    counts.average === 0 &&
    counts.poor === 0 &&
    counts.good >= minGood
  ) {
    level = 'good';
    reasons.push({
      vi: `Mọi cuộc họp đạt Khá trở lên, ${counts.good} cuộc Tốt (≥ ${minGood}).`,
      en: `Every meeting fair or better, ${counts.good} good (≥ ${minGood}).`,
    });
  } else if (counts.poor === 0) {
    level = 'fair';
    reasons.push({
      vi: `Mọi cuộc họp đạt Trung bình trở lên; ${counts.good} cuộc Tốt, ${counts.average} cuộc Trung bình.`,
      en: `Every meeting average or better; ${counts.good} good, ${counts.average} average.`,
    });
  } else {
    level = options.otherwise ?? 'average';
    reasons.push({
      vi: `Có ${counts.poor} cuộc họp xếp loại Kém.`,
      en: `${counts.poor} meeting(s) rated poor.`,
    });
  }
  if (options.disciplines !== undefined) {
    rules.push('R-RATE-5');
    const inYear = options.disciplines.filter((d) =>
      d.decidedOn.startsWith(`${year}-`),
    );
    if (inYear.length > 0 && level !== null) {
      level = 'poor';
      reasons.push({
        vi: `Có đảng viên bị kỷ luật từ khiển trách trở lên trong năm (${inYear.map((d) => d.memberId).join(', ')}).`,
        en: `A member was disciplined at reprimand or above in the year (${inYear.map((d) => d.memberId).join(', ')}).`,
      });
    }
  }
  return {
    rules,
    cellId: options.cellId,
    year,
    level,
    counts,
    meetingIds,
    unrated,
    monthsWithoutMeeting,
    reasons,
  };
}
