import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { type AnnualLevel, annualLevelLabels } from './annualLevel';
import { type AnnualReview, AnnualReviewEntry } from './annualReview';
import { AnnualSheet } from './annualSheet';
import { type Distribution, getDistributionUnchecked } from './formatShare';
import {
  type RateAnnualReviewOptions,
  RateOptionsArgument,
  rateParsed,
} from './rateAnnualReview';

/**
 * [open] A cap on "excellent" (R-YEAR-1): at most `percent`% of `base` may
 * be excellent. Older rules capped it at 20% of those rated good in the same
 * organisation; whether 366-QĐ/TW keeps a cap is not confirmed, so chibo has
 * none unless the host sets one.
 */
export interface ExcellentCap {
  /** The share allowed, in percent (20 for the older rules). */
  percent: number;
  /**
   * What the share is taken of: every rated member (`'rated'`), those rated
   * good (`'good'`, the older rules' reading), or good and excellent
   * together (`'good-or-better'`).
   */
  base: 'rated' | 'good' | 'good-or-better';
  /**
   * `false`: only report who the cap would push down; `true`: lower them to
   * good as well. Either way they are listed.
   * @defaultValue false
   */
  enforce?: boolean | undefined;
}

/** What the cap found (R-YEAR-1 [open]); never applied silently. */
export interface ExcellentCapReport {
  percent: number;
  base: ExcellentCap['base'];
  /** How many are in the base. */
  baseCount: number;
  /** How many may be excellent: ⌊percent × baseCount / 100⌋. */
  allowed: number;
  /** How many were excellent before the cap. */
  excellent: number;
  /**
   * The lowest totals beyond `allowed`, pushed down to good (or that would
   * be, when not enforced). Equal totals at the cut go down together, so the
   * cap is never exceeded; `tiedAtCut` says so.
   */
  pushedDown: Array<{
    subjectId: string;
    name?: string | undefined;
    total: number;
  }>;
  tiedAtCut: boolean;
  /** Under 124-QĐ/TW there are no points to rank by: the cell must choose. */
  undecided: string[];
  enforced: boolean;
}

/** The options of `rateAnnualReviews`. */
export interface RateAnnualReviewsOptions extends RateAnnualReviewOptions {
  /** @defaultValue undefined: no cap ([open]) */
  cap?: ExcellentCap | undefined;
}

/** The reviews of one organisation's members (or organisations) for a year. */
export interface AnnualReviews {
  reviews: AnnualReview[];
  /** The levels of the rated reviews, with largest-remainder shares (R-YEAR-2). */
  distribution: Distribution<AnnualLevel>;
  /** The subjects whose review is incomplete. */
  unrated: string[];
  /** `null` when no cap is set. */
  cap: ExcellentCapReport | null;
}

const ReviewsOptionsArgument = RateOptionsArgument.extend({
  cap: z
    .looseObject({
      percent: z.number().finite().min(0).max(100),
      base: z.enum(['rated', 'good', 'good-or-better']),
      enforce: z.boolean().optional(),
    })
    .optional(),
});

function countLevels(reviews: readonly AnnualReview[]) {
  const counts: Record<AnnualLevel, number> = {
    excellent: 0,
    good: 0,
    completed: 0,
    'not-completed': 0,
  };
  for (const r of reviews) if (r.level !== null) counts[r.level]++;
  return counts;
}

function applyCap(
  reviews: AnnualReview[],
  cap: ExcellentCap,
): ExcellentCapReport {
  const counts = countLevels(reviews);
  const baseCount =
    cap.base === 'rated'
      ? Object.values(counts).reduce((a, b) => a + b, 0)
      : cap.base === 'good'
        ? counts.good
        : counts.good + counts.excellent;
  // Whole hundredths of a percent, so 20% of 10 is exactly 2.
  const allowed = Math.floor(
    (Math.round(cap.percent * 100) * baseCount) / 10_000,
  );
  const excellent = reviews.filter((r) => r.level === 'excellent');
  const report: ExcellentCapReport = {
    percent: cap.percent,
    base: cap.base,
    baseCount,
    allowed,
    excellent: excellent.length,
    pushedDown: [],
    tiedAtCut: false,
    undecided: [],
    enforced: cap.enforce === true,
  };
  if (excellent.length <= allowed) return report;
  if (excellent.some((r) => r.total === null)) {
    report.undecided = excellent.map((r) => r.subjectId);
    return report;
  }
  const ranked = [...excellent].sort(
    (a, b) => (b.total as number) - (a.total as number),
  );
  let keep = allowed;
  const cut = ranked[allowed]?.total;
  while (keep > 0 && ranked[keep - 1]?.total === cut) {
    keep--;
    report.tiedAtCut = true;
  }
  for (const review of ranked.slice(keep)) {
    report.pushedDown.push({
      subjectId: review.subjectId,
      ...(review.name === undefined ? {} : { name: review.name }),
      total: review.total as number,
    });
    const words = report.enforced
      ? { vi: 'hạ xuống', en: 'lowered to' }
      : { vi: 'sẽ hạ xuống', en: 'would be lowered to' };
    review.reasons.push({
      vi: `Vượt tỷ lệ hoàn thành xuất sắc (${cap.percent}%, tối đa ${allowed}): ${words.vi} ${annualLevelLabels.good.vi}.`,
      en: `Beyond the excellent cap (${cap.percent}%, at most ${allowed}): ${words.en} ${annualLevelLabels.good.en}.`,
    });
    if (report.enforced) review.level = 'good';
  }
  return report;
}

/**
 * Review and rate the members (or the organisations) of one organisation for
 * a year (R-YEAR-1), each as `rateAnnualReview` does, then count the levels
 * with their shares (R-YEAR-2) and, when the host sets one, check the [open]
 * cap on "excellent": the result lists who it pushes down (`enforce: true`)
 * or would push down — never silently.
 *
 * @param sheet - the committee's criteria sheet.
 * @param entries - one entry per member or organisation.
 * @param options - the year, the date, pinned texts, the cap.
 * @returns the reviews in order, the distribution and the cap's report.
 * @throws ChiboError (`invalid-argument`) for a sheet, an entry or options
 *   that are not valid, or two entries for the same subject.
 * @example
 * ```ts
 * const { distribution, cap } = rateAnnualReviews(sheet, entries, {
 *   year: 2027, cap: { percent: 20, base: 'good' },
 * });
 * distribution.counts.excellent; // 3
 * cap?.pushedDown; // [{ subjectId: 'm09', total: 90 }] (reported, not applied)
 * ```
 */
export function rateAnnualReviews(
  sheet: AnnualSheet,
  entries: readonly AnnualReviewEntry[],
  options: RateAnnualReviewsOptions,
): AnnualReviews {
  const parsedSheet = checkArgument('sheet', AnnualSheet, sheet);
  const parsed = checkArgument(
    'entries',
    z.array(AnnualReviewEntry).superRefine((list, ctx) => {
      const seen = new Set<string>();
      list.forEach((entry, index) => {
        if (seen.has(entry.subjectId)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'subjectId'],
            message: `"${entry.subjectId}" is reviewed twice.`,
            params: { vi: `"${entry.subjectId}" được đánh giá hai lần.` },
          });
        }
        seen.add(entry.subjectId);
      });
    }),
    entries,
  );
  const { year, reviewedOn, regulations, cap } = checkArgument(
    'options',
    ReviewsOptionsArgument,
    options,
  );
  const reviews = parsed.map((entry) =>
    rateParsed(parsedSheet, entry, year, reviewedOn, regulations),
  );
  const report = cap === undefined ? null : applyCap(reviews, cap);
  return {
    reviews,
    distribution: getDistributionUnchecked(countLevels(reviews)),
    unrated: reviews.filter((r) => r.level === null).map((r) => r.subjectId),
    cap: report,
  };
}
