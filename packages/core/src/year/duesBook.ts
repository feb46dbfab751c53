import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { CivilDate, Id, LongText, Text } from '../entities/primitives';
import { ChiboError } from '../errors';
import {
  computeMonthlyDuesUnchecked,
  DEFAULT_DUES_RATES,
  DuesBasis,
  DuesRateTable,
  Month,
} from './duesRates';
import { lastDayOfMonth, YearArgument } from './yearArguments';

/** How a payment was made. */
export const DuesMethod = z.enum(['cash', 'transfer', 'other']);
export type DuesMethod = z.infer<typeof DuesMethod>;

/**
 * One payment of dues (R-DUES-2): its id (a payment recorded twice is one
 * payment), the member, the date, the amount, how, and the months it covers
 * — ahead (months not begun) or catching up (months past).
 */
export const DuesReceipt = z.strictObject({
  id: Id,
  memberId: Id,
  paidOn: CivilDate,
  /** Whole đồng. */
  amount: z.number().int().min(0).max(1e12),
  method: DuesMethod,
  /** The months it pays, filled in this order, each up to its dues. */
  months: z.array(Month).min(1).max(120),
  note: LongText.optional(),
});
export type DuesReceipt = z.input<typeof DuesReceipt>;

/** A month a member need not pay, with the valid reason the cell accepted. */
export const DuesExcuse = z.strictObject({
  memberId: Id,
  month: Month,
  reason: Text,
});
export type DuesExcuse = z.input<typeof DuesExcuse>;

/** What the dues book is made from (R-DUES-2). */
export const DuesBookInput = z.strictObject({
  members: z.array(z.looseObject({ id: Id, name: Text })),
  bases: z.array(DuesBasis),
  receipts: z.array(DuesReceipt),
  excuses: z.array(DuesExcuse).optional(),
});
export type DuesBookInput = z.input<typeof DuesBookInput>;

/** The options of `getDuesBook`. */
export interface GetDuesBookOptions {
  /** The calendar year of the book. */
  year: number;
  /**
   * The day the book is read on: payments dated after it are not counted
   * yet, and months after its month are upcoming, not unpaid.
   * @defaultValue the last day of `year`
   */
  asOf?: string | undefined;
  /** @defaultValue `DEFAULT_DUES_RATES` (01-QĐ/TW) */
  rates?: DuesRateTable | undefined;
}

/**
 * A month's standing: `paid` in full; `partly-paid`; `unpaid` (the month has
 * come and nothing is paid); `excused` (a valid reason); `upcoming` (after
 * the day the book is read on); `not-due` (no basis for the member yet).
 */
export const DuesMonthStatus = z.enum([
  'paid',
  'partly-paid',
  'unpaid',
  'excused',
  'upcoming',
  'not-due',
]);
export type DuesMonthStatus = z.infer<typeof DuesMonthStatus>;

/** One member's line for one month of the book. */
export interface DuesMonth {
  month: string;
  /** Whole đồng; `null` when not due. */
  due: number | null;
  /** What the receipts gave this month, whole đồng. */
  paid: number;
  status: DuesMonthStatus;
  /** The date of the last receipt that paid into the month. */
  paidOn: string | null;
  methods: DuesMethod[];
  receiptIds: string[];
  /** Paid before the month began. */
  ahead: boolean;
  /** Paid after the month ended (catch-up). */
  late: boolean;
  reason?: string | undefined;
}

/** One member in the dues book. */
export interface DuesBookMember {
  memberId: string;
  name: string;
  group: string | null;
  months: DuesMonth[];
  due: number;
  paid: number;
  /**
   * Months up to the day the book is read on that are not paid in full and
   * have no valid reason: what feeds R-ATT-3. A month partly paid counts
   * ([open]: chibo reads "does not pay" as "does not pay in full").
   */
  unpaidMonths: string[];
}

/** The cell's figures for one month. */
export interface DuesMonthTotal {
  month: string;
  due: number;
  /** Paid into this month's dues, whenever. */
  paid: number;
  /** Received in this month (receipts dated in it), for whatever months. */
  collected: number;
}

/** The cell's dues book for a year (R-DUES-1, R-DUES-2). */
export interface DuesBook {
  year: number;
  asOf: string;
  /** The texts the rates come from (R-SET-1). */
  texts: string[];
  members: DuesBookMember[];
  months: DuesMonthTotal[];
  total: { due: number; paid: number; collected: number };
  /** Receipt ids given more than once, identical, counted once. */
  duplicates: string[];
  /** Amounts beyond the dues of the months a receipt names, never lost. */
  surplus: Array<{ receiptId: string; memberId: string; amount: number }>;
}

const OptionsArgument = z.looseObject({
  year: YearArgument,
  asOf: CivilDate.optional(),
  rates: DuesRateTable.optional(),
});

/** Receipts by id, once each; a different receipt under a used id is refused. */
function uniqueReceipts(
  receipts: ReadonlyArray<z.output<typeof DuesReceipt>>,
): { unique: Array<z.output<typeof DuesReceipt>>; duplicates: string[] } {
  const byId = new Map<
    string,
    { receipt: z.output<typeof DuesReceipt>; key: string }
  >();
  const duplicates = new Set<string>();
  receipts.forEach((receipt, index) => {
    const key = JSON.stringify(receipt);
    const seen = byId.get(receipt.id);
    if (seen === undefined) {
      byId.set(receipt.id, { receipt, key });
    } else if (seen.key === key) {
      duplicates.add(receipt.id);
    } else {
      throw new ChiboError(
        'invalid-argument',
        {
          vi: `Hai phiếu thu khác nhau cùng mã "${receipt.id}".`,
          en: `Two different receipts share the id "${receipt.id}".`,
        },
        {
          issues: [
            {
              path: ['input', 'receipts', index, 'id'],
              code: 'custom',
              message: {
                vi: 'Mã phiếu thu đã dùng cho một khoản khác.',
                en: 'The id is already used by another payment.',
              },
              rule: 'R-DUES-2',
            },
          ],
        },
      );
    }
  });
  return {
    unique: [...byId.values()].map((v) => v.receipt),
    duplicates: [...duplicates],
  };
}

const monthsOf = (year: number) =>
  Array.from(
    { length: 12 },
    (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`,
  );

/**
 * The cell's dues book for a year (R-DUES-1, R-DUES-2): per member and
 * month, the dues (from the rate table and the member's basis), what was
 * paid, when and how; totals per month and for the year. Each receipt fills
 * the months it names, in order, up to each month's dues — months ahead or
 * months past alike — and what is left over is reported as surplus, never
 * lost. A receipt given twice (same id, same content) counts once and is
 * listed in `duplicates`; two different receipts under one id are refused.
 * Months not paid in full by the day the book is read on, without a valid
 * reason, are each member's `unpaidMonths` (R-ATT-3: see `toDuesPayments`).
 *
 * @param input - members, their bases, receipts, excused months.
 * @param options - the year, the day the book is read on, the rate table.
 * @returns the book.
 * @throws ChiboError (`invalid-argument`) for input or options that are not
 *   valid, a month with no rate, or two receipts under one id.
 * @example
 * ```ts
 * const book = getDuesBook(input, { year: 2027, asOf: '2027-05-31', rates });
 * book.members.find((m) => m.memberId === 'm08')?.unpaidMonths; // ['2027-02', '2027-03', '2027-05']
 * ```
 */
export function getDuesBook(
  input: DuesBookInput,
  options: GetDuesBookOptions,
): DuesBook {
  const parsed = checkArgument('input', DuesBookInput, input);
  const {
    year,
    asOf: asOfOption,
    rates,
  } = checkArgument('options', OptionsArgument, options);
  const table = rates ?? DEFAULT_DUES_RATES;
  const asOf = asOfOption ?? `${year}-12-31`;
  const asOfMonth = asOf.slice(0, 7);
  const { unique, duplicates } = uniqueReceipts(parsed.receipts);
  const texts = new Set<string>();
  const surplus: DuesBook['surplus'] = [];
  const months = monthsOf(year);

  const members = parsed.members.map((member): DuesBookMember => {
    const bases = parsed.bases
      .filter((b) => b.memberId === member.id)
      .sort((a, b) => ((a.from ?? '') < (b.from ?? '') ? -1 : 1));
    const basisOf = (month: string) => {
      let found: (typeof bases)[number] | undefined;
      for (const b of bases) if ((b.from ?? '') <= month) found = b;
      return found;
    };
    const dueCache = new Map<string, number | null>();
    const dueOf = (month: string): number | null => {
      if (!dueCache.has(month)) {
        const basis = basisOf(month);
        if (basis === undefined) dueCache.set(month, null);
        else {
          const dues = computeMonthlyDuesUnchecked(basis, month, table);
          if (month.startsWith(`${year}-`)) texts.add(dues.regulation);
          dueCache.set(month, dues.amount);
        }
      }
      return dueCache.get(month) as number | null;
    };
    const lines = new Map<string, DuesMonth>();
    const lineOf = (month: string): DuesMonth => {
      let line = lines.get(month);
      if (!line) {
        line = {
          month,
          due: dueOf(month),
          paid: 0,
          status: 'unpaid',
          paidOn: null,
          methods: [],
          receiptIds: [],
          ahead: false,
          late: false,
        };
        lines.set(month, line);
      }
      return line;
    };
    const receipts = unique
      .filter((r) => r.memberId === member.id && r.paidOn <= asOf)
      .sort((a, b) =>
        a.paidOn < b.paidOn
          ? -1
          : a.paidOn > b.paidOn
            ? 1
            : a.id < b.id
              ? -1
              : 1,
      );
    for (const receipt of receipts) {
      let left = receipt.amount;
      for (const month of [...new Set(receipt.months)].sort()) {
        const line = lineOf(month);
        const room = Math.max(0, (line.due ?? 0) - line.paid);
        const put = Math.min(room, left);
        if (put === 0 && line.due !== 0) continue;
        line.paid += put;
        left -= put;
        line.paidOn = receipt.paidOn;
        if (!line.methods.includes(receipt.method))
          line.methods.push(receipt.method);
        line.receiptIds.push(receipt.id);
        if (receipt.paidOn < `${month}-01`) line.ahead = true;
        if (receipt.paidOn > lastDayOfMonth(month)) line.late = true;
      }
      if (left > 0)
        surplus.push({
          receiptId: receipt.id,
          memberId: member.id,
          amount: left,
        });
    }
    const excuses = new Map(
      (parsed.excuses ?? [])
        .filter((e) => e.memberId === member.id)
        .map((e) => [e.month, e.reason]),
    );
    const yearLines = months.map((month) => {
      const line = lineOf(month);
      const reason = excuses.get(month);
      if (reason !== undefined) line.reason = reason;
      line.status =
        line.due === null
          ? 'not-due'
          : line.paid >= line.due
            ? 'paid'
            : reason !== undefined
              ? 'excused'
              : month > asOfMonth
                ? 'upcoming'
                : line.paid > 0
                  ? 'partly-paid'
                  : 'unpaid';
      return line;
    });
    return {
      memberId: member.id,
      name: member.name,
      group: basisOf(`${year}-12`)?.group ?? null,
      months: yearLines,
      due: yearLines.reduce((sum, l) => sum + (l.due ?? 0), 0),
      paid: yearLines.reduce((sum, l) => sum + l.paid, 0),
      unpaidMonths: yearLines
        .filter((l) => l.status === 'unpaid' || l.status === 'partly-paid')
        .map((l) => l.month),
    };
  });
  const ours = new Set(parsed.members.map((m) => m.id));
  const totals = months.map((month, i): DuesMonthTotal => {
    let due = 0;
    let paid = 0;
    for (const member of members) {
      const line = member.months[i] as DuesMonth;
      due += line.due ?? 0;
      paid += line.paid;
    }
    const collected = unique
      .filter(
        (r) =>
          ours.has(r.memberId) &&
          r.paidOn <= asOf &&
          r.paidOn.startsWith(month),
      )
      .reduce((sum, r) => sum + r.amount, 0);
    return { month, due, paid, collected };
  });
  return {
    year,
    asOf,
    texts: [...texts],
    members,
    months: totals,
    total: {
      due: totals.reduce((s, t) => s + t.due, 0),
      paid: totals.reduce((s, t) => s + t.paid, 0),
      collected: totals.reduce((s, t) => s + t.collected, 0),
    },
    duplicates,
    surplus,
  };
}
