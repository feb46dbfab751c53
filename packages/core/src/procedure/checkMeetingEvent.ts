import { z } from 'zod';
import type { MeetingRecord } from '../entities/meetingRecord';
import type { DisciplineBallots } from '../entities/vote';
import { type ChiboIssue, safeParseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import {
  findBarredBallots,
  findDisciplineSumIssues,
  getVoteRegulations,
} from '../rules/checkDisciplineBallots';
import type { RuleId } from '../rules/findings';
import { findQuietItemsWithOpinions } from '../rules/quietItems';
import { parseInstant } from '../time';
import { type MeetingContext, toPlainEvent } from './meetingContext';
import {
  isMeetingEventType,
  MEETING_EVENT_TYPES,
  type MeetingEventType,
  meetingEventSchemas,
  type ParsedMeetingEvent,
} from './meetingEvents';
import { quickAt, quickParseEvent } from './quickEvents';
import {
  explainMalformed,
  type MalformedEventCode,
  screenMeetingEvent,
} from './screenMeetingEvent';

/**
 * The codes of an event refused for the event itself, before any guard:
 * not an event at all (`MalformedEventCode`), an unknown type, a payload zod
 * refuses, a reference to nothing (a member, guest, agenda item or task
 * that does not exist, an id used twice, ballots that break R-VOTE-3), a
 * recorder not present, a task added without a draft, or a time before the
 * last step.
 */
export type EventProblemCode =
  | MalformedEventCode
  | 'unknown-event'
  | 'invalid-event'
  | 'invalid-reference'
  | 'recorder-absent'
  | 'no-resolution-draft'
  | 'out-of-order';

/** A refused event's reason. */
export interface EventProblem {
  code: EventProblemCode;
  reason: LocalizedText;
  rule?: RuleId | undefined;
  issues?: ChiboIssue[] | undefined;
}

/** The verdict on an event's payload and references. */
export type EventVerdict =
  | { ok: true; event: ParsedMeetingEvent }
  | ({ ok: false } & EventProblem);

/**
 * The payload schemas with `at` unread (still a known key: the schemas are
 * strict), for events whose `at` is read quickly.
 */
const payloadSchemas = Object.fromEntries(
  MEETING_EVENT_TYPES.map((type) => [
    type,
    (meetingEventSchemas[type] as z.ZodObject)
      .omit({ at: true })
      .extend({ at: z.unknown() }),
  ]),
) as unknown as Record<MeetingEventType, z.ZodType>;

/**
 * Parse an event; `undefined` when it is malformed. A well-formed event of a
 * common type is read without zod (see quickEvents.ts); otherwise a `Date` or
 * a zoned ISO string (what hosts send, and what a stored log holds) skips
 * zod's general date parser.
 */
function parseEvent(
  type: MeetingEventType,
  raw: unknown,
): ParsedMeetingEvent | undefined {
  const quick = quickParseEvent(type, raw);
  if (quick) return quick;
  const at = quickAt((raw as { at?: unknown }).at);
  if (at !== undefined) {
    const payload = payloadSchemas[type].safeParse(raw);
    return payload.success
      ? ({ ...(payload.data as object), at } as ParsedMeetingEvent)
      : undefined;
  }
  const full = meetingEventSchemas[type].safeParse(raw);
  return full.success ? (full.data as ParsedMeetingEvent) : undefined;
}

/** The options of `problem`. */
interface ProblemOptions {
  /** @defaultValue none */
  rule?: RuleId | undefined;
  /** @defaultValue `'invalid-reference'` */
  code?: EventProblemCode | undefined;
}

function problem(
  reason: LocalizedText,
  options: ProblemOptions = {},
): EventVerdict {
  const { rule, code = 'invalid-reference' } = options;
  return { ok: false, code, reason, rule };
}

/** A refusal for the issues of an event's vote (R-VOTE-3), if any. */
function voteProblem(issues: readonly ChiboIssue[]): EventVerdict | undefined {
  const [first] = issues;
  if (!first) return undefined;
  return {
    ok: false,
    code: 'invalid-reference',
    reason: first.message,
    rule: 'R-VOTE-3',
    issues: issues.map((issue) => ({
      ...issue,
      path: ['vote', ...issue.path],
    })),
  };
}

function duplicate(kind: LocalizedText, id: string): EventVerdict {
  return problem({
    en: `The ${kind.en} id "${id}" is already used.`,
    vi: `Mã ${kind.vi} "${id}" đã được dùng.`,
  });
}

function notMember(id: string): EventVerdict {
  return problem({
    en: `"${id}" is not a member of the cell.`,
    vi: `"${id}" không phải đảng viên của chi bộ.`,
  });
}

function hasAgendaItem(
  meeting: MeetingRecord['meeting'],
  id: string | undefined,
): boolean {
  return id === undefined || meeting.agenda.some((a) => a.id === id);
}

function noAgendaItem(id: string | undefined): EventVerdict {
  return problem({
    en: `No agenda item "${id}".`,
    vi: `Không có nội dung chương trình "${id}".`,
  });
}

/**
 * R-VOTE-3 (v2): the ballots against the texts in force on the vote's date,
 * the standing taken from the vote or, failing that, from the cell's list.
 */
function checkDisciplineVote(
  members: MeetingRecord['members'],
  vote: { subjectMemberId?: string | undefined },
  ballots: DisciplineBallots,
  at: string,
): EventVerdict | undefined {
  const member = members.find((m) => m.id === vote.subjectMemberId);
  if (member && ballots.standing && ballots.standing !== member.standing) {
    return problem(
      {
        en: `The vote gives "${member.id}" as ${ballots.standing}, but the cell's list has them as ${member.standing}.`,
        vi: `Biểu quyết ghi "${member.id}" là đảng viên ${STANDING_VI[ballots.standing]}, nhưng danh sách chi bộ ghi là đảng viên ${STANDING_VI[member.standing]}.`,
      },
      { rule: 'R-VOTE-3' },
    );
  }
  const standing = ballots.standing ?? member?.standing;
  const text = getVoteRegulations({ at }).discipline;
  return voteProblem(
    findBarredBallots({ ...ballots, standing }, text).map((issue) => ({
      ...issue,
      path: ['discipline', ...issue.path],
    })),
  );
}

const STANDING_VI = { official: 'chính thức', probationary: 'dự bị' };

function checkReferences(
  record: MeetingRecord,
  event: ParsedMeetingEvent,
): EventVerdict | undefined {
  const { meeting, members } = record;
  const isMember = (id: string) => members.some((m) => m.id === id);
  /** A member of the cell or a guest of the meeting: who may speak or present. */
  const isPerson = (id: string) =>
    isMember(id) || meeting.guests.some((g) => g.id === id);
  switch (event.type) {
    case 'OPEN':
      if (event.chairId !== undefined && !isMember(event.chairId))
        return notMember(event.chairId);
      return undefined;
    case 'DUES_COLLECTED': {
      const unknown = event.payments.find((p) => !isMember(p.memberId));
      return unknown ? notMember(unknown.memberId) : undefined;
    }
    case 'GUESTS_INTRODUCED': {
      const clash = event.guests.find((g) => isMember(g.id));
      if (clash)
        return problem({
          en: `Guest id "${clash.id}" is also a member's id.`,
          vi: `Mã đại biểu "${clash.id}" trùng với mã một đảng viên.`,
        });
      const ids = event.guests.map((g) => g.id);
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      return twice
        ? duplicate({ en: 'guest', vi: 'đại biểu' }, twice)
        : undefined;
    }
    case 'ROLL_CALL': {
      const { chairId, recorderId, presenterId } = meeting;
      const { lines } = event;
      for (let i = 0; i < lines.length; i++) {
        const { memberId, status } = lines[i] as (typeof lines)[number];
        for (let j = 0; j < i; j++) {
          if (lines[j]?.memberId === memberId)
            return duplicate(
              { en: 'roll-call line', vi: 'điểm danh' },
              memberId,
            );
        }
        if (!isMember(memberId)) return notMember(memberId);
        if (
          status !== 'present' &&
          (memberId === chairId ||
            memberId === recorderId ||
            memberId === presenterId)
        ) {
          return problem(
            {
              en: `"${memberId}" chairs, records or presents and cannot be absent.`,
              vi: `"${memberId}" chủ trì, làm thư ký hoặc trình bày nên không thể vắng mặt.`,
            },
            { rule: 'R-DOC-6' },
          );
        }
      }
      return undefined;
    }
    case 'AGENDA_APPROVED': {
      const agenda = event.agenda ?? meeting.agenda;
      if (agenda.length === 0)
        return problem(
          {
            en: 'There is no agenda to approve.',
            vi: 'Chưa có chương trình để thông qua.',
          },
          { rule: 'R-DOC-6' },
        );
      const ids = agenda.map((a) => a.id);
      const twice = ids.find((id, i) => ids.indexOf(id) !== i);
      return twice
        ? duplicate({ en: 'agenda item', vi: 'nội dung chương trình' }, twice)
        : undefined;
    }
    case 'RECORDER_APPOINTED':
      if (!isMember(event.memberId)) return notMember(event.memberId);
      if (
        !meeting.attendance.some(
          (a) => a.memberId === event.memberId && a.status === 'present',
        )
      )
        return problem(
          {
            en: `The recorder "${event.memberId}" must be recorded present first.`,
            vi: `Thư ký "${event.memberId}" phải được điểm danh có mặt trước.`,
          },
          { rule: 'R-DOC-6', code: 'recorder-absent' },
        );
      return undefined;
    case 'TASK_REVIEWED':
      if (
        !record.previousResolution?.tasks.some(
          (t) => t.id === event.review.taskId,
        )
      )
        return problem(
          {
            en: `Task "${event.review.taskId}" is not in the previous resolution.`,
            vi: `Nhiệm vụ "${event.review.taskId}" không có trong nghị quyết kỳ trước.`,
          },
          { rule: 'R-TASK-1' },
        );
      return undefined;
    case 'TASK_ADDED': {
      if (!meeting.resolution)
        return problem(
          {
            en: 'There is no draft resolution to add the task to.',
            vi: 'Chưa có dự thảo nghị quyết để bổ sung nhiệm vụ.',
          },
          { rule: 'R-PREP-1', code: 'no-resolution-draft' },
        );
      if (meeting.resolution.tasks.some((t) => t.id === event.task.id))
        return duplicate({ en: 'task', vi: 'nhiệm vụ' }, event.task.id);
      for (const a of event.task.assignees) {
        if (a.kind === 'member' && !isMember(a.memberId))
          return notMember(a.memberId);
      }
      return undefined;
    }
    case 'OPINION': {
      const { opinion } = event;
      if (meeting.opinions.some((o) => o.id === opinion.id))
        return duplicate({ en: 'opinion', vi: 'ý kiến' }, opinion.id);
      if (!isPerson(opinion.speakerId))
        return problem({
          en: `Speaker "${opinion.speakerId}" is neither a member nor a guest.`,
          vi: `Người phát biểu "${opinion.speakerId}" không phải đảng viên hay đại biểu.`,
        });
      if (!hasAgendaItem(meeting, opinion.agendaItemId))
        return noAgendaItem(opinion.agendaItemId);
      if (findQuietItemsWithOpinions(meeting.agenda, [opinion]).length > 0)
        return problem(
          {
            en: `Item "${opinion.agendaItemId}" was recorded as having no opinions.`,
            vi: `Nội dung "${opinion.agendaItemId}" đã được ghi là không có ý kiến.`,
          },
          { rule: 'R-DOC-6b' },
        );
      return undefined;
    }
    case 'ITEM_PRESENTED': {
      if (!hasAgendaItem(meeting, event.agendaItemId))
        return noAgendaItem(event.agendaItemId);
      const { presenterId } = event;
      if (presenterId !== undefined && !isPerson(presenterId))
        return problem(
          {
            en: `Presenter "${presenterId}" is neither a member nor a guest.`,
            vi: `Người trình bày "${presenterId}" không phải đảng viên hay đại biểu.`,
          },
          { rule: 'R-DOC-6b' },
        );
      return undefined;
    }
    case 'ITEM_CONCLUDED': {
      if (!hasAgendaItem(meeting, event.agendaItemId))
        return noAgendaItem(event.agendaItemId);
      const item = { id: event.agendaItemId, noOpinions: event.noOpinions };
      if (findQuietItemsWithOpinions([item], meeting.opinions).length > 0)
        return problem(
          {
            en: `Item "${event.agendaItemId}" has opinions recorded: it cannot be marked as having none.`,
            vi: `Nội dung "${event.agendaItemId}" đã có ý kiến được ghi, không thể ghi là không có ý kiến.`,
          },
          { rule: 'R-DOC-6b' },
        );
      return undefined;
    }
    case 'VOTE':
    case 'RATING_APPROVED': {
      const { vote } = event;
      if (meeting.votes.some((v) => v.id === vote.id))
        return duplicate({ en: 'vote', vi: 'biểu quyết' }, vote.id);
      if (!hasAgendaItem(meeting, vote.agendaItemId))
        return noAgendaItem(vote.agendaItemId);
      if (
        event.type === 'VOTE' &&
        event.vote.subject !== 'admission' &&
        event.vote.subjectMemberId !== undefined &&
        !isMember(event.vote.subjectMemberId)
      )
        return notMember(event.vote.subjectMemberId);
      if (event.type === 'VOTE' && event.vote.subject === 'discipline') {
        const { discipline } = event.vote;
        return (
          voteProblem(findDisciplineSumIssues(event.vote)) ??
          (discipline &&
            checkDisciplineVote(members, event.vote, discipline, event.at))
        );
      }
      return undefined;
    }
    case 'RATING_CONFIRMED':
      return meeting.guests.some((g) => g.id === event.guestId)
        ? undefined
        : problem(
            {
              en: `"${event.guestId}" is not a guest of the meeting.`,
              vi: `"${event.guestId}" không phải đại biểu dự cuộc họp.`,
            },
            { rule: 'R-RATE-3' },
          );
    default:
      return undefined;
  }
}

/** Chibo's own form of an instant: `YYYY-MM-DDTHH:mm:ss[.sss]+07:00`. */
function isCanonical(at: string): boolean {
  return (at.length === 25 || at.length === 29) && at.endsWith('+07:00');
}

/**
 * Whether instant `a` is before `b`. Two instants in chibo's own form (what
 * the parser gives and the log keeps) compare as text, character by
 * character, as their times do; anything else is parsed.
 */
function isBefore(a: string, b: string): boolean {
  return isCanonical(a) && isCanonical(b)
    ? a < b
    : parseInstant(a) < parseInstant(b);
}

function computeVerdict(context: MeetingContext, raw: unknown): EventVerdict {
  // Cheap checks first: no zod, JSON or copy ever meets a deep or huge value.
  const screen = screenMeetingEvent(raw);
  if (!screen.ok) {
    return { ok: false, ...explainMalformed(screen.code, screen.path) };
  }
  const { type } = raw as { type: string };
  if (!isMeetingEventType(type)) {
    const name = type.length > 100 ? `${type.slice(0, 100)}…` : type;
    return problem(
      {
        en: `Unknown event "${name}".`,
        vi: `Sự kiện "${name}" không xác định.`,
      },
      { code: 'unknown-event' },
    );
  }
  // Judge the event as the log will keep it (JSON: Dates as ISO strings,
  // functions and undefined dropped), so a replay decides exactly the same.
  const plain = screen.plain ? raw : toPlainEvent(raw);
  const event = parseEvent(type, plain);
  if (!event) {
    // Parse again for the bilingual issues: only refused events pay for it.
    const parsed = safeParseWith(meetingEventSchemas[type], plain, {
      vi: `Sự kiện ${type}`,
      en: `${type} event`,
    });
    return parsed.success
      ? problem(
          {
            en: 'Malformed event.',
            vi: 'Sự kiện không hợp lệ.',
          },
          { code: 'invalid-event' },
        )
      : {
          ok: false,
          code: 'invalid-event',
          reason: parsed.error.messages,
          issues: parsed.error.issues,
        };
  }
  if (context.lastAt !== null && isBefore(event.at, context.lastAt)) {
    return problem(
      {
        en: `The event is dated ${event.at}, before the last recorded step (${context.lastAt}).`,
        vi: `Sự kiện ghi thời điểm ${event.at}, sớm hơn bước đã ghi trước đó (${context.lastAt}).`,
      },
      { rule: 'R-TIME-2', code: 'out-of-order' },
    );
  }
  return checkReferences(context.record, event) ?? { ok: true, event };
}

/**
 * Validate an event against its schema and the record it would change:
 * the cheap checks of `screenMeetingEvent` (an object with a string type,
 * within `MEETING_EVENT_LIMITS`), the payload (zod), the order in time (events never go back, R-TIME-2) and
 * every reference (members, guests, agenda items, tasks, ids not reused).
 * A pure function of its arguments: nothing is remembered between calls.
 *
 * @param context - the machine's context before the event.
 * @param raw - the event as sent.
 * @returns the parsed event, or the problem.
 */
export function checkMeetingEvent(
  context: MeetingContext,
  raw: unknown,
): EventVerdict {
  try {
    return computeVerdict(context, raw);
  } catch {
    // A value that changes under us (a getter, a proxy): not an event.
    return { ok: false, ...explainMalformed('not-an-event', []) };
  }
}
