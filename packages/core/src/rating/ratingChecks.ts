import type { MeetingTimeline } from '../entities/meeting';
import type { RuleId } from '../rules/findings';
import { parseInstant } from '../time';
import type { RatingCheck } from './criteria';

const HOUR_MS = 3_600_000;

/** A preparation step recorded, and before the meeting started. */
const before = (
  id: string,
  field: keyof MeetingTimeline,
  vi: string,
  en: string,
  rule: RuleId,
): RatingCheck => ({
  id,
  label: { vi, en },
  rule,
  test: (facts) => {
    const at = facts.record.meeting.timeline[field];
    return at !== undefined && parseInstant(at) <= facts.startTime;
  },
});

/** A step of the meeting recorded in the timeline. */
const recorded = (
  id: string,
  field: keyof MeetingTimeline,
  vi: string,
  en: string,
): RatingCheck => ({
  id,
  label: { vi, en },
  test: (facts) => facts.record.meeting.timeline[field] !== undefined,
});

/**
 * The materials were posted to the Sổ tay đảng viên at least the rule set's
 * number of days before the scheduled start (R-PREP-2: 1 day under
 * `HD42-2025`), counted as 24-hour days.
 *
 * @param days - days ahead. @defaultValue the rule set's, else 1
 * @returns the check.
 * @example
 * ```ts
 * checklistCriterion({ id: 'prep', label, items: [{ check: materialsPostedOnTime(), points: 3 }] });
 * ```
 */
export function materialsPostedOnTime(days?: number): RatingCheck {
  return {
    id: 'materials-posted-on-time',
    rule: 'R-PREP-2',
    label: {
      vi: 'Đăng tài liệu lên Sổ tay đảng viên trước ít nhất 1 ngày',
      en: 'Materials posted to the app at least 1 day before',
    },
    test: (facts) => {
      const at = facts.record.meeting.timeline.materialsPostedAt;
      if (at === undefined) return false;
      const ahead = days ?? facts.ruleSet.materialsPostedDaysBefore ?? 1;
      return facts.scheduledTime - parseInstant(at) >= ahead * 24 * HOUR_MS;
    },
  };
}

/**
 * The meeting started no later than the scheduled time plus a tolerance.
 * Cannot tell while the start time is not recorded.
 *
 * @param toleranceMinutes - minutes of lateness still "on time". @defaultValue 0
 * @returns the check.
 * @example
 * ```ts
 * startedOnTime(5);
 * ```
 */
export function startedOnTime(toleranceMinutes = 0): RatingCheck {
  return {
    id: 'started-on-time',
    label: { vi: 'Bắt đầu đúng giờ', en: 'Started on time' },
    test: (facts) => {
      const { startedAt } = facts.record.meeting.timeline;
      if (startedAt === undefined) return null;
      return facts.startTime <= facts.scheduledTime + toleranceMinutes * 60_000;
    },
  };
}

/**
 * Checks on the record for checklist criteria (`checklistCriterion`). A step
 * with no timestamp in the timeline counts as not done.
 */
export const ratingChecks = {
  contentPrepared: before(
    'content-prepared',
    'contentPreparedAt',
    'Chuẩn bị nội dung, dự thảo nghị quyết',
    'Content and draft resolution prepared',
    'R-PREP-1',
  ),
  committeeMet: before(
    'committee-met',
    'committeeMetAt',
    'Chi ủy họp thống nhất nội dung trước',
    'The chi ủy met beforehand',
    'R-PREP-1',
  ),
  noticeSent: before(
    'notice-sent',
    'noticeSentAt',
    'Thông báo thời gian, địa điểm, nội dung',
    'Members told the time, place and content',
    'R-PREP-1',
  ),
  draftApproved: before(
    'draft-approved',
    'draftApprovedAt',
    'Chi ủy duyệt đề cương chuyên đề',
    'Thematic draft approved',
    'R-PREP-3',
  ),
  materialsPosted: materialsPostedOnTime(),
  startedOnTime: startedOnTime(),
  agendaApproved: recorded(
    'agenda-approved',
    'agendaApprovedAt',
    'Thông qua chương trình',
    'Agenda approved',
  ),
  recorderAppointed: {
    id: 'recorder-appointed',
    label: { vi: 'Cử thư ký', en: 'Recorder appointed' },
    test: (facts) => facts.record.meeting.recorderId !== undefined,
  },
  previousTasksReviewed: {
    id: 'previous-tasks-reviewed',
    label: {
      vi: 'Kiểm điểm từng nhiệm vụ của nghị quyết kỳ trước',
      en: 'Every task of the previous resolution reviewed',
    },
    rule: 'R-TASK-1',
    test: (facts) => {
      const previous = facts.record.previousResolution;
      if (!previous) return null;
      const reviewed = facts.record.meeting.taskReviews;
      return previous.tasks.every((t) =>
        reviewed.some((r) => r.taskId === t.id),
      );
    },
  },
  chairConcluded: {
    id: 'chair-concluded',
    label: { vi: 'Chủ trì kết luận', en: "The chair's conclusion" },
    test: (facts) => (facts.record.meeting.conclusion ?? '') !== '',
  },
  resolutionAdopted: {
    id: 'resolution-adopted',
    label: {
      vi: 'Biểu quyết thông qua nghị quyết, kết luận',
      en: 'Resolution or conclusion adopted by vote',
    },
    rule: 'R-VOTE-1',
    test: (facts) => facts.resolutionVote?.passed === true,
  },
  newTasksAssigned: {
    id: 'new-tasks-assigned',
    label: {
      vi: 'Đề ra nhiệm vụ, phân công người thực hiện',
      en: 'New tasks set with assignees',
    },
    rule: 'R-TASK-1',
    test: (facts) => (facts.record.meeting.resolution?.tasks.length ?? 0) > 0,
  },
  durationMet: {
    id: 'duration-met',
    label: {
      vi: 'Đủ thời gian sinh hoạt',
      en: 'Minimum duration met',
    },
    rule: 'R-DUR-1',
    test: (facts) => facts.duration.met,
  },
  minutesApproved: recorded(
    'minutes-approved',
    'minutesApprovedAt',
    'Thông qua biên bản',
    'Minutes read back and approved',
  ),
  endTimeRecorded: recorded(
    'end-time-recorded',
    'endedAt',
    'Ghi giờ kết thúc',
    'End time recorded',
  ),
} satisfies Record<string, RatingCheck>;

/**
 * A check that holds when every one of `checks` holds (`null` when none
 * fails but one cannot be decided).
 *
 * @param id - the check's id.
 * @param label - what it checks, in both languages.
 * @param checks - the checks.
 * @returns the combined check.
 * @example
 * ```ts
 * allChecks('in-order', { vi: 'Đúng trình tự', en: 'In order' }, [ratingChecks.agendaApproved, ratingChecks.recorderAppointed]);
 * ```
 */
export function allChecks(
  id: string,
  label: RatingCheck['label'],
  checks: readonly RatingCheck[],
): RatingCheck {
  return {
    id,
    label,
    test: (facts) => {
      let undecided = false;
      for (const check of checks) {
        const held = check.test(facts);
        if (held === false) return false;
        if (held === null) undecided = true;
      }
      return undecided ? null : true;
    },
  };
}
