import { z } from 'zod';
import { RatingLevel } from '../entities/enums';
import { AnnualLevel } from './annualLevel';
import { DuesMethod, DuesMonthStatus } from './duesBook';
import { Month } from './duesRates';
import { YearArgument } from './yearArguments';

// What the documents of `@chibo/docx` read of a dues book and of a year's
// summary, as zod schemas: a value that is not one is a ChiboError naming
// the wrong field (issue 13 §4), never a TypeError or a document with
// "NaN" in it (R-DOC-8). Loose: extra fields pass.

const Amount = z.number().int().min(0).max(1e15);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const Texts = z.strictObject({ vi: z.string(), en: z.string() });
const Figure = { source: Texts, refs: z.array(z.string()) };

/**
 * A dues book (`getDuesBook`'s result) as `renderDuesBook` reads it
 * (R-DUES-2): the members' twelve months, the months' totals, the year's.
 *
 * @example
 * ```ts
 * checkArgument('book', DuesBookArgument, getDuesBook(input, { year: 2027 }));
 * ```
 */
export const DuesBookArgument = z.looseObject({
  year: YearArgument,
  asOf: Day,
  texts: z.array(z.string()),
  members: z.array(
    z.looseObject({
      memberId: z.string(),
      name: z.string(),
      due: Amount,
      paid: Amount,
      unpaidMonths: z.array(Month),
      months: z
        .array(
          z.looseObject({
            month: Month,
            due: Amount.nullable(),
            paid: Amount,
            status: DuesMonthStatus,
            paidOn: Day.nullable(),
            methods: z.array(DuesMethod),
            ahead: z.boolean(),
            late: z.boolean(),
            reason: z.string().optional(),
          }),
        )
        .length(12),
    }),
  ),
  months: z
    .array(
      z.looseObject({
        month: Month,
        due: Amount,
        paid: Amount,
        collected: Amount,
      }),
    )
    .length(12),
  total: z.looseObject({ due: Amount, paid: Amount, collected: Amount }),
});

const Flag = z.looseObject({
  memberId: z.string(),
  name: z.string(),
  warnedAt: Month.nullable(),
  flaggedAt: Month.nullable(),
  unexcusedAbsence: z.array(Month),
  unpaidDues: z.array(Month),
});
const Counted = z.number().int().min(0).max(1e9);

/**
 * A cell's year (`summariseCellYear`'s result, R-YEAR-3) as
 * `renderYearReport` reads it.
 *
 * @example
 * ```ts
 * checkArgument('summary', CellYearSummaryArgument, summariseCellYear(records, { year: 2027 }));
 * ```
 */
export const CellYearSummaryArgument = z.looseObject({
  year: YearArgument,
  cell: z.looseObject({
    name: z.string(),
    parentName: z.string(),
    placeName: z.string().optional(),
    secretaryName: z.string().optional(),
  }),
  regularMeetings: z.looseObject({
    ...Figure,
    held: z.number().int().min(0).max(12),
    monthsWithout: z.array(Month),
  }),
  thematicMeetings: z.looseObject({
    ...Figure,
    held: Counted,
    quarters: z
      .array(
        z.looseObject({
          quarter: z.number().int().min(1).max(4),
          meetingIds: z.array(z.string()),
          themes: z.array(z.string()),
          met: z.boolean(),
        }),
      )
      .length(4),
  }),
  attendance: z.looseObject({
    ...Figure,
    present: Counted,
    expected: Counted,
    meetings: z.array(
      z.looseObject({
        meetingId: z.string(),
        month: Month,
        date: Day,
        present: Counted,
        expected: Counted,
      }),
    ),
    months: z
      .array(
        z.looseObject({
          month: Month,
          present: Counted.nullable(),
          expected: Counted.nullable(),
        }),
      )
      .length(12),
  }),
  opinions: z.looseObject({
    ...Figure,
    total: Counted,
    meetings: Counted,
    byMeeting: z.array(
      z.looseObject({ meetingId: z.string(), month: Month, count: Counted }),
    ),
  }),
  ratings: z.looseObject({
    ...Figure,
    counts: z.record(RatingLevel, Counted),
    meetingIds: z.record(RatingLevel, z.array(z.string())),
    level: RatingLevel.nullable(),
    unrated: z.array(z.string()),
  }),
  tasks: z.looseObject({
    ...Figure,
    assigned: Counted,
    done: Counted,
    carriedOver: Counted,
    open: Counted,
    tasks: z.array(
      z.looseObject({
        description: z.string(),
        month: Month,
        status: z.enum(['open', 'done', 'partly-done', 'not-done']),
        reason: z.string().optional(),
      }),
    ),
  }),
  removal: z.looseObject({
    ...Figure,
    flagged: z.array(Flag),
    warned: z.array(Flag),
  }),
  levels: z
    .looseObject({
      ...Figure,
      distribution: z.looseObject({ counts: z.record(AnnualLevel, Counted) }),
      notRated: z.array(
        z.looseObject({ name: z.string(), exempt: z.boolean() }),
      ),
      cell: z
        .looseObject({
          total: z.number().finite().min(0).max(100).nullable(),
          level: AnnualLevel.nullable(),
        })
        .nullable(),
    })
    .nullable(),
  dues: z
    .looseObject({
      ...Figure,
      asOf: Day,
      due: Amount,
      paid: Amount,
      collected: Amount,
      unpaid: z.array(
        z.looseObject({ name: z.string(), months: z.array(Month) }),
      ),
    })
    .nullable(),
});
