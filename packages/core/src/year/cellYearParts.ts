import type { z } from 'zod';
import type { MeetingKind } from '../entities/enums';
import type { Member } from '../entities/member';
import { AnnualLevel } from './annualLevel';
import type { CellYearMeeting, ParsedCellYearRecord } from './cellYearRecord';
import type {
  CellYearDues,
  CellYearLevels,
  CellYearRemoval,
  CellYearRemovalFlag,
  CellYearTask,
  CellYearTasks,
} from './cellYearTypes';
import { type DuesBookInput, getDuesBook } from './duesBook';
import type { DuesRateTable } from './duesRates';
import { getDistributionUnchecked } from './formatShare';
import { getRemovalTimeline } from './removalTimeline';

// The figures of `summariseCellYear` that come from beyond the meetings'
// own counts: the tasks (R-TASK-1), removal flags (R-ATT-3), the annual
// levels (R-YEAR-1) and the dues (R-DUES-2).

/** A meeting of the year with what the summary reads of its record. */
export interface YearMeeting {
  meeting: z.output<typeof CellYearMeeting>;
  members: Member[];
  kind: MeetingKind;
  /** `YYYY-MM`, Viet Nam time. */
  month: string;
  record: ParsedCellYearRecord;
}

/** The options the parts read, already parsed. */
interface PartsOptions {
  year: number;
  memberReviews?:
    | ReadonlyArray<{
        subjectId: string;
        name?: string | undefined;
        total: number | null;
        level: AnnualLevel | null;
      }>
    | undefined;
  cellReview?: { total: number | null; level: AnnualLevel | null } | undefined;
  dues?: DuesBookInput | undefined;
  rates?: DuesRateTable | undefined;
  asOf?: string | undefined;
}

/**
 * The tasks of the resolutions adopted at the year's meetings (R-TASK-1),
 * each with its latest review in any record given (December's are reviewed
 * in January): done, carried over (not done or partly done), or still open.
 */
export function getCellYearTasks(
  held: readonly YearMeeting[],
  records: readonly ParsedCellYearRecord[],
  year: number,
): CellYearTasks {
  const reviews = new Map<
    string,
    {
      review: YearMeeting['meeting']['taskReviews'][number];
      meetingId: string;
      at: number;
    }
  >();
  const continuedBy = new Map<string, string>();
  for (const { meeting } of records) {
    const at = Date.parse(meeting.scheduledAt);
    for (const review of meeting.taskReviews) {
      const seen = reviews.get(review.taskId);
      if (!seen || seen.at <= at)
        reviews.set(review.taskId, { review, meetingId: meeting.id, at });
    }
    for (const task of meeting.resolution?.tasks ?? []) {
      if (task.continues !== undefined)
        continuedBy.set(task.continues, task.id);
    }
  }
  const tasks: CellYearTask[] = held.flatMap(({ meeting, month }) =>
    (meeting.resolution?.tasks ?? []).map((task) => {
      const found = reviews.get(task.id);
      const carriedOverTo =
        found?.review.carriedOverTo ?? continuedBy.get(task.id);
      return {
        taskId: task.id,
        description: task.description,
        meetingId: meeting.id,
        month,
        status: found?.review.status ?? task.status,
        reviewedAt: found?.meetingId,
        carriedOverTo,
        reason: found?.review.reason ?? found?.review.note,
      };
    }),
  );
  const done = tasks.filter((t) => t.status === 'done').length;
  const carriedOver = tasks.filter(
    (t) => t.status === 'not-done' || t.status === 'partly-done',
  ).length;
  const open = tasks.length - done - carriedOver;
  return {
    assigned: tasks.length,
    done,
    carriedOver,
    open,
    tasks,
    source: {
      vi: `Nhiệm vụ trong nghị quyết các cuộc sinh hoạt năm ${year}: giao ${tasks.length}, hoàn thành ${done}, chưa hoàn thành chuyển kỳ sau ${carriedOver}, chưa được kiểm điểm ${open} (R-TASK-1).`,
      en: `Tasks of the resolutions of ${year}'s meetings: ${tasks.length} assigned, ${done} done, ${carriedOver} not done and carried over, ${open} not reviewed yet (R-TASK-1).`,
    },
    refs: tasks.map((t) => t.taskId),
  };
}

/**
 * Who was warned and who flagged under R-ATT-3 up to the day of the
 * summary, month by month (`getRemovalTimeline`), with the months that
 * caused it.
 */
export function getCellYearRemoval(
  held: readonly YearMeeting[],
  members: readonly Member[],
  options: PartsOptions,
): CellYearRemoval {
  const { year } = options;
  const until = (options.asOf ?? `${year}-12-31`).slice(0, 7);
  const timelines = getRemovalTimeline(
    held.map((m) => m.meeting),
    members,
    { year, dues: options.dues, rates: options.rates },
  );
  const flags: CellYearRemovalFlag[] = [];
  for (const timeline of timelines) {
    const months = timeline.months.filter((m) => m.month <= until);
    const warned = months.find((m) => m.status !== 'clear');
    const flagged = months.find((m) => m.status === 'removal-candidate');
    const cause = flagged ?? warned;
    if (!cause) continue;
    flags.push({
      memberId: timeline.memberId,
      name: timeline.name,
      warnedAt: warned?.month ?? null,
      flaggedAt: flagged?.month ?? null,
      unexcusedAbsence: cause.unexcusedAbsence,
      unpaidDues: cause.unpaidDues,
    });
  }
  const flagged = flags.filter((f) => f.flaggedAt !== null);
  const warned = flags.filter((f) => f.flaggedAt === null);
  return {
    flagged,
    warned,
    source: {
      vi: `Tháng vắng sinh hoạt không lý do và tháng không đóng đảng phí không có lý do chính đáng trong năm ${year}, đến tháng ${until.slice(5)}/${year}: cảnh báo ở 2 tháng, thuộc diện xem xét xóa tên ở 3 tháng (R-ATT-3).${options.dues ? '' : ' Không có sổ thu đảng phí: chỉ tính vắng sinh hoạt.'}`,
      en: `Months absent without reason and months of dues unpaid without a valid reason in ${year}, up to ${until}: a warning at 2 months, a removal candidate at 3 (R-ATT-3).${options.dues ? '' : ' No dues book: missed meetings only.'}`,
    },
    refs: flags.map((f) => f.memberId),
  };
}

/** The members' annual levels and the cell's own (R-YEAR-1), when given. */
export function getCellYearLevels(
  members: readonly Member[],
  options: PartsOptions,
): CellYearLevels | null {
  const { memberReviews, cellReview, year } = options;
  if (memberReviews === undefined && cellReview === undefined) return null;
  const reviews = memberReviews ?? [];
  const nameOf = new Map(members.map((m) => [m.id, m.name]));
  const counts = Object.fromEntries(
    AnnualLevel.options.map((level) => [level, 0]),
  ) as Record<AnnualLevel, number>;
  const rated = new Set<string>();
  for (const review of reviews) {
    if (review.level === null) continue;
    counts[review.level] += 1;
    rated.add(review.subjectId);
  }
  return {
    distribution: getDistributionUnchecked(counts),
    members: reviews.map((r) => ({
      memberId: r.subjectId,
      name: r.name ?? nameOf.get(r.subjectId) ?? r.subjectId,
      total: r.total,
      level: r.level,
    })),
    notRated: members
      .filter((m) => !rated.has(m.id))
      .map((m) => ({ memberId: m.id, name: m.name, exempt: m.exempt })),
    cell: cellReview
      ? { total: cellReview.total, level: cellReview.level }
      : null,
    source: {
      vi: `Phiếu đánh giá, xếp loại đảng viên năm ${year}: ${rated.size} đảng viên được xếp loại (R-YEAR-1).`,
      en: `The members' annual reviews of ${year}: ${rated.size} members rated (R-YEAR-1).`,
    },
    refs: [...rated],
  };
}

/** The dues of the year from the dues book (R-DUES-2), when given. */
export function getCellYearDues(options: PartsOptions): CellYearDues | null {
  if (options.dues === undefined) return null;
  const { year } = options;
  const book = getDuesBook(options.dues, {
    year,
    asOf: options.asOf,
    rates: options.rates,
  });
  const unpaid = book.members
    .filter((m) => m.unpaidMonths.length > 0)
    .map((m) => ({
      memberId: m.memberId,
      name: m.name,
      months: m.unpaidMonths,
    }));
  return {
    asOf: book.asOf,
    texts: book.texts,
    due: book.total.due,
    paid: book.total.paid,
    collected: book.total.collected,
    months: book.months,
    unpaid,
    source: {
      vi: `Sổ thu đảng phí năm ${year}, số liệu đến ngày ${book.asOf.split('-').reverse().join('/')} (${book.texts.join(', ')}; R-DUES-1, R-DUES-2).`,
      en: `The dues book of ${year}, as of ${book.asOf} (${book.texts.join(', ')}; R-DUES-1, R-DUES-2).`,
    },
    refs: book.months.map((m) => m.month),
  };
}
