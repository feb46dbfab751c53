import { DateTime } from '../entities/primitives';
import type { ChiboIssue } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import type { RuleId } from '../rules/findings';
import { getSecretBallotRule } from '../rules/secretBallot';
import type { EventProblemCode } from './checkMeetingEvent';
import { getEventVerdict } from './eventVerdict';
import type { MeetingContext } from './meetingContext';
import { isMeetingEventType } from './meetingEvents';
import {
  checkVoteEligibility,
  getMissingPreparation,
  getUnrecordedMembers,
  getUnreviewedTasks,
} from './meetingRules';
import {
  type EventScreen,
  screenMeetingEvent,
  toLoggedEvent,
} from './screenMeetingEvent';

/** A code of a refusal a guard of the machine asks for, with a fixed reason and rule. */
export type GuardRejectionCode =
  | 'not-accepted'
  | 'preparation-incomplete'
  | 'flag-salute-off'
  | 'dues-step-off'
  | 'roll-call-incomplete'
  | 'agenda-not-approved'
  | 'recorder-not-appointed'
  | 'flag-salute-missing'
  | 'quorum-not-met'
  | 'regular-only'
  | 'thematic-only'
  | 'speaker-absent'
  | 'voters-not-eligible'
  | 'secret-ballot-online'
  | 'secret-ballot-required'
  | 'tasks-not-reviewed'
  | 'theme-not-presented'
  | 'resolution-vote-missing'
  | 'rating-not-proposed'
  | 'rating-approval-mismatch'
  | 'rating-approval-failed'
  | 'rating-not-approved'
  | 'not-a-supervisor'
  | 'minutes-not-read'
  | 'minutes-not-approved';

/**
 * Every code an entry of `context.rejected` can carry, each with its reason
 * in Vietnamese and English: a guard's refusal (`GuardRejectionCode`) or a
 * problem of the event itself (`EventProblemCode`: malformed, an unknown
 * type, a reference to nothing, a time before the last step). A closed
 * union: a code outside it does not type-check, and a `switch` over it can
 * be exhaustive.
 */
export type RejectionCode = GuardRejectionCode | EventProblemCode;

/** A refusal's code, reason, rule and, for a malformed event, its issues. */
export interface Refusal {
  code: RejectionCode;
  reason: LocalizedText;
  rule?: RuleId | undefined;
  issues?: ChiboIssue[] | undefined;
}

type Reason = LocalizedText & { rule?: RuleId };

const REASONS: Record<GuardRejectionCode, Reason> = {
  'not-accepted': {
    vi: 'Bước hiện tại của cuộc họp không nhận sự kiện này.',
    en: 'The meeting does not accept this event at its current step.',
  },
  'preparation-incomplete': {
    vi: 'Chưa hoàn thành công tác chuẩn bị',
    en: 'The preparation is not complete',
    rule: 'R-PREP-1',
  },
  'flag-salute-off': {
    vi: 'Nghi thức chào cờ không được bật cho cuộc họp này.',
    en: 'The flag salute step is not switched on for this meeting.',
  },
  'dues-step-off': {
    vi: 'Bước thu đảng phí không được bật cho cuộc họp này.',
    en: 'The dues step is not switched on for this meeting.',
  },
  'roll-call-incomplete': {
    vi: 'Chưa điểm danh đủ đảng viên',
    en: 'Not every member has an attendance status',
    rule: 'R-ATT-1',
  },
  'agenda-not-approved': {
    vi: 'Chương trình sinh hoạt chưa được thông qua.',
    en: 'The agenda has not been approved.',
    rule: 'R-DOC-6',
  },
  'recorder-not-appointed': {
    vi: 'Chưa cử thư ký cuộc họp.',
    en: 'No recorder has been appointed.',
    rule: 'R-DOC-6',
  },
  'flag-salute-missing': {
    vi: 'Chưa thực hiện nghi thức chào cờ.',
    en: 'The flag salute has not taken place.',
  },
  'quorum-not-met': {
    vi: 'Số đảng viên có mặt chưa đủ theo quy định của chi bộ.',
    en: 'Too few members are present for the quorum this host requires.',
    rule: 'R-QUORUM-1',
  },
  'regular-only': {
    vi: 'Bước này chỉ có ở sinh hoạt thường kỳ.',
    en: 'This step belongs to a regular meeting only.',
  },
  'thematic-only': {
    vi: 'Bước này chỉ có ở sinh hoạt chuyên đề.',
    en: 'This step belongs to a thematic meeting only.',
    rule: 'R-PREP-3',
  },
  'speaker-absent': {
    vi: 'Người phát biểu không có mặt tại cuộc họp.',
    en: 'The speaker is not present at the meeting.',
    rule: 'R-DOC-6',
  },
  'voters-not-eligible': {
    vi: 'Số phiếu không khớp với số đảng viên có quyền biểu quyết',
    en: 'The ballots do not fit the voting base',
    rule: 'R-VOTE-1',
  },
  'secret-ballot-online': {
    vi: 'Không bỏ phiếu kín trong cuộc họp trực tuyến.',
    en: 'A secret ballot is not allowed in an online meeting.',
    rule: 'R-ONLINE-2',
  },
  'secret-ballot-required': {
    vi: 'Biểu quyết kỷ luật và bầu cử phải bỏ phiếu kín.',
    en: 'Discipline and elections are decided by secret ballot.',
    rule: 'R-VOTE-3',
  },
  'tasks-not-reviewed': {
    vi: 'Chưa đánh giá hết các nhiệm vụ của nghị quyết kỳ trước',
    en: 'Not every task of the previous resolution has been reviewed',
    rule: 'R-TASK-1',
  },
  'theme-not-presented': {
    vi: 'Chưa trình bày chuyên đề.',
    en: 'The theme has not been presented.',
    rule: 'R-PREP-3',
  },
  'resolution-vote-missing': {
    vi: 'Chưa biểu quyết thông qua nghị quyết.',
    en: 'The resolution has not been put to the vote.',
    rule: 'R-VOTE-1',
  },
  'rating-not-proposed': {
    vi: 'Chi ủy chưa đề xuất xếp loại.',
    en: 'The cell committee has not proposed a rating.',
    rule: 'R-RATE-3',
  },
  'rating-approval-mismatch': {
    vi: 'Nội dung thông qua không khớp với đề xuất xếp loại: xếp loại theo Hướng dẫn 12-HD/BTCTW chỉ thông qua đạt hay không đạt chất lượng, không có mức; xếp loại theo mức (Tốt, Khá, Trung bình, Kém) thông qua một mức.',
    en: 'The approval does not fit the proposed rating: a 12-HD/BTCTW rating is approved as of quality or not, with no level; a rating by levels (good, fair, average, poor) is approved as a level.',
    rule: 'R-RATE-3',
  },
  'rating-approval-failed': {
    vi: 'Biểu quyết thông qua xếp loại không đạt quá nửa số đảng viên có quyền biểu quyết.',
    en: 'The rating approval did not get more than half of the voting base.',
    rule: 'R-RATE-3',
  },
  'rating-not-approved': {
    vi: 'Chi bộ chưa thông qua xếp loại.',
    en: 'The members have not approved the rating.',
    rule: 'R-RATE-3',
  },
  'not-a-supervisor': {
    vi: 'Chỉ cấp ủy viên cấp trên dự họp mới xác nhận xếp loại.',
    en: 'Only an attending upper-level supervisor confirms the rating.',
    rule: 'R-RATE-3',
  },
  'minutes-not-read': {
    vi: 'Thư ký chưa đọc lại biên bản.',
    en: 'The recorder has not read the minutes back.',
    rule: 'R-DOC-6',
  },
  'minutes-not-approved': {
    vi: 'Biên bản chưa được chi bộ thông qua.',
    en: 'The minutes have not been approved.',
    rule: 'R-DOC-6',
  },
};

function withList(reason: Reason, items: readonly string[]): Reason {
  return {
    ...reason,
    vi: `${reason.vi}: ${items.join(', ')}.`,
    en: `${reason.en}: ${items.join(', ')}.`,
  };
}

/** The vote of a valid `VOTE` event. */
function voteOf(context: MeetingContext, event: unknown) {
  const verdict = getEventVerdict(context, event);
  return verdict.ok && verdict.event.type === 'VOTE'
    ? verdict.event.vote
    : undefined;
}

/** The codes a guard asks for, each with its reason (`REASONS`). */
export const GUARD_REJECTION_CODES = Object.keys(
  REASONS,
) as GuardRejectionCode[];

/** Whether `code` is a guard's, with a fixed reason (not the event's own problem). */
function isGuardCode(code: RejectionCode): code is GuardRejectionCode {
  return Object.hasOwn(REASONS, code);
}

/**
 * Why an event was refused, in Vietnamese and English, with the rule and the
 * details (which members, steps or tasks are missing).
 *
 * @param code - the refusal's code.
 * @param context - the context the event met.
 * @param event - the event.
 * @returns the code, the reason, the rule and, for a malformed event, the issues.
 */
export function explainRejection(
  code: RejectionCode,
  context: MeetingContext,
  event: unknown,
): Refusal {
  if (!isGuardCode(code)) {
    const verdict = getEventVerdict(context, event);
    if (!verdict.ok) {
      const { ok: _ok, ...problem } = verdict;
      return problem;
    }
    return { code, reason: REASONS['not-accepted'] };
  }
  const base = REASONS[code];
  const { record } = context;
  const vote =
    code === 'secret-ballot-required' || code === 'voters-not-eligible'
      ? voteOf(context, event)
      : undefined;
  let reason: Reason = base;
  if (code === 'preparation-incomplete') {
    reason = withList(base, getMissingPreparation(record));
    if (record.meeting.kind === 'thematic') reason.rule = 'R-PREP-3';
  } else if (code === 'roll-call-incomplete') {
    reason = withList(base, getUnrecordedMembers(record));
  } else if (code === 'tasks-not-reviewed') {
    reason = withList(base, getUnreviewedTasks(record));
  } else if (code === 'secret-ballot-required' && vote) {
    reason = { ...base, rule: getSecretBallotRule(vote.subject) ?? base.rule };
  } else if (code === 'voters-not-eligible' && vote) {
    const found = checkVoteEligibility(record, vote).problem;
    if (found) {
      reason = {
        vi: `${base.vi}: ${found.vi}`,
        en: `${base.en}: ${found.en}`,
        rule: base.rule,
      };
    }
  }
  const { rule, vi, en } = reason;
  return { code, reason: { vi, en }, rule };
}

/** Whether the event is not even well formed: its problem comes first. */
function isMalformed(
  context: MeetingContext,
  plain: { type: string },
  screen: EventScreen,
): boolean {
  if (!screen.ok || !isMeetingEventType(plain.type)) return true;
  const verdict = getEventVerdict(context, plain);
  return !verdict.ok && verdict.code === 'invalid-event';
}

/**
 * The context after refusing `event`: logged with its reason, record
 * unchanged. A value that is not an event, or too deep or too large, is
 * logged as a small stand-in (see `toLoggedEvent`), never as itself.
 */
export function refuse(
  context: MeetingContext,
  event: unknown,
  requested: RejectionCode,
): Pick<MeetingContext, 'events' | 'rejected'> {
  // Explain from the logged (JSON) form, so a replay of the log gives the
  // same reasons word for word.
  const screen = screenMeetingEvent(event);
  const plain = toLoggedEvent(event, screen);
  // A malformed event is refused as such, whatever the state.
  const code =
    requested === 'not-accepted' && isMalformed(context, plain, screen)
      ? 'invalid-event'
      : requested;
  const at = DateTime.safeParse(plain.at);
  return {
    events: [...context.events, plain],
    rejected: [
      ...context.rejected,
      {
        index: context.events.length,
        type: plain.type,
        at: at.success ? at.data : null,
        ...explainRejection(code, context, plain),
      },
    ],
  };
}
