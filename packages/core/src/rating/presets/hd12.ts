import { checkArgument } from '../../entities/checkArgument';
import { attendanceConditionCriterion } from '../attendanceCriteria';
import {
  checklistCriterion,
  durationCriterion,
  speakersCriterion,
  taskResultsCriterion,
} from '../criteria';
import { PresetOptionsArgument } from '../ratingArguments';
import { ratingChecks } from '../ratingChecks';
import type { InputCriterion, RatingScheme } from '../ratingScheme';
import { onTimeInOrder } from './shared';

/** The options of `createHd12Scheme`: the framework's [open] thresholds. */
export interface Hd12SchemeOptions {
  /**
   * "Many members speak" ([open]): the least share of present members who
   * speak, in percent, inclusive.
   * @defaultValue 30
   */
  minSpeakerPercent?: number | undefined;
  /**
   * "Carried out with good results" ([open]): the least share of the previous
   * resolution's targets achieved, in percent, inclusive.
   * @defaultValue 70
   */
  goodResultsPercent?: number | undefined;
  /** See `TaskResultsCriterionOptions.partlyDoneShare`. @defaultValue 0.5 */
  partlyDoneShare?: number | undefined;
}

const judged = (
  id: string,
  group: string,
  vi: string,
  en: string,
): InputCriterion => ({
  id,
  group,
  source: 'input',
  input: 'yes-no',
  maxPoints: 1,
  rule: 'R-RATE-1',
  label: { vi, en },
});

/**
 * The 12-HD framework (R-RATE-1): a regular meeting is of quality when every
 * condition holds. Each condition is a criterion worth 1; the result's
 * `quality` is true only with all of them, and `failed` lists every failed
 * one. Conditions from the record: R-ATT-2's three attendance conditions,
 * the chi ủy met beforehand, on time and in order, many members speak, at
 * least 90 minutes (R-DUR-1), and the previous resolution's results. Judged
 * by people (inputs, yes/no): prepared by the bí thư or phó bí thư, content
 * complete and focused, a draft resolution, the content of the meeting
 * complete, praise and criticism where due, the minutes complete, and the
 * principles applied correctly.
 *
 * @param options - the [open] thresholds.
 * @returns the scheme.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * const result = rateMeeting(record, hd12Scheme, inputs, { history: [] });
 * result.quality; // true or false
 * result.failed; // the failed conditions' ids
 * ```
 */
export function createHd12Scheme(
  options: Hd12SchemeOptions = {},
): RatingScheme {
  checkArgument('options', PresetOptionsArgument, options);
  const speakers = options.minSpeakerPercent ?? 30;
  const results = options.goodResultsPercent ?? 70;
  return {
    id: 'hd12-framework',
    title: {
      vi: 'Tiêu chí sinh hoạt chi bộ có chất lượng (Hướng dẫn 12-HD/BTCTW)',
      en: 'Conditions of a quality cell meeting (Guideline 12-HD/BTCTW)',
    },
    source: {
      vi: 'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018',
      en: 'Guideline 12-HD/BTCTW of 6 July 2018',
    },
    rule: 'R-RATE-1',
    outcome: { kind: 'quality' },
    criteria: [
      attendanceConditionCriterion({
        id: 'attendance-rate',
        group: 'attendance',
        condition: 'rate',
      }),
      attendanceConditionCriterion({
        id: 'attendance-no-unexcused',
        group: 'attendance',
        condition: 'no-unexcused',
      }),
      attendanceConditionCriterion({
        id: 'attendance-no-long-streak',
        group: 'attendance',
        condition: 'no-long-streak',
      }),
      judged(
        'prepared-by-leader',
        'preparation',
        'Bí thư hoặc phó bí thư chuẩn bị',
        'Prepared by the bí thư or phó bí thư',
      ),
      checklistCriterion({
        id: 'committee-met',
        group: 'preparation',
        rule: 'R-PREP-1',
        label: { vi: 'Chi ủy họp trước', en: 'The chi ủy met beforehand' },
        items: [{ check: ratingChecks.committeeMet, points: 1 }],
      }),
      judged(
        'content-focused',
        'preparation',
        'Nội dung đầy đủ, trọng tâm',
        'Content complete and focused',
      ),
      judged(
        'draft-resolution',
        'preparation',
        'Có dự thảo nghị quyết',
        'A draft resolution',
      ),
      onTimeInOrder(1, {
        toleranceMinutes: 0,
        group: 'conduct',
        id: 'on-time-in-order',
      }),
      judged(
        'content-complete',
        'conduct',
        'Nội dung sinh hoạt đầy đủ',
        'The content is complete',
      ),
      judged(
        'praise-criticism',
        'conduct',
        'Khen, phê bình kịp thời',
        'Praise or criticism where due',
      ),
      speakersCriterion({
        id: 'many-speakers',
        group: 'conduct',
        label: { vi: 'Nhiều đảng viên phát biểu', en: 'Many members speak' },
        scale: { bands: [{ atLeast: speakers, points: 1 }], otherwise: 0 },
      }),
      durationCriterion({ id: 'duration', group: 'conduct', maxPoints: 1 }),
      judged(
        'minutes-complete',
        'conduct',
        'Biên bản đầy đủ',
        'The minutes are complete',
      ),
      judged(
        'principles',
        'principles',
        'Thực hiện đúng nguyên tắc tổ chức, sinh hoạt đảng',
        'Principles applied correctly',
      ),
      taskResultsCriterion({
        id: 'previous-results',
        group: 'results',
        label: {
          vi: 'Thực hiện nghị quyết kỳ trước có kết quả tốt',
          en: 'Previous resolution carried out with good results',
        },
        scale: { bands: [{ atLeast: results, points: 1 }], otherwise: 0 },
        partlyDoneShare: options.partlyDoneShare,
      }),
    ],
  };
}

/** The 12-HD framework with its default [open] thresholds (see `createHd12Scheme`). */
export const hd12Scheme: RatingScheme = createHd12Scheme();
