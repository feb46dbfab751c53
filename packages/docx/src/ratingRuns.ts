import { getLabel, type Locale, type Rating } from '@chibo/core';
import { getRatingLevel } from '@chibo/core/rating';
import type { CriterionScore, RatingLevel } from '@chibo/core/schemas';
import { cleanText } from './cleanText';
import { createSay } from './context';
import { formatClockTime, formatLongDate, formatNumber } from './format';
import { type DocumentRun, value, wording } from './model';

/**
 * The level of a score on 100 points by the cut-offs every provincial sheet
 * shares (R-RATE-2): good ≥ 90, fair 70–<90, average 50–<70, poor < 50 —
 * core's `getRatingLevel` with its default cut-offs.
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
  return getRatingLevel(score);
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
 * Whether a rating reads "of quality" yes or no (the 12-HD framework,
 * R-RATE-1) rather than as one of the four levels (R-RATE-2).
 *
 * @param rating - the rating.
 * @returns true for a yes/no rating.
 */
function isQualityRating(rating: Rating): boolean {
  return (
    rating.approvedLevel === undefined &&
    rating.proposedLevel === undefined &&
    (rating.quality !== undefined || rating.approvedQuality !== undefined)
  );
}

/**
 * The level a rating ends with: approved by the members, else proposed by
 * the chi ủy, else read from the total, brought to 100 points, with the
 * cut-offs of R-RATE-2 (R-RATE-3).
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
  const { total, max } = ratingTotals(rating);
  const onHundred = max > 0 && max !== 100 ? (total * 100) / max : total;
  return { level: getLevelForScore(onHundred), from: 'score' };
}

/**
 * What a rating ends with, as the sheet's total row and the minutes print it:
 * "Xếp loại: Khá", or for a 12-HD rating "Đạt chất lượng" (what the members
 * approved, else the result of the conditions).
 *
 * @param rating - the rating.
 * @param locale - the document's language.
 * @returns the text.
 */
export function formatFinalResult(rating: Rating, locale: Locale): string {
  const say = createSay(locale);
  if (isQualityRating(rating)) {
    return formatQuality(
      rating.approvedQuality ?? rating.quality ?? false,
      locale,
    );
  }
  const level = getLabel('ratingLevel', getFinalLevel(rating).level, locale);
  return `${say('Xếp loại', 'Level')}: ${level}`;
}

function formatQuality(quality: boolean, locale: Locale): string {
  const say = createSay(locale);
  return quality
    ? say('Đạt chất lượng', 'Of quality')
    : say('Không đạt chất lượng', 'Not of quality');
}

/**
 * A criterion's label and reason in the document's language: the English
 * ones the rating records for an English document, else the Vietnamese. The
 * label falls back to the criterion's id, never to nothing.
 *
 * @param criterion - a criterion of the rating.
 * @param locale - the document's language.
 * @returns the cleaned label and reason (`''` when there is none).
 */
export function criterionText(
  criterion: CriterionScore,
  locale: Locale,
): { label: string; reason: string } {
  const en = locale === 'en';
  const label = (en ? criterion.labelEn : undefined) ?? criterion.label;
  const reason = (en ? criterion.reasonEn : undefined) ?? criterion.reason;
  return {
    label:
      cleanText(label ?? criterion.criterionId) ||
      cleanText(criterion.criterionId),
    reason: reason ? cleanText(reason) : '',
  };
}

/** The label of the rating's criterion `id` in the document's language. */
function criterionLabel(rating: Rating, id: string, locale: Locale): string {
  const criterion = rating.criteria.find((c) => c.criterionId === id);
  return criterion ? criterionText(criterion, locale).label : cleanText(id);
}

/**
 * The sentences that say why a 12-HD rating is not of quality (its failed
 * conditions, R-RATE-1) and which gates lowered a level (R-RATE-2): nothing
 * the rating records is left out (R-DOC-8).
 */
function reasonRuns(rating: Rating, locale: Locale): DocumentRun[][] {
  const say = createSay(locale);
  const level = (l: RatingLevel) => getLabel('ratingLevel', l, locale);
  const labels = (ids: readonly string[]) =>
    ids.map((id) => criterionLabel(rating, id, locale)).join('; ');
  const lines: DocumentRun[][] = [];
  if (rating.quality === false && (rating.failed?.length ?? 0) > 0) {
    lines.push([
      wording(say('Điều kiện chưa đạt: ', 'Conditions not met: ')),
      value(labels(rating.failed ?? [])),
      wording('.'),
    ]);
  }
  for (const gate of rating.gates ?? []) {
    if (!gate.applied) continue;
    const lowered =
      rating.levelBeforeGates !== undefined
        ? say(
            `Theo tổng điểm xếp loại ${level(rating.levelBeforeGates)}, hạ xuống ${level(gate.maxLevel)}`,
            `The total gives ${level(rating.levelBeforeGates)}, lowered to ${level(gate.maxLevel)}`,
          )
        : say(
            `Xếp loại không quá ${level(gate.maxLevel)}`,
            `The level is at most ${level(gate.maxLevel)}`,
          );
    lines.push([
      wording(
        `${lowered} ${say('vì chưa đạt điểm tối đa ở', 'because these criteria are below full marks')}: `,
      ),
      value(labels(gate.failedCriterionIds)),
      wording('.'),
    ]);
  }
  return lines;
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
    lines.push([wording(`${formatQuality(rating.quality, locale)}.`)]);
  }
  lines.push(...reasonRuns(rating, locale));
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
  if (isQualityRating(rating)) {
    lines.push([
      rating.approvedQuality !== undefined
        ? wording(
            `${say('Chi bộ thông qua kết quả', 'Result approved by the members')}: ${formatQuality(rating.approvedQuality, locale)}.`,
            { bold: true },
          )
        : wording(
            say(
              'Kết quả chưa được chi bộ thông qua.',
              'The result is not yet approved by the members.',
            ),
          ),
    ]);
  } else if (rating.approvedLevel) {
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
