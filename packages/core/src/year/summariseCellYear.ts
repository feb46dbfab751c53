import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { MeetingRecord } from '../entities/meetingRecord';
import type { Member } from '../entities/member';
import { CivilDate, Id } from '../entities/primitives';
import { ChiboError, type ChiboIssue } from '../errors';
import { rateYear } from '../rating/rateYear';
import { attendanceSummary } from '../rules/attendanceSummary';
import { getVietNamCivilTime } from '../time';
import { AnnualLevel } from './annualLevel';
import {
  getCellYearDues,
  getCellYearLevels,
  getCellYearRemoval,
  getCellYearTasks,
  type YearMeeting,
} from './cellYearParts';
import {
  CellYearRecordArgument,
  type ParsedCellYearRecord,
} from './cellYearRecord';
import type {
  CellYearAttendance,
  CellYearOpinions,
  CellYearRatings,
  CellYearRegularMeetings,
  CellYearSummary,
  CellYearThematicMeetings,
} from './cellYearTypes';
import { DuesBookInput } from './duesBook';
import { DuesRateTable } from './duesRates';
import { formatShare } from './formatShare';
import { YearArgument } from './yearArguments';

/** A meeting record as `summariseCellYear` takes it: `MeetingRecord`'s input. */
export type CellYearRecord = z.input<typeof MeetingRecord>;

/** What `summariseCellYear` reads of an annual review (`rateAnnualReview`'s result). */
export interface CellYearReview {
  subjectId: string;
  name?: string | undefined;
  subject: 'member' | 'organisation';
  year: number;
  total: number | null;
  level: AnnualLevel | null;
}

/** The options of `summariseCellYear`. */
export interface SummariseCellYearOptions {
  /** The calendar year (Viet Nam time). */
  year: number;
  /** The members' annual reviews of the year (`rateAnnualReviews(…).reviews`, R-YEAR-1). */
  memberReviews?: readonly CellYearReview[] | undefined;
  /** The cell's own annual review of the year (`rateAnnualReview`). */
  cellReview?: CellYearReview | undefined;
  /** The dues book's input (R-DUES-2): dues collected and unpaid months. */
  dues?: DuesBookInput | undefined;
  /** @defaultValue `DEFAULT_DUES_RATES` */
  rates?: DuesRateTable | undefined;
  /**
   * The day the summary is made: the dues book is read on it (R-DUES-2).
   * @defaultValue the last day of `year`
   */
  asOf?: string | undefined;
}

const Review = z.looseObject({
  subjectId: Id,
  name: z.string().optional(),
  subject: z.enum(['member', 'organisation']),
  year: YearArgument,
  total: z.number().finite().nullable(),
  level: AnnualLevel.nullable(),
});
const OptionsArgument = z.looseObject({
  year: YearArgument,
  memberReviews: z.array(Review).optional(),
  cellReview: Review.optional(),
  dues: DuesBookInput.optional(),
  rates: DuesRateTable.optional(),
  asOf: CivilDate.optional(),
});

const monthOf = (iso: string) => {
  const t = getVietNamCivilTime(iso);
  return `${t.year}-${String(t.month).padStart(2, '0')}`;
};
const monthsOf = (year: number) =>
  Array.from(
    { length: 12 },
    (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
  );

/** Records of several cells, a meeting twice, a review of another year: refused. */
function checkConsistency(
  records: ParsedCellYearRecord[],
  options: z.output<typeof OptionsArgument>,
): void {
  const issues: ChiboIssue[] = [];
  const cellId = records[0]?.cell.id;
  const seen = new Set<string>();
  records.forEach((record, i) => {
    if (record.cell.id !== cellId) {
      issues.push({
        path: ['records', i, 'cell', 'id'],
        code: 'custom',
        message: {
          vi: `Hồ sơ thuộc chi bộ "${record.cell.id}", không phải "${cellId}": mỗi lần tổng hợp chỉ một chi bộ.`,
          en: `The record is of cell "${record.cell.id}", not "${cellId}": one cell at a time.`,
        },
        rule: 'R-YEAR-3',
      });
    }
    if (seen.has(record.meeting.id)) {
      issues.push({
        path: ['records', i, 'meeting', 'id'],
        code: 'custom',
        message: {
          vi: `Cuộc họp "${record.meeting.id}" được đưa vào hai lần.`,
          en: `Meeting "${record.meeting.id}" is given twice.`,
        },
        rule: 'R-YEAR-3',
      });
    }
    seen.add(record.meeting.id);
  });
  const reviews = [
    ...(options.memberReviews ?? []).map(
      (r, i) => [r, ['options', 'memberReviews', i], 'member'] as const,
    ),
    ...(options.cellReview
      ? [
          [
            options.cellReview,
            ['options', 'cellReview'],
            'organisation',
          ] as const,
        ]
      : []),
  ];
  for (const [review, path, subject] of reviews) {
    if (review.year !== options.year) {
      issues.push({
        path: [...path, 'year'],
        code: 'custom',
        message: {
          vi: `Phiếu đánh giá của năm ${review.year}, không phải năm ${options.year}.`,
          en: `The review is for ${review.year}, not ${options.year}.`,
        },
        rule: 'R-YEAR-1',
      });
    }
    if (review.subject !== subject) {
      issues.push({
        path: [...path, 'subject'],
        code: 'custom',
        message: {
          vi:
            subject === 'member'
              ? 'Cần phiếu đánh giá đảng viên.'
              : 'Cần phiếu đánh giá tổ chức đảng.',
          en: `Expected the review of ${subject === 'member' ? 'a member' : 'an organisation'}.`,
        },
        rule: 'R-YEAR-1',
      });
    }
  }
  if (issues.length > 0) {
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Không tổng hợp được năm của chi bộ: ${issues.length} lỗi.`,
        en: `Cannot summarise the cell's year: ${issues.length} problem${issues.length === 1 ? '' : 's'}.`,
      },
      { issues },
    );
  }
}

function regularMeetings(
  held: YearMeeting[],
  all: YearMeeting[],
  year: number,
): CellYearRegularMeetings {
  const months = monthsOf(year).map((month) => ({
    month,
    meetingIds: held
      .filter((m) => m.kind === 'regular' && m.month === month)
      .map((m) => m.meeting.id),
  }));
  const monthsWithout = months
    .filter((m) => m.meetingIds.length === 0)
    .map((m) => m.month);
  const count = 12 - monthsWithout.length;
  const notHeld = all
    .filter((m) => m.meeting.status !== 'closed')
    .map((m) => ({
      meetingId: m.meeting.id,
      month: m.month,
      status: m.meeting.status,
    }));
  const missing = monthsWithout.length
    ? {
        vi: `; không họp: ${monthsWithout.join(', ')}`,
        en: `; none in ${monthsWithout.join(', ')}`,
      }
    : { vi: '', en: '' };
  return {
    held: count,
    of: 12,
    months,
    monthsWithout,
    notHeld,
    source: {
      vi: `Các tháng có cuộc sinh hoạt thường kỳ đã kết thúc năm ${year}: ${count}/12${missing.vi} (R-FREQ-1).`,
      en: `Months of ${year} with a regular meeting held (closed): ${count} of 12${missing.en} (R-FREQ-1).`,
    },
    refs: months.flatMap((m) => m.meetingIds),
  };
}

function thematicMeetings(
  held: YearMeeting[],
  year: number,
): CellYearThematicMeetings {
  const quarters = ([1, 2, 3, 4] as const).map((quarter) => {
    const inQuarter = held.filter(
      (m) =>
        m.kind === 'thematic' &&
        Math.ceil(Number(m.month.slice(5)) / 3) === quarter,
    );
    return {
      quarter,
      meetingIds: inQuarter.map((m) => m.meeting.id),
      themes: inQuarter.map((m) => m.meeting.theme ?? ''),
      met: inQuarter.length > 0,
    };
  });
  const quartersWithout = quarters.filter((q) => !q.met).map((q) => q.quarter);
  const list = quarters
    .map((q) => `Q${q.quarter}: ${q.meetingIds.length}`)
    .join(', ');
  return {
    held: quarters.reduce((n, q) => n + q.meetingIds.length, 0),
    quarters,
    quartersWithout,
    source: {
      vi: `Sinh hoạt chuyên đề đã kết thúc năm ${year} theo quý (${list.replaceAll('Q', 'quý ')}); mỗi quý ít nhất một cuộc (R-FREQ-2).`,
      en: `Thematic meetings held in ${year} per quarter (${list}); at least one a quarter (R-FREQ-2).`,
    },
    refs: quarters.flatMap((q) => q.meetingIds),
  };
}

function attendance(regular: YearMeeting[], year: number): CellYearAttendance {
  const meetings = regular.map(({ meeting, members, month }) => {
    const { rate } = attendanceSummary(meeting, members);
    return {
      meetingId: meeting.id,
      month,
      date: `${month}-${String(getVietNamCivilTime(meeting.scheduledAt).day).padStart(2, '0')}`,
      present: rate.present,
      expected: rate.expected,
    };
  });
  const present = meetings.reduce((n, m) => n + m.present, 0);
  const expected = meetings.reduce((n, m) => n + m.expected, 0);
  const months = monthsOf(year).map((month) => {
    const of = meetings.filter((m) => m.month === month);
    return of.length === 0
      ? { month, present: null, expected: null }
      : {
          month,
          present: of.reduce((n, m) => n + m.present, 0),
          expected: of.reduce((n, m) => n + m.expected, 0),
        };
  });
  return {
    present,
    expected,
    rate: expected === 0 ? null : present / expected,
    meetings,
    months,
    source: {
      vi: `Tổng số lượt đảng viên có mặt trên tổng số lượt phải dự ${meetings.length} cuộc sinh hoạt thường kỳ: ${formatShare(present, expected)} (R-ATT-1: không tính đảng viên miễn sinh hoạt, chuyển sinh hoạt tạm thời đi).`,
      en: `Members present over members expected, summed over ${meetings.length} regular meetings: ${formatShare(present, expected, { locale: 'en' })} (R-ATT-1: exempt members and those transferred out are not expected).`,
    },
    refs: meetings.map((m) => m.meetingId),
  };
}

function opinions(regular: YearMeeting[]): CellYearOpinions {
  const byMeeting = regular.map(({ meeting, month }) => ({
    meetingId: meeting.id,
    month,
    count: meeting.opinions.length,
  }));
  const total = byMeeting.reduce((n, m) => n + m.count, 0);
  const perMeeting = regular.length === 0 ? null : total / regular.length;
  const mean = (sep: string) =>
    perMeeting === null
      ? '–'
      : String(Math.round(perMeeting * 100) / 100).replace('.', sep);
  return {
    total,
    meetings: regular.length,
    perMeeting,
    byMeeting,
    source: {
      vi: `${total} ý kiến phát biểu được ghi trong biên bản ${regular.length} cuộc sinh hoạt thường kỳ, bình quân ${mean(',')} ý kiến/cuộc.`,
      en: `${total} opinions recorded in the minutes of ${regular.length} regular meetings, ${mean('.')} per meeting.`,
    },
    refs: byMeeting.map((m) => m.meetingId),
  };
}

function ratings(
  regular: YearMeeting[],
  year: number,
  cellId: string,
): CellYearRatings {
  const rated = rateYear(
    regular.map((m) => m.meeting) as Parameters<typeof rateYear>[0],
    { year, cellId },
  );
  const meetingIds = { good: [], fair: [], average: [], poor: [] } as Record<
    keyof typeof rated.counts,
    string[]
  >;
  for (const { meeting } of regular) {
    const level = meeting.rating?.approvedLevel;
    if (level !== undefined) meetingIds[level].push(meeting.id);
  }
  const { good, fair, average, poor } = rated.counts;
  return {
    counts: rated.counts,
    meetingIds,
    unrated: rated.unrated,
    level: rated.level,
    reasons: rated.reasons,
    source: {
      vi: `Mức xếp loại chi bộ biểu quyết của ${rated.meetingIds.length} cuộc sinh hoạt thường kỳ: Tốt ${good}, Khá ${fair}, Trung bình ${average}, Kém ${poor} (R-RATE-3, R-RATE-4).`,
      en: `The level the members approved for ${rated.meetingIds.length} regular meetings: good ${good}, fair ${fair}, average ${average}, poor ${poor} (R-RATE-3, R-RATE-4).`,
    },
    refs: rated.meetingIds,
  };
}

/**
 * A cell's year in figures (R-YEAR-3), the body of its yearly report to the
 * upper committee: the regular meetings held of 12 (R-FREQ-1), the thematic
 * meetings per quarter (R-FREQ-2), the attendance over the regular meetings
 * (R-ATT-1: members present over members expected, summed), the opinions per
 * meeting, the meeting ratings per level and the year's level (R-RATE-4,
 * `rateYear`), the tasks of the year's resolutions assigned, done, carried
 * over and not yet reviewed (R-TASK-1), the members warned and flagged for
 * removal (R-ATT-3, `getRemovalTimeline`, with the dues book), the members'
 * annual levels and the cell's (R-YEAR-1) and the dues collected (R-DUES-2).
 * Every figure names its source and the meetings, tasks or months it
 * counted. A meeting is held when its status is `closed`; the others are
 * listed apart. Records of other years are ignored.
 *
 * @param records - the cell's meeting records (any years; one cell).
 * @param options - the year, the annual reviews, the dues book's input.
 * @returns the figures of the year.
 * @throws ChiboError (`invalid-argument`) for records or options that are
 *   not valid, records of several cells, a meeting given twice, or a review
 *   of another year; every problem with its path.
 * @example
 * ```ts
 * const year = summariseCellYear(records2027, { year: 2027, memberReviews, dues, rates });
 * year.regularMeetings.held; // 12
 * year.attendance.source.vi; // '… 179/192 (93,22%) …'
 * year.removal.flagged[0]?.flaggedAt; // '2027-05' (Đỗ Văn Quang)
 * ```
 */
export function summariseCellYear(
  records: readonly CellYearRecord[],
  options: SummariseCellYearOptions,
): CellYearSummary {
  const parsed = checkArgument(
    'records',
    z.array(CellYearRecordArgument).min(1),
    records,
  );
  const opts = checkArgument('options', OptionsArgument, options);
  checkConsistency(parsed, opts);
  const { year } = opts;
  const all: YearMeeting[] = parsed
    .map((record) => ({
      meeting: record.meeting,
      members: record.members,
      kind: record.meeting.kind,
      month: monthOf(record.meeting.scheduledAt),
      record,
    }))
    .filter((m) => m.month.startsWith(`${year}-`))
    .sort(
      (a, b) =>
        Date.parse(a.meeting.scheduledAt) - Date.parse(b.meeting.scheduledAt),
    );
  const held = all.filter((m) => m.meeting.status === 'closed');
  const regular = held.filter((m) => m.kind === 'regular');
  const latest = [...parsed].sort(
    (a, b) =>
      Date.parse(a.meeting.scheduledAt) - Date.parse(b.meeting.scheduledAt),
  )[parsed.length - 1] as ParsedCellYearRecord;
  const members = new Map<string, Member>();
  for (const m of held) for (const x of m.members) members.set(x.id, x);
  if (members.size === 0) for (const x of latest.members) members.set(x.id, x);
  const secretary = latest.members.find((m) => m.roles.includes('secretary'));
  return {
    rules: [
      'R-YEAR-3',
      'R-FREQ-1',
      'R-FREQ-2',
      'R-ATT-1',
      'R-RATE-4',
      'R-TASK-1',
      'R-ATT-3',
    ],
    year,
    cell: {
      id: latest.cell.id,
      name: latest.cell.name,
      parentName: latest.cell.parent.name,
      placeName: latest.cell.placeName,
      secretaryName: secretary?.name,
    },
    regularMeetings: regularMeetings(held, all, year),
    thematicMeetings: thematicMeetings(held, year),
    attendance: attendance(regular, year),
    opinions: opinions(regular),
    ratings: ratings(regular, year, latest.cell.id),
    tasks: getCellYearTasks(held, parsed, year),
    removal: getCellYearRemoval(held, [...members.values()], opts),
    levels: getCellYearLevels([...members.values()], opts),
    dues: getCellYearDues(opts),
  };
}
