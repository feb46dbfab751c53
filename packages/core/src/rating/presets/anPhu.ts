import { checkArgument } from '../../entities/checkArgument';
import { attendanceCriterion } from '../attendanceCriteria';
import type { ShareScale } from '../bands';
import {
  checklistCriterion,
  durationCriterion,
  speakersCriterion,
  taskResultsCriterion,
} from '../criteria';
import { PresetOptionsArgument } from '../ratingArguments';
import { ratingChecks, startedOnTime } from '../ratingChecks';
import { DEFAULT_LEVEL_CUTOFFS, type RatingScheme } from '../ratingScheme';
import {
  conclusionVoteCriterion,
  type PresetOptions,
  praiseCriticismInput,
  preparationCriterion,
  principlesInput,
  ratingGroup,
  taskReviewCriterion,
} from './shared';

/**
 * The An Phú sheet's attendance bands (R-RATE-2): 4 at ≥ 90%, 3 at 75–<90%,
 * 2 at 65–<75%, 1 below 65%. Boundaries are inclusive at the bottom.
 */
export const ANPHU_ATTENDANCE_SCALE: ShareScale = {
  bands: [
    { atLeast: 90, points: 4 },
    { atLeast: 75, points: 3 },
    { atLeast: 65, points: 2 },
  ],
  otherwise: 1,
};

/**
 * The An Phú speakers bands (R-RATE-2): 5 when more than 50% of those present
 * speak, 4 at 40–50%, 3 at 30–40%, 2 below 30%. The sheet leaves the
 * boundaries open; chibo decides: exactly 50% → 4 (not "more than"), exactly
 * 40% → 4, exactly 30% → 3.
 */
export const ANPHU_SPEAKERS_SCALE: ShareScale = {
  bands: [
    { above: 50, points: 5 },
    { atLeast: 40, points: 4 },
    { atLeast: 30, points: 3 },
  ],
  otherwise: 2,
};

/**
 * The An Phú resolution-results bands (R-RATE-2): 30 at ≥ 90% of targets
 * met, 27 at 80–<90, 24 at 70–<80, 20 at 60–<70, 15 at 50–<60, 10 below 50.
 */
export const ANPHU_RESULTS_SCALE: ShareScale = {
  bands: [
    { atLeast: 90, points: 30 },
    { atLeast: 80, points: 27 },
    { atLeast: 70, points: 24 },
    { atLeast: 60, points: 20 },
    { atLeast: 50, points: 15 },
  ],
  otherwise: 10,
};

/** The options of `createAnPhuScheme`: the sheet's [open] points. */
export interface AnPhuSchemeOptions extends PresetOptions {}

/**
 * The An Phú ward sheet (2025, citing 42-HD), on 100 points (R-RATE-2):
 * duration 5, attendance 4 + 1, preparation 10, conduct 30 (speakers 5 of
 * it), the bí thư's chairing 10, principles 5, resolution results 30,
 * closing 5; good ≥ 90, fair 70–<90, average 50–<70, poor < 50.
 *
 * DOMAIN.md gives the points of duration, attendance, speakers and results;
 * it gives only the totals of preparation (10), conduct (30) and closing (5).
 * chibo splits them over what the record shows (documented defaults, see
 * docs/rating.md):
 * - preparation 10: content prepared 2, chi ủy met 3, notice sent 2,
 *   materials posted ≥ 1 day ahead 3 (R-PREP-1, R-PREP-2);
 * - conduct 30: on time and in order 5 (started on time 3, agenda approved 1,
 *   recorder appointed 1), every task reviewed 5, speakers 5, praise and
 *   criticism 5 (human, yes/no), conclusion and adopting vote 5, new tasks
 *   assigned 5;
 * - closing 5: minutes approved 3, end time recorded 2.
 *
 * The human inputs are `chairing` (0–10), `principles` (0–5) and
 * `praise-criticism` (yes/no).
 *
 * @param options - the [open] points.
 * @returns the scheme.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * const scheme = createAnPhuScheme({ lateStartToleranceMinutes: 5 });
 * ```
 */
export function createAnPhuScheme(
  options: AnPhuSchemeOptions = {},
): RatingScheme {
  checkArgument('options', PresetOptionsArgument, options);
  return {
    id: 'an-phu-hd42',
    title: {
      vi: 'Phiếu chấm điểm sinh hoạt chi bộ (phường An Phú, theo Hướng dẫn 42-HD/BTCTW)',
      en: 'Cell meeting score sheet (An Phú ward, after Guideline 42-HD/BTCTW)',
    },
    source: {
      vi: 'Đảng ủy phường An Phú, 2025, căn cứ Hướng dẫn 42-HD/BTCTW',
      en: 'An Phú ward party committee, 2025, citing Guideline 42-HD/BTCTW',
    },
    rule: 'R-RATE-2',
    outcome: { kind: 'levels', cutoffs: DEFAULT_LEVEL_CUTOFFS },
    groups: [
      ratingGroup('duration', 5),
      ratingGroup('attendance', 5),
      ratingGroup('preparation', 10),
      ratingGroup('conduct', 30),
      ratingGroup('chairing', 10),
      ratingGroup('principles', 5),
      ratingGroup('results', 30),
      ratingGroup('closing', 5),
    ],
    criteria: [
      durationCriterion({
        id: 'duration',
        group: 'duration',
        scale: {
          full: 5,
          shortBy: [
            { atMost: 15, points: 4 },
            { atMost: 30, points: 3 },
          ],
          atLeastHalf: 2,
          belowHalf: 1,
        },
      }),
      attendanceCriterion({
        id: 'attendance',
        group: 'attendance',
        scale: ANPHU_ATTENDANCE_SCALE,
        unexcusedCap: 1,
        streakBonus: 1,
      }),
      preparationCriterion([2, 3, 2, 3], 'preparation'),
      checklistCriterion({
        id: 'conduct-order',
        group: 'conduct',
        label: { vi: 'Đúng giờ, đúng trình tự', en: 'On time and in order' },
        items: [
          {
            check: startedOnTime(options.lateStartToleranceMinutes ?? 0),
            points: 3,
          },
          { check: ratingChecks.agendaApproved, points: 1 },
          { check: ratingChecks.recorderAppointed, points: 1 },
        ],
      }),
      taskReviewCriterion(5, 'conduct'),
      speakersCriterion({
        id: 'conduct-speakers',
        group: 'conduct',
        scale: ANPHU_SPEAKERS_SCALE,
      }),
      praiseCriticismInput(5, 'conduct'),
      conclusionVoteCriterion(2, 3, 'conduct'),
      checklistCriterion({
        id: 'conduct-new-tasks',
        group: 'conduct',
        rule: 'R-TASK-1',
        label: { vi: 'Đề ra nhiệm vụ tháng tới', en: "Next month's tasks" },
        items: [{ check: ratingChecks.newTasksAssigned, points: 5 }],
      }),
      {
        id: 'chairing',
        group: 'chairing',
        source: 'input',
        input: 'points',
        maxPoints: 10,
        label: {
          vi: 'Năng lực điều hành của bí thư',
          en: "The bí thư's chairing",
        },
      },
      principlesInput(5, 'principles'),
      taskResultsCriterion({
        id: 'results',
        group: 'results',
        scale: ANPHU_RESULTS_SCALE,
        partlyDoneShare: options.partlyDoneShare,
      }),
      checklistCriterion({
        id: 'closing',
        group: 'closing',
        label: { vi: 'Kết thúc sinh hoạt', en: 'Closing' },
        items: [
          { check: ratingChecks.minutesApproved, points: 3 },
          { check: ratingChecks.endTimeRecorded, points: 2 },
        ],
      }),
    ],
  };
}

/** The An Phú HD42 sheet with its default [open] points (see `createAnPhuScheme`). */
export const anPhuScheme: RatingScheme = createAnPhuScheme();
