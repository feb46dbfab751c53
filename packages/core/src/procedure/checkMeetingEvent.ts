import { z } from 'zod';
import type { MeetingRecord } from '../entities/meetingRecord';
import type { DisciplineBallots } from '../entities/vote';
import { type ChiboIssue, safeParseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import {
  findBarredBallots,
  getVoteRegulations,
} from '../rules/checkDisciplineBallots';
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
import { explainMalformed, screenMeetingEvent } from './screenMeetingEvent';

/** A refused event's reason. */
export interface EventProblem {
  code: string;
  reason: LocalizedText;
  rule?: string | undefined;
  issues?: ChiboIssue[] | undefined;
}

/** The verdict on an event's payload and references. */
export type EventVerdict =
  | { ok: true; event: ParsedMeetingEvent }
  | ({ ok: false } & EventProblem);

const memberSets = new WeakMap<readonly { id: string }[], Set<string>>();

/** The ids of a member list, computed once per list (lists are never changed). */
function memberIdsOf(members: readonly { id: string }[]): Set<string> {
  let ids = memberSets.get(members);
  if (!ids) {
    ids = new Set(members.map((m) => m.id));
    memberSets.set(members, ids);
  }
  return ids;
}

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

// The guards and the action of one transition ask about the same event in a
// row: remembering the last verdict parses each event once. (A WeakMap of
// every event costs more in garbage collection than it saves.)
let lastRaw: unknown;
let lastContext: unknown;
let lastVerdict: EventVerdict | undefined;

// The last instant read: each event's `at` is parsed once, then serves as
// the next event's `lastAt`.
let lastAtText: string | null = null;
let lastAtMs = Number.NaN;

function instantOf(at: string): number {
  if (at !== lastAtText) {
    lastAtText = at;
    lastAtMs = parseInstant(at);
  }
  return lastAtMs;
}

function problem(
  en: string,
  vi: string,
  rule?: string,
  code = 'invalid-reference',
): EventVerdict {
  return { ok: false, code, reason: { en, vi }, rule };
}

function duplicate(kind: LocalizedText, id: string): EventVerdict {
  return problem(
    `The ${kind.en} id "${id}" is already used.`,
    `Mã ${kind.vi} "${id}" đã được dùng.`,
  );
}

function notMember(id: string): EventVerdict {
  return problem(
    `"${id}" is not a member of the cell.`,
    `"${id}" không phải đảng viên của chi bộ.`,
  );
}

function hasAgendaItem(
  meeting: MeetingRecord['meeting'],
  id: string | undefined,
): boolean {
  return id === undefined || meeting.agenda.some((a) => a.id === id);
}

function noAgendaItem(id: string | undefined): EventVerdict {
  return problem(
    `No agenda item "${id}".`,
    `Không có nội dung chương trình "${id}".`,
  );
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
      `The vote gives "${member.id}" as ${ballots.standing}, but the cell's list has them as ${member.standing}.`,
      `Biểu quyết ghi "${member.id}" là đảng viên ${STANDING_VI[ballots.standing]}, nhưng danh sách chi bộ ghi là đảng viên ${STANDING_VI[member.standing]}.`,
      'R-VOTE-3',
    );
  }
  const standing = ballots.standing ?? member?.standing;
  const text = getVoteRegulations({ at }).discipline;
  const issues = findBarredBallots({ ...ballots, standing }, text);
  const [first] = issues;
  if (!first) return undefined;
  return {
    ok: false,
    code: 'invalid-reference',
    reason: first.message,
    rule: 'R-VOTE-3',
    issues: issues.map((issue) => ({
      ...issue,
      path: ['vote', 'discipline', ...issue.path],
    })),
  };
}

const STANDING_VI = { official: 'chính thức', probationary: 'dự bị' };

function checkReferences(
  record: MeetingRecord,
  event: ParsedMeetingEvent,
): EventVerdict | undefined {
  const { meeting, members } = record;
  const memberIds = memberIdsOf(members);
  const isMember = (id: string) => memberIds.has(id);
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
        return problem(
          `Guest id "${clash.id}" is also a member's id.`,
          `Mã đại biểu "${clash.id}" trùng với mã một đảng viên.`,
        );
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
            `"${memberId}" chairs, records or presents and cannot be absent.`,
            `"${memberId}" chủ trì, làm thư ký hoặc trình bày nên không thể vắng mặt.`,
            'R-DOC-6',
          );
        }
      }
      return undefined;
    }
    case 'AGENDA_APPROVED': {
      const agenda = event.agenda ?? meeting.agenda;
      if (agenda.length === 0)
        return problem(
          'There is no agenda to approve.',
          'Chưa có chương trình để thông qua.',
          'R-DOC-6',
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
          `The recorder "${event.memberId}" must be recorded present first.`,
          `Thư ký "${event.memberId}" phải được điểm danh có mặt trước.`,
          'R-DOC-6',
          'recorder-absent',
        );
      return undefined;
    case 'TASK_REVIEWED':
      if (
        !record.previousResolution?.tasks.some(
          (t) => t.id === event.review.taskId,
        )
      )
        return problem(
          `Task "${event.review.taskId}" is not in the previous resolution.`,
          `Nhiệm vụ "${event.review.taskId}" không có trong nghị quyết kỳ trước.`,
          'R-TASK-1',
        );
      return undefined;
    case 'TASK_ADDED': {
      if (!meeting.resolution)
        return problem(
          'There is no draft resolution to add the task to.',
          'Chưa có dự thảo nghị quyết để bổ sung nhiệm vụ.',
          'R-PREP-1',
          'no-resolution-draft',
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
      if (
        !isMember(opinion.speakerId) &&
        !meeting.guests.some((g) => g.id === opinion.speakerId)
      )
        return problem(
          `Speaker "${opinion.speakerId}" is neither a member nor a guest.`,
          `Người phát biểu "${opinion.speakerId}" không phải đảng viên hay đại biểu.`,
        );
      return hasAgendaItem(meeting, opinion.agendaItemId)
        ? undefined
        : noAgendaItem(opinion.agendaItemId);
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
        const d = event.vote.discipline;
        const sum = d
          ? d.reprimand + d.warning + d.dismissal + d.expulsion
          : -1;
        if (!d || sum !== event.vote.for)
          return problem(
            'A discipline vote needs ballots per form adding up to "for".',
            'Biểu quyết kỷ luật phải ghi số phiếu từng hình thức, cộng lại bằng số phiếu tán thành.',
            'R-VOTE-3',
          );
        return checkDisciplineVote(members, event.vote, d, event.at);
      }
      return undefined;
    }
    case 'RATING_CONFIRMED':
      return meeting.guests.some((g) => g.id === event.guestId)
        ? undefined
        : problem(
            `"${event.guestId}" is not a guest of the meeting.`,
            `"${event.guestId}" không phải đại biểu dự cuộc họp.`,
            'R-RATE-3',
          );
    default:
      return undefined;
  }
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
      `Unknown event "${name}".`,
      `Sự kiện "${name}" không xác định.`,
      undefined,
      'unknown-event',
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
          'Malformed event.',
          'Sự kiện không hợp lệ.',
          undefined,
          'invalid-event',
        )
      : {
          ok: false,
          code: 'invalid-event',
          reason: parsed.error.messages,
          issues: parsed.error.issues,
        };
  }
  // lastAt first: it is usually the previous event's `at`, still remembered;
  // this event's instant is then remembered for the next one.
  if (
    context.lastAt !== null &&
    instantOf(context.lastAt) > instantOf(event.at)
  ) {
    return problem(
      `The event is dated ${event.at}, before the last recorded step (${context.lastAt}).`,
      `Sự kiện ghi thời điểm ${event.at}, sớm hơn bước đã ghi trước đó (${context.lastAt}).`,
      'R-TIME-2',
      'out-of-order',
    );
  }
  return checkReferences(context.record, event) ?? { ok: true, event };
}

/**
 * Validate an event against its schema and the record it would change:
 * the cheap checks of `screenMeetingEvent` (an object with a string type,
 * within `MEETING_EVENT_LIMITS`), the payload (zod), the order in time (events never go back, R-TIME-2) and
 * every reference (members, guests, agenda items, tasks, ids not reused).
 * The last verdict is remembered (per event object and context), so the
 * guards and the action of one transition parse the payload once.
 *
 * @param context - the machine's context before the event.
 * @param raw - the event as sent.
 * @returns the parsed event, or the problem.
 */
export function checkMeetingEvent(
  context: MeetingContext,
  raw: unknown,
): EventVerdict {
  if (lastRaw === raw && lastContext === context && lastVerdict) {
    return lastVerdict;
  }
  let verdict: EventVerdict;
  try {
    verdict = computeVerdict(context, raw);
  } catch {
    // A value that changes under us (a getter, a proxy): not an event.
    verdict = { ok: false, ...explainMalformed('not-an-event', []) };
  }
  lastRaw = raw;
  lastContext = context;
  lastVerdict = verdict;
  return verdict;
}
