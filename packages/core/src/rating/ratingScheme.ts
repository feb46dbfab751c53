import type { RatingLevel } from '../entities/enums';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import type { RuleId } from '../rules/findings';
import type { RatingFacts } from './ratingFacts';

/**
 * What a record-scored criterion gives back: its points and why, or that the
 * record lacks what it needs (then the rating is incomplete, never guessed).
 */
export type CriterionOutcome =
  | { score: number; reason: LocalizedText; missing?: undefined }
  | { score?: undefined; reason?: undefined; missing: LocalizedText };

/** The parts every criterion has. */
interface CriterionBase {
  /** Unique within its scheme; the key of the human inputs. */
  id: string;
  label: LocalizedText;
  /** The most points it can give (for a quality condition: 1). */
  maxPoints: number;
  /** The id of the group it belongs to on the sheet, if the scheme has groups. */
  group?: string | undefined;
  /** The DOMAIN.md rule it comes from. */
  rule?: RuleId | undefined;
}

/**
 * A criterion scored from the meeting record: attendance, duration, speakers,
 * task results, the timeline… `score` must return a whole outcome, with a
 * score between 0 and `maxPoints`, and must not read the clock (R-TIME-2).
 */
export interface RecordCriterion extends CriterionBase {
  source: 'record';
  score: (facts: RatingFacts) => CriterionOutcome;
}

/**
 * A criterion a person judges (the chi ủy proposes it): chairing, principles,
 * praise and criticism… `points` takes a number from 0 to `maxPoints`;
 * `yes-no` takes a boolean (yes: full marks, no: 0). A missing input is never
 * scored: the rating is then incomplete.
 */
export interface InputCriterion extends CriterionBase {
  source: 'input';
  input: 'points' | 'yes-no';
  /** What the person is asked, shown on forms. */
  question?: LocalizedText | undefined;
}

/** One criterion of a rating scheme. */
export type RatingCriterion = RecordCriterion | InputCriterion;

/** A group of criteria on the sheet, e.g. Phú Thọ's "conduct: 45". */
export interface RatingGroup {
  id: string;
  label: LocalizedText;
  maxPoints: number;
}

/**
 * A gate (R-RATE-2): unless every listed criterion has full marks, the level
 * is at most `maxLevel`. Bình Thuận: 90 points are good only with full marks
 * on attendance, duration, speakers and the minutes; otherwise fair.
 */
export interface RatingGate {
  id: string;
  label: LocalizedText;
  criterionIds: readonly string[];
  maxLevel: RatingLevel;
  rule?: RuleId | undefined;
}

/**
 * The lowest total of each level; below `average` is poor (R-RATE-2: 90, 70,
 * 50 on 100 points).
 */
export interface LevelCutoffs {
  good: number;
  fair: number;
  average: number;
}

/**
 * How a scheme's result reads: four levels from the total (R-RATE-2), or "of
 * quality" when every criterion has full marks (R-RATE-1, 12-HD).
 */
export type RatingOutcomeKind =
  | { kind: 'levels'; cutoffs: LevelCutoffs }
  | { kind: 'quality' };

/**
 * A province's (or the centre's) way of rating a meeting: its criteria with
 * their maximum points, how each is scored, optional gates, and how the
 * result reads (R-RATE-1, R-RATE-2). Write your own with these types; see
 * docs/rating.md.
 *
 * @example
 * ```ts
 * const scheme: RatingScheme = {
 *   id: 'my-province',
 *   title: { vi: 'Phiếu của tỉnh', en: 'Province sheet' },
 *   outcome: { kind: 'levels', cutoffs: DEFAULT_LEVEL_CUTOFFS },
 *   criteria: [
 *     durationCriterion({ id: 'duration', maxPoints: 50 }),
 *     { id: 'chairing', source: 'input', input: 'points', maxPoints: 50,
 *       label: { vi: 'Chủ trì', en: 'Chairing' } },
 *   ],
 * };
 * ```
 */
export interface RatingScheme {
  id: string;
  title: LocalizedText;
  /** Where the sheet comes from (text, province, year). */
  source?: LocalizedText | undefined;
  rule?: RuleId | undefined;
  criteria: readonly RatingCriterion[];
  groups?: readonly RatingGroup[] | undefined;
  gates?: readonly RatingGate[] | undefined;
  outcome: RatingOutcomeKind;
}

/**
 * The human inputs of a rating, by criterion id: points (0..max) for a
 * `points` criterion, a boolean for a `yes-no` one.
 */
export type RatingInputs = Readonly<Record<string, number | boolean>>;

/** The cut-offs of every provincial sheet in DOMAIN.md (R-RATE-2): 90 / 70 / 50. */
export const DEFAULT_LEVEL_CUTOFFS: Readonly<LevelCutoffs> = Object.freeze({
  good: 90,
  fair: 70,
  average: 50,
});

/** The levels, best first. */
export const RATING_LEVELS_BEST_FIRST: readonly RatingLevel[] = [
  'good',
  'fair',
  'average',
  'poor',
];

/**
 * The level of a total under the cut-offs (R-RATE-2): good ≥ 90, fair
 * 70–<90, average 50–<70, poor < 50 by default.
 *
 * @param total - the points.
 * @param cutoffs - the lowest total of each level.
 * @returns the level.
 * @throws ChiboError (`invalid-argument`) for a total or a cut-off that is not
 *   a finite number (`'95'`, `NaN`): never a level for it.
 * @example
 * ```ts
 * getRatingLevel(89.5); // 'fair'
 * getRatingLevel(90); // 'good'
 * ```
 */
export function getRatingLevel(
  total: number,
  cutoffs: LevelCutoffs = DEFAULT_LEVEL_CUTOFFS,
): RatingLevel {
  const numbers = [total, cutoffs?.good, cutoffs?.fair, cutoffs?.average];
  if (!numbers.every(Number.isFinite)) {
    throw new ChiboError('invalid-argument', {
      vi: 'Tổng điểm và các mức điểm (good, fair, average) phải là số hữu hạn.',
      en: 'The total and the cut-offs (good, fair, average) must be finite numbers.',
    });
  }
  if (total >= cutoffs.good) return 'good';
  if (total >= cutoffs.fair) return 'fair';
  if (total >= cutoffs.average) return 'average';
  return 'poor';
}

/**
 * The worse of two levels.
 *
 * @param a - a level.
 * @param b - another level.
 * @returns the lower one.
 * @example
 * ```ts
 * lowerLevel('good', 'fair'); // 'fair'
 * ```
 */
export function lowerLevel(a: RatingLevel, b: RatingLevel): RatingLevel {
  return RATING_LEVELS_BEST_FIRST.indexOf(a) >=
    RATING_LEVELS_BEST_FIRST.indexOf(b)
    ? a
    : b;
}
