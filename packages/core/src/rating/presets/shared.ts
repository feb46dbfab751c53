import { checklistCriterion } from '../criteria';
import { allChecks, ratingChecks, startedOnTime } from '../ratingChecks';
import type {
  InputCriterion,
  RatingGroup,
  RecordCriterion,
} from '../ratingScheme';

/**
 * Preparation from the record (R-PREP-1, R-PREP-2): the points for content
 * prepared, chi ủy met, notice sent, and materials posted ≥ 1 day ahead.
 */
export function preparationCriterion(
  [content, committee, notice, materials]: readonly [
    number,
    number,
    number,
    number,
  ],
  group?: string,
): RecordCriterion {
  return checklistCriterion({
    id: 'preparation',
    group,
    rule: 'R-PREP-1',
    label: { vi: 'Công tác chuẩn bị', en: 'Preparation' },
    items: [
      { check: ratingChecks.contentPrepared, points: content },
      { check: ratingChecks.committeeMet, points: committee },
      { check: ratingChecks.noticeSent, points: notice },
      { check: ratingChecks.materialsPosted, points: materials },
    ],
  });
}

/** Where {@link onTimeInOrder} sits in a scheme. */
interface OnTimeInOrderOptions {
  /** Minutes of lateness still on time. */
  toleranceMinutes: number;
  group?: string | undefined;
  /** The criterion's id. @defaultValue 'conduct-order' */
  id?: string | undefined;
}

/** On time (with a tolerance) and in order: agenda approved, recorder appointed. */
export function onTimeInOrder(
  points: number,
  { toleranceMinutes, group, id = 'conduct-order' }: OnTimeInOrderOptions,
): RecordCriterion {
  return checklistCriterion({
    id,
    group,
    label: { vi: 'Đúng giờ, đúng trình tự', en: 'On time and in order' },
    items: [
      {
        check: allChecks(
          'on-time-in-order',
          {
            vi: 'Bắt đầu đúng giờ, thông qua chương trình, cử thư ký',
            en: 'Started on time, agenda approved, recorder appointed',
          },
          [
            startedOnTime(toleranceMinutes),
            ratingChecks.agendaApproved,
            ratingChecks.recorderAppointed,
          ],
        ),
        points,
      },
    ],
  });
}

/** The [open] options every points preset shares. */
export interface PresetOptions {
  /**
   * Minutes of lateness still counted as starting on time.
   * @defaultValue 0
   */
  lateStartToleranceMinutes?: number | undefined;
  /**
   * What a partly-done task without measured progress counts for in the
   * results criterion ([open]).
   * @defaultValue 0.5
   */
  partlyDoneShare?: number | undefined;
}

/** Praise and criticism where due: judged by people, yes/no (R-RATE-1). */
export function praiseCriticismInput(
  maxPoints: number,
  group?: string,
): InputCriterion {
  return {
    id: 'praise-criticism',
    group,
    source: 'input',
    input: 'yes-no',
    maxPoints,
    rule: 'R-RATE-1',
    label: {
      vi: 'Khen thưởng, phê bình kịp thời',
      en: 'Praise and criticism where due',
    },
  };
}

/** The principles of party organisation applied: judged by people, in points (R-RATE-1). */
export function principlesInput(
  maxPoints: number,
  group?: string,
): InputCriterion {
  return {
    id: 'principles',
    group,
    source: 'input',
    input: 'points',
    maxPoints,
    rule: 'R-RATE-1',
    label: {
      vi: 'Thực hiện nguyên tắc tổ chức, sinh hoạt đảng',
      en: 'Principles of party organisation',
    },
  };
}

/** Every task of the previous resolution reviewed (R-TASK-1), all or nothing. */
export function taskReviewCriterion(
  points: number,
  group?: string,
): RecordCriterion {
  return checklistCriterion({
    id: 'conduct-task-review',
    group,
    rule: 'R-TASK-1',
    label: {
      vi: 'Kiểm điểm nghị quyết kỳ trước',
      en: 'Review of the previous resolution',
    },
    items: [{ check: ratingChecks.previousTasksReviewed, points }],
  });
}

/** The chair's conclusion and the vote adopting the resolution (R-VOTE-1). */
export function conclusionVoteCriterion(
  conclusionPoints: number,
  votePoints: number,
  group?: string,
): RecordCriterion {
  return checklistCriterion({
    id: 'conduct-conclusion',
    group,
    rule: 'R-VOTE-1',
    label: {
      vi: 'Kết luận và biểu quyết nghị quyết',
      en: 'Conclusion and vote',
    },
    items: [
      { check: ratingChecks.chairConcluded, points: conclusionPoints },
      { check: ratingChecks.resolutionAdopted, points: votePoints },
    ],
  });
}

const GROUP_LABELS = {
  duration: { vi: 'Thời gian', en: 'Duration' },
  attendance: { vi: 'Dự họp', en: 'Attendance' },
  preparation: { vi: 'Chuẩn bị', en: 'Preparation' },
  conduct: { vi: 'Tổ chức sinh hoạt', en: 'Conduct' },
  chairing: { vi: 'Điều hành của bí thư', en: "The bí thư's chairing" },
  principles: { vi: 'Nguyên tắc', en: 'Principles' },
  results: { vi: 'Kết quả thực hiện nghị quyết', en: 'Resolution results' },
  closing: { vi: 'Kết thúc', en: 'Closing' },
} as const;

/** A group of the sheet with its usual label. */
export function ratingGroup(
  id: keyof typeof GROUP_LABELS,
  maxPoints: number,
): RatingGroup {
  return { id, label: GROUP_LABELS[id], maxPoints };
}
