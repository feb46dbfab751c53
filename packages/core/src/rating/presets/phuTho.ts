import { checkArgument } from '../../entities/checkArgument';
import { attendanceConditionCriterion } from '../attendanceCriteria';
import {
  checklistCriterion,
  durationCriterion,
  speakersCriterion,
} from '../criteria';
import { PresetOptionsArgument } from '../ratingArguments';
import { ratingChecks } from '../ratingChecks';
import { DEFAULT_LEVEL_CUTOFFS, type RatingScheme } from '../ratingScheme';
import {
  onTimeInOrder,
  type PresetOptions,
  praiseCriticismInput,
  preparationCriterion,
  principlesInput,
  ratingGroup,
  taskReviewCriterion,
} from './shared';

/** The options of `createPhuThoScheme`. */
export interface PhuThoSchemeOptions
  extends Pick<PresetOptions, 'lateStartToleranceMinutes'> {}

/**
 * The Phú Thọ sheet (Đảng ủy Khối các cơ quan), on 100 points in four groups
 * (R-RATE-2): preparation 15, attendance 20, conduct 45, closing 20; levels
 * 90 / 70 / 50.
 *
 * DOMAIN.md gives the group totals only. chibo's default split ([open],
 * documented in docs/rating.md):
 * - preparation 15: content prepared 4, chi ủy met 4, notice sent 3,
 *   materials posted ≥ 1 day ahead 4;
 * - attendance 20: R-ATT-2's conditions: rate above 85% 10, nobody absent
 *   without reason 5, nobody absent with reason more than 3 times in a row 5;
 * - conduct 45: on time and in order 5, every task reviewed 10, speakers 10
 *   (10 above 50%, 8 at ≥ 40%, 6 at ≥ 30%, else 4), praise and criticism 5
 *   (judged), minimum duration 5, chairing 5 (judged), principles 5 (judged);
 * - closing 20: the chair's conclusion 5, resolution adopted by vote 5,
 *   minutes approved 5, end time recorded 5.
 *
 * @param options - the [open] points.
 * @returns the scheme.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * rateMeeting(record, phuThoScheme, { chairing: 5, principles: 5, 'praise-criticism': true }, { history: [] }).level;
 * ```
 */
export function createPhuThoScheme(
  options: PhuThoSchemeOptions = {},
): RatingScheme {
  checkArgument('options', PresetOptionsArgument, options);
  return {
    id: 'phu-tho',
    title: {
      vi: 'Phiếu chấm điểm sinh hoạt chi bộ (Đảng ủy Khối các cơ quan tỉnh Phú Thọ)',
      en: 'Cell meeting score sheet (Phú Thọ)',
    },
    source: {
      vi: 'Đảng ủy Khối các cơ quan tỉnh Phú Thọ',
      en: 'Phú Thọ, Đảng ủy Khối các cơ quan',
    },
    rule: 'R-RATE-2',
    outcome: { kind: 'levels', cutoffs: DEFAULT_LEVEL_CUTOFFS },
    groups: [
      ratingGroup('preparation', 15),
      ratingGroup('attendance', 20),
      ratingGroup('conduct', 45),
      ratingGroup('closing', 20),
    ],
    criteria: [
      preparationCriterion([4, 4, 3, 4], 'preparation'),
      attendanceConditionCriterion({
        id: 'attendance-rate',
        group: 'attendance',
        condition: 'rate',
        maxPoints: 10,
      }),
      attendanceConditionCriterion({
        id: 'attendance-no-unexcused',
        group: 'attendance',
        condition: 'no-unexcused',
        maxPoints: 5,
      }),
      attendanceConditionCriterion({
        id: 'attendance-no-long-streak',
        group: 'attendance',
        condition: 'no-long-streak',
        maxPoints: 5,
      }),
      onTimeInOrder(5, {
        toleranceMinutes: options.lateStartToleranceMinutes ?? 0,
        group: 'conduct',
      }),
      taskReviewCriterion(10, 'conduct'),
      speakersCriterion({
        id: 'speakers',
        group: 'conduct',
        scale: {
          bands: [
            { above: 50, points: 10 },
            { atLeast: 40, points: 8 },
            { atLeast: 30, points: 6 },
          ],
          otherwise: 4,
        },
      }),
      praiseCriticismInput(5, 'conduct'),
      durationCriterion({ id: 'duration', group: 'conduct', maxPoints: 5 }),
      {
        id: 'chairing',
        group: 'conduct',
        source: 'input',
        input: 'points',
        maxPoints: 5,
        label: { vi: 'Điều hành của người chủ trì', en: 'Chairing' },
      },
      principlesInput(5, 'conduct'),
      checklistCriterion({
        id: 'closing',
        group: 'closing',
        rule: 'R-VOTE-1',
        label: {
          vi: 'Kết luận, biểu quyết, biên bản',
          en: 'Conclusion, vote, minutes',
        },
        items: [
          { check: ratingChecks.chairConcluded, points: 5 },
          { check: ratingChecks.resolutionAdopted, points: 5 },
          { check: ratingChecks.minutesApproved, points: 5 },
          { check: ratingChecks.endTimeRecorded, points: 5 },
        ],
      }),
    ],
  };
}

/** The Phú Thọ sheet with its default points (see `createPhuThoScheme`). */
export const phuThoScheme: RatingScheme = createPhuThoScheme();
