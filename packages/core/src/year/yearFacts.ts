import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { Meeting } from '../entities/meeting';
import { Member } from '../entities/member';
import { rateYear } from '../rating/rateYear';
import { getNotExpectedReason } from '../rules/attendanceSummary';
import { meetingsOfYear } from '../rules/excusedStreaks';
import { MeetingsArgument } from '../rules/ruleArguments';
import type { AnnualFacts } from './annualReview';
import type { DuesBook } from './duesBook';
import { DuesBookLinesArgument, YearArgument } from './yearArguments';

/** The options of `getMemberYearFacts`. */
export interface MemberYearFactsOptions {
  year: number;
  /** The cell's dues book of the year, for the `dues-paid` figure. */
  duesBook?: Pick<DuesBook, 'members'> | undefined;
}

/**
 * A member's figures of the year from the records (R-YEAR-1), each with the
 * records it counted: `meetings-attended` (meetings with a roll-call line for
 * the member, of which present; none for a member not expected, R-ATT-1) and,
 * with the dues book, `dues-paid` (months paid or excused, of the months due
 * so far, R-DUES-2).
 *
 * @param meetings - the cell's meetings (any years).
 * @param member - the member.
 * @param options - the year and the dues book.
 * @returns the figures, for `rateAnnualReview`'s `entry.facts`.
 * @throws ChiboError (`invalid-argument`) for arguments that are not valid.
 * @example
 * ```ts
 * getMemberYearFacts(meetings, quang, { year: 2027, duesBook: book })['dues-paid'];
 * // { part: 9, whole: 12, refs: ['2027-02', '2027-03', '2027-05'], … }
 * ```
 */
export function getMemberYearFacts(
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'scheduledAt' | 'attendance'>>,
  member: Member,
  options: MemberYearFactsOptions,
): AnnualFacts {
  checkArgument('meetings', MeetingsArgument, meetings);
  const parsed = checkArgument('member', Member, member);
  const { year, duesBook } = checkArgument(
    'options',
    z.looseObject({
      year: YearArgument,
      duesBook: DuesBookLinesArgument.optional(),
    }),
    options,
  );
  const facts: AnnualFacts = {};
  if (getNotExpectedReason(parsed) === undefined) {
    const counted: string[] = [];
    const missed: string[] = [];
    for (const meeting of meetingsOfYear(meetings, year)) {
      const line = meeting.attendance.find((a) => a.memberId === parsed.id);
      if (line === undefined) continue;
      counted.push(meeting.id);
      if (line.status !== 'present') missed.push(meeting.id);
    }
    const present = counted.length - missed.length;
    facts['meetings-attended'] = {
      part: present,
      whole: counted.length,
      source: {
        vi: `Dự ${present}/${counted.length} cuộc sinh hoạt năm ${year}${missed.length ? ` (vắng: ${missed.join(', ')})` : ''}`,
        en: `Attended ${present} of ${counted.length} meetings in ${year}${missed.length ? ` (absent: ${missed.join(', ')})` : ''}`,
      },
      refs: counted,
    };
  }
  const line = duesBook?.members.find((m) => m.memberId === parsed.id);
  if (line !== undefined) {
    const due = line.months.filter((m) =>
      ['paid', 'partly-paid', 'unpaid', 'excused'].includes(m.status),
    );
    const unpaid = due
      .filter((m) => m.status === 'unpaid' || m.status === 'partly-paid')
      .map((m) => m.month);
    facts['dues-paid'] = {
      part: due.length - unpaid.length,
      whole: due.length,
      source: {
        vi: `Đóng đảng phí ${due.length - unpaid.length}/${due.length} tháng${unpaid.length ? ` (chưa nộp: ${unpaid.join(', ')})` : ''}`,
        en: `Dues paid for ${due.length - unpaid.length} of ${due.length} months${unpaid.length ? ` (unpaid: ${unpaid.join(', ')})` : ''}`,
      },
      refs: unpaid,
    };
  }
  return facts;
}

/**
 * A cell's figures of the year from its meeting ratings (R-YEAR-1, R-RATE-4):
 * `meetings-rated-good` and `meetings-rated-fair-or-better`, of the regular
 * meetings rated (the members' approved level), each naming the meetings.
 *
 * @param meetings - the cell's meetings with their ratings (any years).
 * @param options - the year.
 * @returns the figures, for `rateAnnualReview`'s `entry.facts`.
 * @throws ChiboError (`invalid-argument`) for arguments that are not valid.
 * @example
 * ```ts
 * getCellYearFacts(meetings2027, { year: 2027 })['meetings-rated-good']; // { part: 8, whole: 12, … }
 * ```
 */
export function getCellYearFacts(
  meetings: ReadonlyArray<
    Pick<Meeting, 'id' | 'kind' | 'scheduledAt' | 'rating'>
  >,
  options: { year: number },
): AnnualFacts {
  const { year } = checkArgument(
    'options',
    z.looseObject({ year: YearArgument }),
    options,
  );
  const rated = rateYear(meetings, { year });
  const { good, fair, average, poor } = rated.counts;
  const whole = good + fair + average + poor;
  const ids = rated.meetingIds.filter((id) => !rated.unrated.includes(id));
  return {
    'meetings-rated-good': {
      part: good,
      whole,
      source: {
        vi: `${good}/${whole} cuộc sinh hoạt thường kỳ năm ${year} xếp loại Tốt`,
        en: `${good} of ${whole} regular meetings in ${year} rated good`,
      },
      refs: ids,
    },
    'meetings-rated-fair-or-better': {
      part: good + fair,
      whole,
      source: {
        vi: `${good + fair}/${whole} cuộc sinh hoạt thường kỳ năm ${year} xếp loại Khá trở lên`,
        en: `${good + fair} of ${whole} regular meetings in ${year} rated fair or better`,
      },
      refs: ids,
    },
  };
}
