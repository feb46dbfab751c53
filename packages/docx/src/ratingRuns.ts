import {
  getLabel,
  type Locale,
  type Rating,
  type RatingLevel,
} from '@chibo/core';
import { cleanText } from './cleanText';
import { createSay } from './context';
import { formatClockTime, formatLongDate, formatNumber } from './format';
import { type DocumentRun, value, wording } from './model';

/**
 * The level of a score on 100 points by the cut-offs every provincial sheet
 * shares (R-RATE-2): good ≥ 90, fair 70–<90, average 50–<70, poor < 50.
 *
 * @param score - the total score.
 * @returns the level.
 * @example
 * ```ts
 * getLevelForScore(94); // 'good'
 * getLevelForScore(89.5); // 'fair'
 * ```
 */
export function getLevelForScore(score: number): RatingLevel {
  if (score >= 90) return 'good';
  if (score >= 70) return 'fair';
  if (score >= 50) return 'average';
  return 'poor';
}

/**
 * The totals of a rating: the recorded total or the sum of its criteria.
 *
 * @param rating - the rating.
 * @returns the total and the maximum.
 */
export function ratingTotals(rating: Rating): { total: number; max: number } {
  const sum = (f: (c: Rating['criteria'][number]) => number) =>
    rating.criteria.reduce((acc, c) => acc + f(c), 0);
  return {
    total: rating.total ?? sum((c) => c.score),
    max: sum((c) => c.maxPoints),
  };
}

/**
 * The level a rating ends with: approved by the members, else proposed by
 * the chi ủy, else read from the total on the 100-point scale (R-RATE-2,
 * R-RATE-3).
 *
 * @param rating - the rating.
 * @returns the level and where it comes from.
 */
export function getFinalLevel(rating: Rating): {
  level: RatingLevel;
  from: 'approved' | 'proposed' | 'score';
} {
  if (rating.approvedLevel)
    return { level: rating.approvedLevel, from: 'approved' };
  if (rating.proposedLevel)
    return { level: rating.proposedLevel, from: 'proposed' };
  return { level: getLevelForScore(ratingTotals(rating).total), from: 'score' };
}

/**
 * The rating as sentences: total, the chi ủy's proposal, the members'
 * approval and who confirmed it (R-RATE-3, R-DOC-6).
 *
 * @param rating - the rating, or none.
 * @param locale - the document's language.
 * @param attached - say that the score sheet is attached (in the minutes).
 * @returns one list of runs per sentence.
 */
export function ratingRuns(
  rating: Rating | undefined,
  locale: Locale,
  attached = false,
): DocumentRun[][] {
  const say = createSay(locale);
  if (!rating)
    return [
      [
        wording(
          say(
            'Cuộc họp chưa được xếp loại chất lượng.',
            'The meeting has not been rated.',
          ),
        ),
      ],
    ];
  const level = (l: RatingLevel) => getLabel('ratingLevel', l, locale);
  const n = (x: number) => formatNumber(x, locale);
  const { total, max } = ratingTotals(rating);
  const lines: DocumentRun[][] = [];
  if (rating.criteria.length > 0 || rating.total !== undefined) {
    const note = attached
      ? say(' (phiếu chấm điểm kèm theo)', ' (score sheet attached)')
      : '';
    lines.push([
      wording(
        say(
          `Tổng điểm: ${n(total)}/${n(max)} điểm${note}.`,
          `Total: ${n(total)} of ${n(max)} points${note}.`,
        ),
      ),
    ]);
  }
  if (rating.quality !== undefined) {
    lines.push([
      wording(
        rating.quality
          ? say('Đạt chất lượng.', 'Of quality.')
          : say('Không đạt chất lượng.', 'Not of quality.'),
      ),
    ]);
  }
  if (rating.proposedScore !== undefined || rating.proposedLevel) {
    const parts = [
      ...(rating.proposedScore !== undefined
        ? [
            say(
              `${n(rating.proposedScore)} điểm`,
              `${n(rating.proposedScore)} points`,
            ),
          ]
        : []),
      ...(rating.proposedLevel
        ? [
            say(
              `mức ${level(rating.proposedLevel)}`,
              `level ${level(rating.proposedLevel)}`,
            ),
          ]
        : []),
    ];
    lines.push([
      wording(
        `${say('Chi ủy đề xuất', 'Proposed by the cell committee')}: ${parts.join(', ')}.`,
      ),
    ]);
  }
  if (rating.approvedLevel) {
    lines.push([
      wording(
        say(
          `Chi bộ thông qua xếp loại: ${level(rating.approvedLevel)}.`,
          `Level approved by the members: ${level(rating.approvedLevel)}.`,
        ),
        { bold: true },
      ),
    ]);
  } else {
    const { level: l } = getFinalLevel(rating);
    lines.push([
      wording(
        say(
          `Xếp loại (chưa được chi bộ thông qua): ${level(l)}.`,
          `Level (not yet approved by the members): ${level(l)}.`,
        ),
      ),
    ]);
  }
  if (rating.confirmedBy) {
    const at = rating.confirmedBy.at;
    lines.push([
      wording(
        say(
          'Xác nhận của cấp ủy cấp trên: đồng chí ',
          'Confirmed by the upper committee: comrade ',
        ),
      ),
      value(cleanText(rating.confirmedBy.name)),
      wording(
        at
          ? say(
              `, lúc ${formatClockTime(at, locale)} ${formatLongDate(at, locale)}.`,
              `, at ${formatClockTime(at, locale)} on ${formatLongDate(at, locale)}.`,
            )
          : '.',
      ),
    ]);
  } else {
    lines.push([
      wording(
        say(
          'Chưa có xác nhận của cấp ủy cấp trên.',
          'Not yet confirmed by the upper committee.',
        ),
      ),
    ]);
  }
  return lines;
}
