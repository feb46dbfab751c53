import { checkArgument } from '../../entities/checkArgument';
import { attendanceCriterion } from '../attendanceCriteria';
import {
  durationCriterion,
  speakersCriterion,
  taskResultsCriterion,
} from '../criteria';
import { PresetOptionsArgument } from '../ratingArguments';
import { DEFAULT_LEVEL_CUTOFFS, type RatingScheme } from '../ratingScheme';
import {
  conclusionVoteCriterion,
  onTimeInOrder,
  type PresetOptions,
  praiseCriticismInput,
  preparationCriterion,
  principlesInput,
  taskReviewCriterion,
} from './shared';

/** The options of `createBinhThuanScheme`: the sheet's [open] points. */
export interface BinhThuanSchemeOptions extends PresetOptions {}

/** The four gating criteria of the Bình Thuận sheet (R-RATE-2). */
export const BINH_THUAN_GATING_CRITERIA = [
  'attendance',
  'duration',
  'speakers',
  'minutes',
] as const;

/**
 * The Bình Thuận sheet (Đảng ủy Khối), on 100 points with the cut-offs 90 /
 * 70 / 50 (R-RATE-2). Its rule: a total of 90 or more is good only with full
 * marks on the four gating criteria (attendance rate, duration, members
 * speaking, the minutes); otherwise it drops to fair — a gate with
 * `maxLevel: 'fair'`.
 *
 * DOMAIN.md states the gate but not the sheet's points. chibo's default
 * split ([open], documented in docs/rating.md): attendance 20 (20 at ≥ 90%
 * with nobody absent without reason, 10 above 85%, else 0; 10 at most when
 * someone is absent without reason), duration 10 (10 at the minimum, 5 at
 * half of it or more, else 0), speakers 10 (10 above 50%, 6 at 30% or more,
 * else 3), minutes 10 (judged by people, 0–10), preparation 15, conduct 20
 * (on time and in order 5, every task reviewed 5, praise and criticism 5,
 * conclusion and vote 5), principles 5 (judged), resolution results 10 (10
 * at ≥ 90%, 8 at ≥ 70%, 5 at ≥ 50%, else 2).
 *
 * @param options - the [open] points.
 * @returns the scheme.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * const result = rateMeeting(record, binhThuanScheme, { minutes: 10, principles: 5, 'praise-criticism': true }, { history: [] });
 * result.gates[0]?.applied; // true when a gating criterion lacked full marks at ≥ 90
 * ```
 */
export function createBinhThuanScheme(
  options: BinhThuanSchemeOptions = {},
): RatingScheme {
  checkArgument('options', PresetOptionsArgument, options);
  return {
    id: 'binh-thuan',
    title: {
      vi: 'Phiếu chấm điểm sinh hoạt chi bộ (Đảng ủy Khối, tỉnh Bình Thuận)',
      en: 'Cell meeting score sheet (Bình Thuận)',
    },
    source: {
      vi: 'Đảng ủy Khối tỉnh Bình Thuận',
      en: 'Bình Thuận, Đảng ủy Khối',
    },
    rule: 'R-RATE-2',
    outcome: { kind: 'levels', cutoffs: DEFAULT_LEVEL_CUTOFFS },
    gates: [
      {
        id: 'binh-thuan-good',
        rule: 'R-RATE-2',
        label: {
          vi: 'Xếp loại Tốt phải đạt điểm tối đa về tỷ lệ dự họp, thời gian, số đảng viên phát biểu và biên bản',
          en: 'Good needs full marks on attendance, duration, speakers and the minutes',
        },
        criterionIds: BINH_THUAN_GATING_CRITERIA,
        maxLevel: 'fair',
      },
    ],
    criteria: [
      attendanceCriterion({
        id: 'attendance',
        scale: {
          bands: [
            { atLeast: 90, points: 20 },
            { above: 85, points: 10 },
          ],
          otherwise: 0,
        },
        unexcusedCap: 10,
      }),
      durationCriterion({
        id: 'duration',
        scale: { full: 10, shortBy: [], atLeastHalf: 5, belowHalf: 0 },
      }),
      speakersCriterion({
        id: 'speakers',
        scale: {
          bands: [
            { above: 50, points: 10 },
            { atLeast: 30, points: 6 },
          ],
          otherwise: 3,
        },
      }),
      {
        id: 'minutes',
        source: 'input',
        input: 'points',
        maxPoints: 10,
        rule: 'R-RATE-1',
        label: { vi: 'Biên bản đầy đủ, đúng thể thức', en: 'The minutes' },
      },
      preparationCriterion([4, 4, 3, 4]),
      onTimeInOrder(5, {
        toleranceMinutes: options.lateStartToleranceMinutes ?? 0,
      }),
      taskReviewCriterion(5),
      praiseCriticismInput(5),
      conclusionVoteCriterion(2, 3),
      principlesInput(5),
      taskResultsCriterion({
        id: 'results',
        partlyDoneShare: options.partlyDoneShare,
        scale: {
          bands: [
            { atLeast: 90, points: 10 },
            { atLeast: 70, points: 8 },
            { atLeast: 50, points: 5 },
          ],
          otherwise: 2,
        },
      }),
    ],
  };
}

/** The Bình Thuận sheet with its default points (see `createBinhThuanScheme`). */
export const binhThuanScheme: RatingScheme = createBinhThuanScheme();
