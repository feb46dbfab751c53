import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import type { Locale } from '../i18n/labels';

/** The options of `formatShare` and `formatDistribution`. */
export interface FormatShareOptions {
  /**
   * `'vi'`: `.` between thousands and `,` before the decimals
   * (`857/5.262 (16,28%)`); `'en'`: `857/5,262 (16.28%)`.
   * @defaultValue 'vi'
   */
  locale?: Locale | undefined;
}

/** Counts per level with their shares (R-YEAR-2). */
export interface Distribution<TKey extends string = string> {
  /** How many of each. */
  counts: Record<TKey, number>;
  /** The sum of the counts. */
  total: number;
  /**
   * Each share in hundredths of a percent (1964 = 19,64%), by largest
   * remainder: they add up to exactly 10 000 (100,00%), or are all 0 when
   * the total is 0.
   */
  hundredths: Record<TKey, number>;
}

/** A count chibo can scale to hundredths of a percent exactly (≤ 10¹¹). */
const Count = z.number().int().min(0).max(1e11);
const ShareArguments = z
  .tuple([Count, Count])
  .refine(([count, total]) => count <= total, {
    message: 'count must not exceed total',
    params: { vi: 'Số đếm không được lớn hơn tổng.' },
  });
const OptionsArgument = z.looseObject({
  locale: z.enum(['vi', 'en']).optional(),
});
const CountsArgument = z.record(z.string(), Count);

/** `1234567` → `'1.234.567'` (vi) or `'1,234,567'` (en). */
export function groupThousands(value: number, locale: Locale): string {
  return String(value).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    locale === 'vi' ? '.' : ',',
  );
}

/** Hundredths of a percent as text: `1628` → `'16,28%'` (vi). */
function formatHundredths(hundredths: number, locale: Locale): string {
  const whole = Math.floor(hundredths / 100);
  const cents = String(hundredths % 100).padStart(2, '0');
  return `${groupThousands(whole, locale)}${locale === 'vi' ? ',' : '.'}${cents}%`;
}

/**
 * `count/total (share%)` as the upper committees' reports write it (R-YEAR-2):
 * Vietnamese number format by default. The share has two decimals,
 * **truncated** (not rounded): 857/5.262 is 16,2866…% and the seeds quote it
 * as 16,28%. Within a distribution use `formatDistribution`, whose shares are
 * adjusted by largest remainder so that they add up to 100,00%.
 *
 * @param count - how many (a whole number, at most `total`).
 * @param total - out of how many.
 * @param options - the locale.
 * @returns the text; a total of 0 gives `0/0 (0,00%)`.
 * @throws ChiboError (`invalid-argument`) for a count or total that is not a
 *   whole number ≥ 0, or a count above the total.
 * @example
 * ```ts
 * formatShare(857, 5262); // '857/5.262 (16,28%)'
 * formatShare(857, 5262, { locale: 'en' }); // '857/5,262 (16.28%)'
 * ```
 */
export function formatShare(
  count: number,
  total: number,
  options: FormatShareOptions = {},
): string {
  checkArgument('share', ShareArguments, [count, total]);
  const locale = checkArgument('options', OptionsArgument, options).locale;
  return formatCounted(
    count,
    total,
    total === 0 ? 0 : Math.floor((count * 10_000) / total),
    locale ?? 'vi',
  );
}

function formatCounted(
  count: number,
  total: number,
  hundredths: number,
  locale: Locale,
): string {
  return `${groupThousands(count, locale)}/${groupThousands(total, locale)} (${formatHundredths(hundredths, locale)})`;
}

/**
 * The shares of a distribution by largest remainder (R-YEAR-2): each share
 * is first truncated to hundredths of a percent; the hundredths still missing
 * to reach 100,00% go one each to the shares with the largest remainders (on
 * a tie, the larger count, then the earlier key). The shares of one
 * distribution therefore add up to exactly 100,00%: 11, 38, 6 and 1 of 56
 * cells give 19,64 + 67,86 + 10,71 + 1,79.
 *
 * @param counts - how many of each level, in the order to print.
 * @returns the counts, their total and the shares in hundredths.
 * @throws ChiboError (`invalid-argument`) for a count that is not a whole
 *   number ≥ 0.
 * @example
 * ```ts
 * getDistribution({ excellent: 11, good: 38, completed: 6, 'not-completed': 1 })
 *   .hundredths; // { excellent: 1964, good: 6786, completed: 1071, 'not-completed': 179 }
 * ```
 */
export function getDistribution<TKey extends string>(
  counts: Readonly<Record<TKey, number>>,
): Distribution<TKey> {
  checkArgument('counts', CountsArgument, counts);
  return getDistributionUnchecked(counts);
}

/** `getDistribution` for counts chibo computed itself. */
export function getDistributionUnchecked<TKey extends string>(
  counts: Readonly<Record<TKey, number>>,
): Distribution<TKey> {
  const keys = Object.keys(counts) as TKey[];
  let total = 0;
  for (const key of keys) total += counts[key];
  const hundredths = {} as Record<TKey, number>;
  const remainders: number[] = [];
  let given = 0;
  for (const key of keys) {
    const scaled = counts[key] * 10_000;
    const floor = total === 0 ? 0 : Math.floor(scaled / total);
    hundredths[key] = floor;
    given += floor;
    remainders.push(scaled - floor * total);
  }
  // Fewer hundredths are missing than there are keys: hand them out one at
  // a time to the largest remainder, then the larger count, then the
  // earlier key.
  for (let missing = total === 0 ? 0 : 10_000 - given; missing > 0; missing--) {
    let best = -1;
    keys.forEach((key, i) => {
      const r = remainders[i] as number;
      if (r <= 0) return;
      const b = keys[best] as TKey;
      if (
        best === -1 ||
        r > (remainders[best] as number) ||
        (r === remainders[best] && counts[key] > counts[b])
      ) {
        best = i;
      }
    });
    remainders[best] = 0;
    const key = keys[best] as TKey;
    hundredths[key] += 1;
  }
  return { counts: { ...counts }, total, hundredths };
}

/**
 * Each level of a distribution as `count/total (share%)`, with the
 * largest-remainder shares of `getDistribution` (R-YEAR-2), so the printed
 * shares add up to 100,00%.
 *
 * @param distribution - from `getDistribution` or a roll-up.
 * @param options - the locale.
 * @returns the text of each level.
 * @throws ChiboError (`invalid-argument`) for a distribution whose counts
 *   are not whole numbers ≥ 0.
 * @example
 * ```ts
 * formatDistribution(getDistribution({ excellent: 11, good: 38, completed: 6, 'not-completed': 1 }))
 *   .good; // '38/56 (67,86%)'
 * ```
 */
export function formatDistribution<TKey extends string>(
  distribution: Pick<Distribution<TKey>, 'counts'>,
  options: FormatShareOptions = {},
): Record<TKey, string> {
  checkArgument(
    'distribution',
    z.looseObject({ counts: CountsArgument }),
    distribution,
  );
  const locale = checkArgument('options', OptionsArgument, options).locale;
  const { counts, total, hundredths } = getDistributionUnchecked(
    distribution.counts,
  );
  const out = {} as Record<TKey, string>;
  for (const key of Object.keys(counts) as TKey[]) {
    out[key] = formatCounted(
      counts[key],
      total,
      hundredths[key],
      locale ?? 'vi',
    );
  }
  return out;
}
