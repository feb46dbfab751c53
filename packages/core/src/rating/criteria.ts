import { checkArgument } from '../entities/checkArgument';
import type { LocalizedText } from '../i18n/labels';
import type { RuleId } from '../rules/findings';
import {
  describeBand,
  formatPercent,
  maxOfScale,
  type ShareScale,
  scoreShareUnchecked,
} from './bands';
import { missing, scored } from './criterionOutcome';
import {
  ChecklistOptionsArgument,
  DurationOptionsArgument,
  ScaleOptionsArgument,
} from './ratingArguments';
import type { RatingFacts } from './ratingFacts';
import type { RecordCriterion } from './ratingScheme';
import { getTaskResultsUnchecked } from './taskResults';

/** What every criterion builder takes. */
export interface CriterionBuilderOptions {
  id: string;
  label?: LocalizedText | undefined;
  group?: string | undefined;
}

/** How many points a meeting gets by how short it fell of the minimum. */
export interface DurationScale {
  /** Points at the full minimum or more. */
  full: number;
  /** Short by at most `atMost` minutes, in order: the first that applies. */
  shortBy: ReadonlyArray<{ atMost: number; points: number }>;
  /** Lasted at least half the minimum. */
  atLeastHalf: number;
  /** Lasted less than half the minimum. */
  belowHalf: number;
}

/** The options of `durationCriterion`. */
export interface DurationCriterionOptions extends CriterionBuilderOptions {
  /** @defaultValue all or nothing: full marks at the minimum, else 0 */
  scale?: DurationScale | undefined;
  maxPoints?: number | undefined;
}

/**
 * A criterion scored from the meeting's length against its minimum (R-DUR-1:
 * 90 minutes, the cell's own minimum, 120 for a combined session). Missing
 * while the start or end time is not recorded.
 *
 * @param options - id, scale.
 * @returns the criterion.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * durationCriterion({ id: 'duration', maxPoints: 10 }); // 10 at the minimum, else 0
 * ```
 */
export function durationCriterion(
  options: DurationCriterionOptions,
): RecordCriterion {
  checkArgument('options', DurationOptionsArgument, options);
  const max = options.maxPoints ?? options.scale?.full ?? 1;
  const scale: DurationScale = options.scale ?? {
    full: max,
    shortBy: [],
    atLeastHalf: 0,
    belowHalf: 0,
  };
  return {
    id: options.id,
    source: 'record',
    rule: 'R-DUR-1',
    group: options.group,
    label: options.label ?? { vi: 'Thời gian sinh hoạt', en: 'Duration' },
    maxPoints: scale.full,
    score: (facts) => {
      const d = facts.duration;
      if (d.minutes === null || d.shortBy === null) {
        return missing(
          'Chưa ghi giờ bắt đầu hoặc giờ kết thúc.',
          'The start or end time is not recorded.',
        );
      }
      const head = {
        vi: `Sinh hoạt ${d.minutes} phút, tối thiểu ${d.minimum} phút`,
        en: `${d.minutes} minutes, minimum ${d.minimum}`,
      };
      if (d.shortBy === 0) {
        return scored(
          scale.full,
          `${head.vi}: đủ thời gian.`,
          `${head.en}: full time.`,
        );
      }
      const step = scale.shortBy.find(
        (s) => d.shortBy !== null && d.shortBy <= s.atMost,
      );
      if (step) {
        return scored(
          step.points,
          `${head.vi}: thiếu ${d.shortBy} phút (≤ ${step.atMost}).`,
          `${head.en}: short by ${d.shortBy} (≤ ${step.atMost}).`,
        );
      }
      const half = d.minutes * 2 >= d.minimum;
      return half
        ? scored(
            scale.atLeastHalf,
            `${head.vi}: thiếu ${d.shortBy} phút, còn ít nhất một nửa thời gian.`,
            `${head.en}: short by ${d.shortBy}, at least half the time.`,
          )
        : scored(
            scale.belowHalf,
            `${head.vi}: dưới một nửa thời gian.`,
            `${head.en}: less than half the time.`,
          );
    },
  };
}

/** The options of `speakersCriterion`. */
export interface SpeakersCriterionOptions extends CriterionBuilderOptions {
  /** Points by the share of present members who spoke. */
  scale: ShareScale;
}

/**
 * A criterion scored from the share of present members who gave an opinion
 * (guests do not count; a member who spoke twice counts once). Missing when
 * nobody is recorded present.
 *
 * @param options - id, scale.
 * @returns the criterion.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * speakersCriterion({ id: 'speakers', scale: { bands: [{ above: 50, points: 5 }], otherwise: 2 } });
 * ```
 */
export function speakersCriterion(
  options: SpeakersCriterionOptions,
): RecordCriterion {
  checkArgument('options', ScaleOptionsArgument, options);
  return {
    id: options.id,
    source: 'record',
    rule: 'R-RATE-2',
    group: options.group,
    label: options.label ?? {
      vi: 'Số đảng viên phát biểu',
      en: 'Members who spoke',
    },
    maxPoints: maxOfScale(options.scale),
    score: (facts) => {
      const { present, speakerIds } = facts.speakers;
      if (present === 0) {
        return missing(
          'Không có đảng viên nào có mặt.',
          'Nobody is recorded present.',
        );
      }
      const n = speakerIds.length;
      const pct = formatPercent(n, present);
      const { points, band } = scoreShareUnchecked(n, present, options.scale);
      const b = band ? ` (${describeBand(band)})` : '';
      return scored(
        points,
        `${n}/${present} đảng viên có mặt phát biểu = ${pct.vi}${b}.`,
        `${n} of ${present} present members spoke = ${pct.en}${b}.`,
      );
    },
  };
}

/** The options of `taskResultsCriterion`. */
export interface TaskResultsCriterionOptions extends CriterionBuilderOptions {
  /** Points by the share of the previous resolution's targets achieved. */
  scale: ShareScale;
  /**
   * What a partly-done task counts for when it has no measured progress.
   * [open] DOMAIN.md does not say. @defaultValue 0.5
   */
  partlyDoneShare?: number | undefined;
}

/**
 * A criterion scored from the share of the previous resolution's targets
 * achieved (R-TASK-1, An Phú criterion 7; see `getTaskResults`). Missing when
 * the record has no previous resolution or a task has no known outcome.
 *
 * @param options - id, scale, the weight of a partly-done task.
 * @returns the criterion.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * taskResultsCriterion({ id: 'results', scale: { bands: [{ atLeast: 90, points: 30 }], otherwise: 10 } });
 * ```
 */
export function taskResultsCriterion(
  options: TaskResultsCriterionOptions,
): RecordCriterion {
  checkArgument('options', ScaleOptionsArgument, options);
  const partly = options.partlyDoneShare ?? 0.5;
  return {
    id: options.id,
    source: 'record',
    rule: 'R-TASK-1',
    group: options.group,
    label: options.label ?? {
      vi: 'Kết quả thực hiện nghị quyết kỳ trước',
      en: 'Results of the previous resolution',
    },
    maxPoints: maxOfScale(options.scale),
    score: (facts: RatingFacts) => {
      const results = getTaskResultsUnchecked(facts.record, partly);
      if (results === null) {
        return missing(
          'Thiếu nghị quyết kỳ trước trong hồ sơ.',
          'The record has no previous resolution.',
        );
      }
      if (results.unknown.length > 0) {
        return missing(
          `Chưa đánh giá nhiệm vụ: ${results.unknown.join(', ')}.`,
          `No outcome for task(s): ${results.unknown.join(', ')}.`,
        );
      }
      if (results.tasks === 0) {
        return missing(
          'Nghị quyết kỳ trước không có nhiệm vụ nào.',
          'The previous resolution has no tasks.',
        );
      }
      const pct = formatPercent(results.achieved, results.tasks);
      const { points, band } = scoreShareUnchecked(
        results.achieved,
        results.tasks,
        options.scale,
      );
      const b = band ? ` (${describeBand(band)})` : '';
      return scored(
        points,
        `Đạt ${pct.vi} chỉ tiêu của ${results.tasks} nhiệm vụ${b}.`,
        `${pct.en} of the targets of ${results.tasks} task(s) achieved${b}.`,
      );
    },
  };
}

/** One check of a checklist criterion: true, false, or `null` (cannot tell). */
export interface RatingCheck {
  id: string;
  /** What it checks, as printed on the score sheet (no rule IDs in the text). */
  label: LocalizedText;
  /** The rule the check reads, for tracing (not printed). */
  rule?: RuleId | undefined;
  test: (facts: RatingFacts) => boolean | null;
}

/** The options of `checklistCriterion`. */
export interface ChecklistCriterionOptions extends CriterionBuilderOptions {
  label: LocalizedText;
  rule?: RuleId | undefined;
  /** The checks and the points each gives when it holds. */
  items: ReadonlyArray<{ check: RatingCheck; points: number }>;
}

/**
 * A criterion that adds up the points of the checks that hold (see
 * `ratingChecks`): preparation, order of proceedings, closing… A check that
 * cannot be decided makes the criterion missing.
 *
 * @param options - id, label, checks with their points.
 * @returns the criterion; its maximum is the sum of the points.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * checklistCriterion({ id: 'closing', label: { vi: 'Kết thúc', en: 'Closing' },
 *   items: [{ check: ratingChecks.minutesApproved, points: 5 }] });
 * ```
 */
export function checklistCriterion(
  options: ChecklistCriterionOptions,
): RecordCriterion {
  checkArgument('options', ChecklistOptionsArgument, options);
  return {
    id: options.id,
    source: 'record',
    rule: options.rule,
    group: options.group,
    label: options.label,
    maxPoints: options.items.reduce((sum, item) => sum + item.points, 0),
    score: (facts) => {
      let score = 0;
      // The items' lines joined with '; ', built without arrays.
      let vi = '';
      let en = '';
      for (const { check, points } of options.items) {
        const held = check.test(facts);
        if (held === null) {
          return missing(
            `Chưa đủ dữ liệu: ${check.label.vi}.`,
            `Cannot tell yet: ${check.label.en}.`,
          );
        }
        if (held) score += points;
        if (vi !== '' || en !== '') {
          vi += '; ';
          en += '; ';
        }
        vi += `${check.label.vi}: ${held ? `có (+${points})` : 'không'}`;
        en += `${check.label.en}: ${held ? `yes (+${points})` : 'no'}`;
      }
      return scored(score, `${vi}.`, `${en}.`);
    },
  };
}
