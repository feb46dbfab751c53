import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { DuesPayment } from '../entities/dues';
import type { SanctionStatus } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import type { Member } from '../entities/member';
import { memberSanctions } from '../rules/memberSanctions';
import { MeetingsArgument, MembersArgument } from '../rules/ruleArguments';
import { getVietNamCivilTime } from '../time';
import { type DuesBook, DuesBookInput, getDuesBook } from './duesBook';
import { DuesRateTable } from './duesRates';
import {
  DuesBookLinesArgument,
  lastDayOfMonth,
  YearArgument,
} from './yearArguments';

/**
 * The months of a dues book as `memberSanctions` takes them (`options.dues`,
 * R-ATT-3, R-DUES-2): every month due up to the day the book is read on,
 * `paid`, `excused` (a valid reason) or `unpaid` (not paid in full). Upcoming
 * months and months not due are left out.
 *
 * @param book - from `getDuesBook`.
 * @returns one entry per member and month.
 * @throws ChiboError (`invalid-argument`) for a book that is not one.
 * @example
 * ```ts
 * memberSanctions(meetings, members, 2027, { dues: toDuesPayments(book) });
 * ```
 */
export function toDuesPayments(book: Pick<DuesBook, 'members'>): DuesPayment[] {
  const { members } = checkArgument('book', DuesBookLinesArgument, book);
  const out: DuesPayment[] = [];
  for (const member of members) {
    for (const line of member.months) {
      const status =
        line.status === 'paid'
          ? 'paid'
          : line.status === 'excused'
            ? 'excused'
            : line.status === 'unpaid' || line.status === 'partly-paid'
              ? 'unpaid'
              : null;
      if (status !== null) {
        out.push({ memberId: member.memberId, month: line.month, status });
      }
    }
  }
  return out;
}

/** The options of `getRemovalTimeline`. */
export interface RemovalTimelineOptions {
  year: number;
  /** The dues book's input; without it only missed meetings count. */
  dues?: DuesBookInput | undefined;
  /** @defaultValue `DEFAULT_DUES_RATES` */
  rates?: DuesRateTable | undefined;
}

/** One member's R-ATT-3 standing, month by month through the year. */
export interface RemovalTimeline {
  memberId: string;
  name: string;
  /** The first month at the end of which the member was warned (2 months). */
  warnedAt: string | null;
  /** The first month at the end of which the member became a removal candidate (3 months). */
  flaggedAt: string | null;
  /** The months that caused the flag (or, with no flag, the warning). */
  causes: { unexcusedAbsence: string[]; unpaidDues: string[] };
  months: Array<{
    month: string;
    status: SanctionStatus;
    unexcusedAbsence: string[];
    unpaidDues: string[];
  }>;
}

/**
 * When each member was warned and when flagged under R-ATT-3 in a year, and
 * by which months: at the end of every month, `memberSanctions` over the
 * meetings held so far and the dues book read on that day (R-DUES-2:
 * unpaid months without a valid reason count beside missed meetings). The
 * flag only proposes removal; the cell considers it and the upper committee
 * decides.
 *
 * @param meetings - the cell's meetings (any years; only `year` is read).
 * @param members - the members.
 * @param options - the year, the dues book's input, the rate table.
 * @returns one timeline per member, in the order given.
 * @throws ChiboError (`invalid-argument`) for arguments that are not valid.
 * @example
 * ```ts
 * const quang = getRemovalTimeline(meetings, members, { year: 2027, dues, rates })
 *   .find((t) => t.memberId === 'm08');
 * quang?.warnedAt; // '2027-03'
 * quang?.flaggedAt; // '2027-05'
 * quang?.causes.unpaidDues; // ['2027-02', '2027-03', '2027-05']
 * ```
 */
export function getRemovalTimeline(
  meetings: ReadonlyArray<Pick<Meeting, 'id' | 'scheduledAt' | 'attendance'>>,
  members: readonly Member[],
  options: RemovalTimelineOptions,
): RemovalTimeline[] {
  checkArgument('meetings', MeetingsArgument, meetings);
  const parsedMembers = checkArgument('members', MembersArgument, members);
  const { year, dues, rates } = checkArgument(
    'options',
    z.looseObject({
      year: YearArgument,
      dues: DuesBookInput.optional(),
      rates: DuesRateTable.optional(),
    }),
    options,
  );
  const monthOf = (at: string) => {
    const t = getVietNamCivilTime(at);
    return t.year * 100 + t.month;
  };
  const timelines: RemovalTimeline[] = parsedMembers.map((m) => ({
    memberId: m.id,
    name: m.name,
    warnedAt: null,
    flaggedAt: null,
    causes: { unexcusedAbsence: [], unpaidDues: [] },
    months: [],
  }));
  for (let m = 1; m <= 12; m++) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const held = meetings.filter(
      (x) => monthOf(x.scheduledAt) <= year * 100 + m,
    );
    const book =
      dues === undefined
        ? undefined
        : getDuesBook(dues, {
            year,
            asOf: lastDayOfMonth(month),
            rates,
          });
    const report = memberSanctions(held, parsedMembers, year, {
      ...(book === undefined ? {} : { dues: toDuesPayments(book) }),
    });
    report.forEach((entry, i) => {
      const timeline = timelines[i] as RemovalTimeline;
      timeline.months.push({
        month,
        status: entry.status,
        unexcusedAbsence: entry.unexcusedAbsence.months,
        unpaidDues: entry.unpaidDues.months,
      });
      const causes = {
        unexcusedAbsence: entry.unexcusedAbsence.months,
        unpaidDues: entry.unpaidDues.months,
      };
      if (entry.status !== 'clear' && timeline.warnedAt === null) {
        timeline.warnedAt = month;
        timeline.causes = causes;
      }
      if (entry.status === 'removal-candidate' && timeline.flaggedAt === null) {
        timeline.flaggedAt = month;
        timeline.causes = causes;
      }
    });
  }
  return timelines;
}
