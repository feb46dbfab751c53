import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { Id } from '../entities/primitives';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { groupThousands } from './formatShare';

/** A calendar month, `YYYY-MM`. */
export const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

/** Whole đồng at most: a salary of a thousand billion đồng is not one. */
const Dong = z.number().int().min(0).max(1e12);

/**
 * How a group's monthly dues are worked out (R-DUES-1): a share of the
 * member's base (salary subject to social insurance, pension), in basis
 * points (100 = 1%), or a fixed amount in đồng.
 */
export const DuesRate = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('percent'),
    basisPoints: z.number().int().min(1).max(10_000),
  }),
  z.strictObject({ kind: z.literal('fixed'), amount: Dong }),
]);
export type DuesRate = z.infer<typeof DuesRate>;

/**
 * How a share of a base becomes whole đồng: `'half-up'` (half a đồng and
 * more rounds up: 23 456,5 → 23 457), `'down'` or `'up'`.
 */
export const DuesRounding = z.enum(['half-up', 'down', 'up']);
export type DuesRounding = z.infer<typeof DuesRounding>;

/** The rates in force from one month, and the text that sets them. */
export const DuesRateEntry = z.strictObject({
  /** The first month the rates apply to. */
  from: Month,
  /** The text, e.g. `'01-QĐ/TW'`, or the host's own decision. */
  regulation: z.string().min(1).max(200),
  /** The rate of each group, by the group's id. */
  rates: z.record(Id, DuesRate),
  rounding: DuesRounding,
});
export type DuesRateEntry = z.infer<typeof DuesRateEntry>;

/** A dated table of dues rates, oldest first (R-DUES-1). */
export const DuesRateTable = z
  .array(DuesRateEntry)
  .min(1)
  .superRefine((entries, ctx) => {
    entries.forEach((entry, i) => {
      const before = entries[i - 1];
      if (before !== undefined && before.from >= entry.from) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'from'],
          message:
            'The entries must be in order of their first month, each once.',
          params: {
            vi: 'Các mục phải theo thứ tự tháng bắt đầu, mỗi tháng một lần.',
            rule: 'R-DUES-1',
          },
        });
      }
    });
  });
export type DuesRateTable = z.infer<typeof DuesRateTable>;

/**
 * The rates of Quy định 01-QĐ/TW (2026) that DOMAIN.md confirms (R-DUES-1):
 * 1% of the monthly salary subject to social insurance (`salary`), 0.5% of
 * a pension (`pension`), 5,000 đồng a month for students (`student`); whole
 * đồng, rounded half up. From 2026-02, the month chibo takes for the text
 * ([open]: its date is not confirmed). Other groups pay what the host sets:
 * add them with `createDuesRateTable`.
 */
export const DEFAULT_DUES_RATES: DuesRateTable = Object.freeze([
  Object.freeze({
    from: '2026-02',
    regulation: '01-QĐ/TW',
    rates: Object.freeze({
      salary: Object.freeze({ kind: 'percent', basisPoints: 100 }),
      pension: Object.freeze({ kind: 'percent', basisPoints: 50 }),
      student: Object.freeze({ kind: 'fixed', amount: 5_000 }),
    }),
    rounding: 'half-up',
  }),
]) as unknown as DuesRateTable;

/** The options of `createDuesRateTable`. */
export interface CreateDuesRateTableOptions {
  /** The table to extend. @defaultValue `DEFAULT_DUES_RATES` */
  table?: DuesRateTable | undefined;
  /** How shares are rounded in every entry. @defaultValue each entry's own */
  rounding?: DuesRounding | undefined;
}

/**
 * The dues table with the host's fixed amounts for the groups the central
 * text leaves open (R-DUES-1 [open]): members without a salary, workers
 * abroad… Each group gets its amount in every entry of the table.
 *
 * @param groups - the monthly amount of each group, in whole đồng.
 * @param options - the table to extend, the rounding.
 * @returns a new table.
 * @throws ChiboError (`invalid-argument`) for an amount that is not whole
 *   đồng, or a group the table already has.
 * @example
 * ```ts
 * const rates = createDuesRateTable({ 'no-salary': 10_000 });
 * computeMonthlyDues({ group: 'no-salary' }, '2027-03', { rates }).amount; // 10000
 * ```
 */
export function createDuesRateTable(
  groups: Readonly<Record<string, number>>,
  options: CreateDuesRateTableOptions = {},
): DuesRateTable {
  const parsedGroups = checkArgument('groups', z.record(Id, Dong), groups);
  const { table, rounding } = checkArgument(
    'options',
    z.looseObject({
      table: DuesRateTable.optional(),
      rounding: DuesRounding.optional(),
    }),
    options,
  );
  return (table ?? DEFAULT_DUES_RATES).map((entry) => {
    const rates: Record<string, DuesRate> = { ...entry.rates };
    for (const [group, amount] of Object.entries(parsedGroups)) {
      if (group in entry.rates) {
        throw new ChiboError(
          'invalid-argument',
          {
            vi: `Nhóm "${group}" đã có mức đảng phí trong văn bản ${entry.regulation}.`,
            en: `Group "${group}" already has a rate under ${entry.regulation}.`,
          },
          {
            issues: [
              {
                path: ['groups', group],
                code: 'custom',
                message: {
                  vi: 'Không ghi đè mức của văn bản.',
                  en: "The text's rate is not overridden.",
                },
                rule: 'R-DUES-1',
              },
            ],
          },
        );
      }
      rates[group] = { kind: 'fixed', amount };
    }
    return { ...entry, rates, rounding: rounding ?? entry.rounding };
  });
}

/** A member's dues group and base (salary or pension) from a month. */
export const DuesBasis = z.strictObject({
  memberId: Id,
  /** `salary`, `pension`, `student`, or a host group. */
  group: Id,
  /** The monthly salary subject to social insurance, or the pension, in đồng. */
  base: Dong.optional(),
  /** The first month this basis applies to. @defaultValue every month */
  from: Month.optional(),
});
export type DuesBasis = z.infer<typeof DuesBasis>;

/** One month's dues of one member (R-DUES-1). */
export interface MonthlyDues {
  month: string;
  group: string;
  /** Whole đồng. */
  amount: number;
  rate: DuesRate;
  rounding: DuesRounding;
  /** The text the rate comes from (R-SET-1). */
  regulation: string;
  reason: LocalizedText;
}

/** The options of `computeMonthlyDues`. */
export interface ComputeMonthlyDuesOptions {
  /** @defaultValue `DEFAULT_DUES_RATES` */
  rates?: DuesRateTable | undefined;
}

/** `base × basisPoints / 10 000` in whole đồng, exactly (integers only). */
function shareOf(
  base: number,
  basisPoints: number,
  rounding: DuesRounding,
): number {
  const scaled = base * basisPoints;
  const floor = Math.floor(scaled / 10_000);
  const rest = scaled - floor * 10_000;
  if (rest === 0 || rounding === 'down') return floor;
  if (rounding === 'up') return floor + 1;
  return rest * 2 >= 10_000 ? floor + 1 : floor;
}

/** `computeMonthlyDues` on checked arguments. */
export function computeMonthlyDuesUnchecked(
  basis: Pick<DuesBasis, 'group' | 'base'>,
  month: string,
  table: DuesRateTable,
): MonthlyDues {
  let entry: DuesRateEntry | undefined;
  for (const candidate of table) if (candidate.from <= month) entry = candidate;
  const fail = (vi: string, en: string): never => {
    throw new ChiboError(
      'invalid-argument',
      { vi, en },
      {
        issues: [
          {
            path: ['basis', 'group'],
            code: 'custom',
            message: { vi, en },
            rule: 'R-DUES-1',
          },
        ],
      },
    );
  };
  if (entry === undefined) {
    return fail(
      `Bảng mức đảng phí không có mức cho tháng ${month}: hãy bổ sung mức trước đó (342-QĐ/TW) vào bảng.`,
      `The rate table has no rates for ${month}: add the earlier rates (342-QĐ/TW) to the table.`,
    );
  }
  const rate = entry.rates[basis.group];
  if (rate === undefined || !Object.hasOwn(entry.rates, basis.group)) {
    return fail(
      `Nhóm "${basis.group}" không có mức đảng phí trong ${entry.regulation}; mức của các nhóm khác do đơn vị quy định (createDuesRateTable).`,
      `Group "${basis.group}" has no rate under ${entry.regulation}; the host sets other groups' amounts (createDuesRateTable).`,
    );
  }
  if (rate.kind === 'fixed') {
    return {
      month,
      group: basis.group,
      amount: rate.amount,
      rate,
      rounding: entry.rounding,
      regulation: entry.regulation,
      reason: {
        vi: `Mức cố định ${groupThousands(rate.amount, 'vi')} đ/tháng (${entry.regulation}).`,
        en: `Fixed ${groupThousands(rate.amount, 'en')} VND a month (${entry.regulation}).`,
      },
    };
  }
  if (basis.base === undefined) {
    return fail(
      `Nhóm "${basis.group}" đóng theo tỷ lệ: cần mức lương hoặc lương hưu (base).`,
      `Group "${basis.group}" pays a share: the salary or pension (base) is needed.`,
    );
  }
  const amount = shareOf(basis.base, rate.basisPoints, entry.rounding);
  const pct = String(rate.basisPoints / 100);
  return {
    month,
    group: basis.group,
    amount,
    rate,
    rounding: entry.rounding,
    regulation: entry.regulation,
    reason: {
      vi: `${pct.replace('.', ',')}% của ${groupThousands(basis.base, 'vi')} đ = ${groupThousands(amount, 'vi')} đ (làm tròn đến đồng, ${roundingVi[entry.rounding]}; ${entry.regulation}).`,
      en: `${pct}% of ${groupThousands(basis.base, 'en')} VND = ${groupThousands(amount, 'en')} VND (whole đồng, ${entry.rounding}; ${entry.regulation}).`,
    },
  };
}

const roundingVi: Record<DuesRounding, string> = {
  'half-up': 'từ nửa đồng trở lên làm tròn lên',
  down: 'bỏ phần lẻ',
  up: 'làm tròn lên',
};

/**
 * A member's dues for one month (R-DUES-1): the group's share of the base,
 * in whole đồng with the table's rounding (half up by default: a share of
 * 23 456,5 đ is 23 457 đ), or the group's fixed amount.
 *
 * @param basis - the member's group and base (salary or pension, in đồng).
 * @param month - `YYYY-MM`.
 * @param options - the rate table.
 * @returns the amount, the rate, the text and the reason.
 * @throws ChiboError (`invalid-argument`) for a month with no rates, a group
 *   the table does not know, or a share with no base.
 * @example
 * ```ts
 * computeMonthlyDues({ group: 'salary', base: 2_340_000 }, '2027-03').amount; // 23400
 * computeMonthlyDues({ group: 'pension', base: 4_100_000 }, '2027-03').amount; // 20500
 * ```
 */
export function computeMonthlyDues(
  basis: Pick<DuesBasis, 'group' | 'base'>,
  month: string,
  options: ComputeMonthlyDuesOptions = {},
): MonthlyDues {
  const parsed = checkArgument(
    'basis',
    z.looseObject({ group: Id, base: Dong.optional() }),
    basis,
  );
  checkArgument('month', Month, month);
  const { rates } = checkArgument(
    'options',
    z.looseObject({ rates: DuesRateTable.optional() }),
    options,
  );
  return computeMonthlyDuesUnchecked(
    parsed,
    month,
    rates ?? DEFAULT_DUES_RATES,
  );
}
