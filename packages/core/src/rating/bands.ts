import { z } from 'zod';
import { checkArgument } from '../entities/checkArgument';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { ShareScaleArgument } from './ratingArguments';

/**
 * One step of a banded score, read best first: the points when the share is
 * at least (`atLeast`) or strictly above (`above`) a percentage. Writing the
 * comparison in the band is how a preset states its boundary cases
 * (R-RATE-2: "where a boundary case is not stated, decide it").
 */
export type ShareBand =
  | { atLeast: number; above?: undefined; points: number }
  | { above: number; atLeast?: undefined; points: number };

/** Bands best first, and the points when none applies. */
export interface ShareScale {
  bands: readonly ShareBand[];
  /** The points below the last band. */
  otherwise: number;
}

/**
 * The points of `part / whole` on a scale, compared exactly
 * (`100·part ≥ p·whole`), so 9 of 10 is at least 90% and 17 of 20 is not
 * above 85%.
 *
 * @param part - the numerator (may be fractional, e.g. summed progress).
 * @param whole - the denominator, above 0.
 * @param scale - the bands and the points below them.
 * @returns the points and the band that gave them (`null`: below every band).
 * @throws ChiboError (`invalid-argument`) for a part that is not a finite
 *   number, a whole that is not above 0, or a scale that is not one.
 * @example
 * ```ts
 * scoreShare(2, 5, { bands: [{ above: 50, points: 5 }, { atLeast: 40, points: 4 }], otherwise: 2 });
 * // { points: 4, band: { atLeast: 40, points: 4 } }
 * ```
 */
export function scoreShare(
  part: number,
  whole: number,
  scale: ShareScale,
): { points: number; band: ShareBand | null } {
  checkArgument('part', z.number(), part);
  checkArgument('whole', z.number().positive(), whole);
  checkArgument('scale', ShareScaleArgument, scale);
  return scoreShareUnchecked(part, whole, scale);
}

/** `scoreShare` for the criteria, whose scales were checked when built. */
export function scoreShareUnchecked(
  part: number,
  whole: number,
  scale: ShareScale,
): { points: number; band: ShareBand | null } {
  const scaled = part * 100;
  for (const band of scale.bands) {
    const hit =
      band.above !== undefined
        ? scaled > band.above * whole
        : scaled >= band.atLeast * whole;
    if (hit) return { points: band.points, band };
  }
  return { points: scale.otherwise, band: null };
}

/** The highest points a scale can give. */
export function maxOfScale(scale: ShareScale): number {
  return Math.max(scale.otherwise, ...scale.bands.map((b) => b.points));
}

/**
 * A share as a percentage for reasons: at most two decimals, a decimal comma
 * in Vietnamese.
 *
 * @param part - the numerator.
 * @param whole - the denominator.
 * @returns the text in both languages.
 * @throws ChiboError (`invalid-argument`) for a part or whole that is not a
 *   finite number.
 * @example
 * ```ts
 * formatPercent(15, 16); // { vi: '93,75%', en: '93.75%' }
 * ```
 */
export function formatPercent(part: number, whole: number): LocalizedText {
  if (!Number.isFinite(part) || !Number.isFinite(whole)) {
    throw new ChiboError('invalid-argument', {
      vi: 'Tử số và mẫu số của tỷ lệ phải là số hữu hạn.',
      en: 'The part and the whole of a share must be finite numbers.',
    });
  }
  const value = whole === 0 ? 0 : Math.round((part / whole) * 10_000) / 100;
  const en = `${value}%`;
  return { vi: en.replace('.', ','), en };
}

/** How a band reads: "≥ 90%" or "> 50%". */
export function describeBand(band: ShareBand | null): string {
  if (band === null) return '';
  return band.above !== undefined ? `> ${band.above}%` : `≥ ${band.atLeast}%`;
}
