import { checkArgument } from '../entities/checkArgument';
import {
  describeBand,
  formatPercent,
  maxOfScale,
  type ShareScale,
  scoreShareUnchecked,
} from './bands';
import type { CriterionBuilderOptions } from './criteria';
import { missing, scored } from './criterionOutcome';
import {
  ConditionOptionsArgument,
  ScaleOptionsArgument,
} from './ratingArguments';
import type { RecordCriterion } from './ratingScheme';

/** The options of `attendanceCriterion`. */
export interface AttendanceCriterionOptions extends CriterionBuilderOptions {
  /** Points by attendance rate (R-ATT-1). */
  scale: ShareScale;
  /** When someone is absent without reason, the points are at most this. */
  unexcusedCap?: number | undefined;
  /** Extra points when nobody has more excused absences in a row than R-ATT-2 allows. */
  streakBonus?: number | undefined;
}

/**
 * A criterion scored from the attendance rate (R-ATT-1) on a banded scale,
 * capped when someone is absent without reason, with an optional bonus for
 * R-ATT-2's excused-absence streak (needs `history`, else it is missing).
 * An incomplete roll call makes it missing.
 *
 * @param options - id, scale, cap and bonus.
 * @returns the criterion; its maximum is the top band plus the bonus.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * attendanceCriterion({ id: 'attendance', scale: { bands: [{ atLeast: 90, points: 4 }], otherwise: 1 }, unexcusedCap: 1, streakBonus: 1 });
 * ```
 */
export function attendanceCriterion(
  options: AttendanceCriterionOptions,
): RecordCriterion {
  checkArgument('options', ScaleOptionsArgument, options);
  const bonus = options.streakBonus ?? 0;
  const cap = options.unexcusedCap;
  return {
    id: options.id,
    source: 'record',
    rule: 'R-ATT-1',
    group: options.group,
    label: options.label ?? { vi: 'Tỷ lệ đảng viên dự họp', en: 'Attendance' },
    maxPoints: maxOfScale(options.scale) + bonus,
    score: (facts) => {
      const a = facts.attendance;
      if (a.unrecorded.length > 0) {
        return missing(
          `Chưa điểm danh ${a.unrecorded.length} đảng viên.`,
          `${a.unrecorded.length} member(s) have no roll-call line.`,
        );
      }
      const { present, expected } = a.rate;
      if (expected === 0) {
        return missing(
          'Không có đảng viên nào phải dự họp.',
          'No member is expected.',
        );
      }
      const streak = a.conditions.noLongExcusedStreak.met;
      if (bonus > 0 && streak === null) {
        return missing(
          'Thiếu các cuộc họp trước trong năm để xét vắng có lý do liên tiếp (R-ATT-2).',
          'The earlier meetings of the year are needed for the excused-absence streak (R-ATT-2).',
        );
      }
      const pct = formatPercent(present, expected);
      const { points, band } = scoreShareUnchecked(
        present,
        expected,
        options.scale,
      );
      let score = points;
      let vi = `Dự họp ${present}/${expected} = ${pct.vi}${band ? ` (${describeBand(band)})` : ''}: ${points} điểm`;
      let en = `${present} of ${expected} present = ${pct.en}${band ? ` (${describeBand(band)})` : ''}: ${points} points`;
      const unexcused = a.absentUnexcused.length;
      if (cap !== undefined && unexcused > 0 && score > cap) {
        score = cap;
        vi += `; có ${unexcused} đảng viên vắng không lý do: còn ${cap} điểm`;
        en += `; ${unexcused} absent without reason: capped at ${cap}`;
      }
      if (bonus > 0) {
        if (streak) {
          score += bonus;
          vi += `; không ai vắng có lý do quá ${a.conditions.noLongExcusedStreak.maxInRow} lần liên tiếp: +${bonus}`;
          en += `; nobody absent with reason more than ${a.conditions.noLongExcusedStreak.maxInRow} times in a row: +${bonus}`;
        } else {
          vi += '; có đảng viên vắng có lý do quá 3 lần liên tiếp: không cộng';
          en +=
            '; someone was absent with reason more than 3 times in a row: no bonus';
        }
      }
      return scored(score, `${vi}.`, `${en}.`);
    },
  };
}

/** The options of `attendanceConditionCriterion`. */
export interface AttendanceConditionCriterionOptions
  extends CriterionBuilderOptions {
  condition: 'rate' | 'no-unexcused' | 'no-long-streak';
  maxPoints?: number | undefined;
}

const conditionKey = {
  rate: 'rateAboveThreshold',
  'no-unexcused': 'noUnexcusedAbsence',
  'no-long-streak': 'noLongExcusedStreak',
} as const;

/**
 * One of R-ATT-2's three attendance conditions as an all-or-nothing
 * criterion: the rate above 85%, nobody absent without reason, nobody absent
 * with reason more than 3 times in a row this year. Undecidable (no history,
 * roll call incomplete) makes it missing.
 *
 * @param options - id, which condition, points.
 * @returns the criterion.
 * @throws ChiboError (`invalid-argument`) for options that are not valid.
 * @example
 * ```ts
 * attendanceConditionCriterion({ id: 'att-rate', condition: 'rate', maxPoints: 10 });
 * ```
 */
export function attendanceConditionCriterion(
  options: AttendanceConditionCriterionOptions,
): RecordCriterion {
  checkArgument('options', ConditionOptionsArgument, options);
  const max = options.maxPoints ?? 1;
  const text = {
    rate: { vi: 'Tỷ lệ dự họp trên 85%', en: 'Attendance above 85%' },
    'no-unexcused': {
      vi: 'Không có đảng viên vắng không lý do',
      en: 'Nobody absent without reason',
    },
    'no-long-streak': {
      vi: 'Không có đảng viên vắng có lý do quá 3 lần liên tiếp trong năm',
      en: 'Nobody absent with reason more than 3 times in a row this year',
    },
  }[options.condition];
  return {
    id: options.id,
    source: 'record',
    rule: 'R-ATT-2',
    group: options.group,
    label: options.label ?? text,
    maxPoints: max,
    score: (facts) => {
      const a = facts.attendance;
      const { met, memberIds } = a.conditions[conditionKey[options.condition]];
      if (met === null) {
        return missing(
          `Chưa đủ dữ liệu để xét: ${text.vi.toLowerCase()} (thiếu điểm danh hoặc các cuộc họp trước).`,
          `Not decidable yet: ${text.en.toLowerCase()} (roll call or earlier meetings missing).`,
        );
      }
      const pct = formatPercent(a.rate.present, a.rate.expected);
      const detail =
        options.condition === 'rate'
          ? { vi: ` (${pct.vi})`, en: ` (${pct.en})` }
          : memberIds.length > 0
            ? {
                vi: ` (${memberIds.join(', ')})`,
                en: ` (${memberIds.join(', ')})`,
              }
            : { vi: '', en: '' };
      return met
        ? scored(
            max,
            `Đạt: ${text.vi}${detail.vi}.`,
            `Met: ${text.en}${detail.en}.`,
          )
        : scored(
            0,
            `Không đạt: ${text.vi}${detail.vi}.`,
            `Not met: ${text.en}${detail.en}.`,
          );
    },
  };
}
