import { z } from 'zod';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';

/**
 * The four levels of the annual review of a member or an organisation
 * (R-YEAR-1; 366-QĐ/TW, and 124-QĐ/TW before it): hoàn thành xuất sắc,
 * hoàn thành tốt, hoàn thành, không hoàn thành nhiệm vụ. Best first.
 */
export const AnnualLevel = z.enum([
  'excellent',
  'good',
  'completed',
  'not-completed',
]);
export type AnnualLevel = z.infer<typeof AnnualLevel>;

/** The labels of the annual levels, as the review forms print them. */
export const annualLevelLabels: Readonly<
  Record<AnnualLevel, Readonly<LocalizedText>>
> = Object.freeze({
  excellent: {
    vi: 'Hoàn thành xuất sắc nhiệm vụ',
    en: 'Excellent (tasks completed with distinction)',
  },
  good: { vi: 'Hoàn thành tốt nhiệm vụ', en: 'Good (tasks completed well)' },
  completed: { vi: 'Hoàn thành nhiệm vụ', en: 'Completed (tasks completed)' },
  'not-completed': {
    vi: 'Không hoàn thành nhiệm vụ',
    en: 'Not completed (tasks not completed)',
  },
});

/** The lowest total of each level on the 100-point scale (R-YEAR-1). */
export interface AnnualCutoffs {
  excellent: number;
  good: number;
  completed: number;
}

/**
 * The cut-offs of 366-QĐ/TW (R-YEAR-1): excellent ≥ 90, good 70–<90,
 * completed 50–<70, not completed < 50, on 100 points.
 */
export const ANNUAL_CUTOFFS_366: Readonly<AnnualCutoffs> = Object.freeze({
  excellent: 90,
  good: 70,
  completed: 50,
});

/** The order of the levels, best first, as an index (0 = excellent). */
export const annualRank = (level: AnnualLevel): number =>
  AnnualLevel.options.indexOf(level);

/**
 * The level of a total on the 366-QĐ/TW scale (R-YEAR-1): 90 and above is
 * excellent, 70 up to 89.99… good, 50 up to 69.99… completed, below 50 not
 * completed. A total is compared as it is, never rounded first: 89.99 is good.
 *
 * @param total - the points, 0 to 100.
 * @param cutoffs - the lowest total of each level.
 * @returns the level.
 * @throws ChiboError (`invalid-argument`) for a total or a cut-off that is
 *   not a finite number.
 * @example
 * ```ts
 * getAnnualLevel(89.99); // 'good'
 * getAnnualLevel(90); // 'excellent'
 * ```
 */
export function getAnnualLevel(
  total: number,
  cutoffs: AnnualCutoffs = ANNUAL_CUTOFFS_366,
): AnnualLevel {
  const numbers = [
    total,
    cutoffs?.excellent,
    cutoffs?.good,
    cutoffs?.completed,
  ];
  if (!numbers.every(Number.isFinite)) {
    throw new ChiboError('invalid-argument', {
      vi: 'Tổng điểm và các ngưỡng (excellent, good, completed) phải là số hữu hạn.',
      en: 'The total and the cut-offs (excellent, good, completed) must be finite numbers.',
    });
  }
  if (total >= cutoffs.excellent) return 'excellent';
  if (total >= cutoffs.good) return 'good';
  if (total >= cutoffs.completed) return 'completed';
  return 'not-completed';
}

/** The worse of two annual levels. */
export const lowerAnnualLevel = (
  a: AnnualLevel,
  b: AnnualLevel,
): AnnualLevel => (annualRank(a) >= annualRank(b) ? a : b);
