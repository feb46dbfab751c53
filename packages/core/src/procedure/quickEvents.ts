import { z } from 'zod';
import type { Attendance } from '../entities/attendance';
import {
  AttendanceStatus,
  DisciplineCompetence,
  GuestRole,
  MemberStanding,
  RatingLevel,
  TaskStatus,
  VoteMode,
  VoteSubject,
} from '../entities/enums';
import { TaskReview } from '../entities/resolution';
import { formatVietNamDateTime, parseInstant } from '../time';
import type { MeetingEventType, ParsedMeetingEvent } from './meetingEvents';

// A hand-written fast path for the payloads of the machine's common events.
// Each reader mirrors the zod schema of meetingEvents.ts, field by field and
// in the schema's key order, but only for input that is plainly well formed:
// anything unusual gives FAIL and the event goes through zod, which decides
// and reports. So the fast path accepts only what zod accepts, with the same
// parsed value (quickEvents.test.ts checks this with random payloads).
// A key the reader does not know is unusual too: a field added to a schema
// but not here is read by zod, never dropped, and quickEvents.test.ts fails
// until the reader has it (it compares each reader's fields with the schema).

/** "Not sure": let zod judge the value. */
const FAIL: unique symbol = Symbol('fail');
type Fail = typeof FAIL;

/** Read a value as its schema would, or give up. */
type Reader<T = unknown> = (value: unknown) => T | Fail;

/** An ISO 8601 instant with its zone: what hosts and chibo itself send. */
const ZONED_AT =
  /^\d{4}-\d{2}-\d{2}T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d{1,9})?(?:Z|[+-](?:[01]\d|2[0-3]):[0-5]\d)$/;

/**
 * An event's `at` in chibo's form (`+07:00`), for a valid `Date` or a zoned
 * ISO string; `undefined` for anything else, which the full `DateTime`
 * schema then judges (local times, other spellings, errors).
 *
 * @param at - the event's `at`, as sent.
 * @returns the normalised instant, or `undefined` when unsure.
 */
export function quickAt(at: unknown): string | undefined {
  if (at instanceof Date) {
    const ms = at.getTime();
    return Number.isNaN(ms) ? undefined : formatVietNamDateTime(ms);
  }
  if (typeof at !== 'string' || !ZONED_AT.test(at)) return undefined;
  const month = digits(at, 5);
  const day = digits(at, 8);
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > 28) {
    const year = digits(at, 0) * 100 + digits(at, 2);
    const daysInMonth = new Date(Date.UTC(year, month, 0));
    if (day > daysInMonth.getUTCDate()) return undefined;
  }
  const ms = parseInstant(at);
  if (Number.isNaN(ms)) return undefined;
  // The usual case: already in +07:00 and in canonical form.
  const canonical =
    at.length === 25 ||
    (at.length === 29 && at[19] === '.' && !at.endsWith('.000+07:00'));
  if (canonical && at.endsWith('+07:00')) return at;
  return formatVietNamDateTime(ms);
}

/** The two-digit number at `index` of a string already matched by a regex. */
function digits(text: string, index: number): number {
  return (text.charCodeAt(index) - 48) * 10 + text.charCodeAt(index + 1) - 48;
}

// zod's `Id`, `Text` and `LongText`: trimmed (and NFC) before their checks.
const id: Reader<string> = (v) => {
  if (typeof v !== 'string') return FAIL;
  const s = v.trim();
  return s.length >= 1 && s.length <= 200 ? s : FAIL;
};
const text: Reader<string> = (v) => {
  if (typeof v !== 'string') return FAIL;
  const s = v.normalize('NFC').trim();
  return s.length >= 1 ? s : FAIL;
};
const longText: Reader<string> = (v) =>
  typeof v === 'string' ? v.normalize('NFC').trim() : FAIL;
/** `LongText.min(1)`. */
const someText: Reader<string> = (v) => {
  const s = longText(v);
  return s === '' ? FAIL : s;
};
const count: Reader<number> = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : FAIL;
const nonNegative: Reader<number> = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : FAIL;
const positive: Reader<number> = (v) =>
  typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : FAIL;
const boolean: Reader<boolean> = (v) => (typeof v === 'boolean' ? v : FAIL);
const civilDate: Reader<string> = (v) =>
  typeof v === 'string' && z.regexes.date.test(v) ? v : FAIL;
const dateTime: Reader<string> = (v) => quickAt(v) ?? FAIL;
/** A field left to zod whenever it is there: the host's own `meta`. */
const viaZod: Reader = () => FAIL;

/** A whole, positive number of minutes (an agenda item's duration). */
const wholeMinutes: Reader<number> = (v) =>
  typeof v === 'number' && Number.isSafeInteger(v) && v > 0 ? v : FAIL;

function oneOf(options: readonly string[]): Reader<string> {
  const allowed = new Set(options);
  return (v) => (typeof v === 'string' && allowed.has(v) ? v : FAIL);
}

function literal(value: string): Reader<string> {
  return (v) => (v === value ? v : FAIL);
}

function arrayOf<T>(item: Reader<T>, min = 0): Reader<T[]> {
  const read: Reader<T[]> = (v) => {
    if (!Array.isArray(v) || v.length < min) return FAIL;
    const out: T[] = new Array(v.length);
    for (let i = 0; i < v.length; i++) {
      const parsed = item(v[i]);
      if (parsed === FAIL) return FAIL;
      out[i] = parsed;
    }
    return out;
  };
  return Object.assign(read, { item });
}

/**
 * A field: required (`[key, read]`), optional and left out when absent
 * (`'optional'`), or filled with a default when absent (a function).
 */
export type Field = readonly [
  key: string,
  read: Reader,
  absent?: 'optional' | (() => unknown),
];

const optional = (key: string, read: Reader): Field => [key, read, 'optional'];
const withDefault = (
  key: string,
  read: Reader,
  value: () => unknown,
): Field => [key, read, value];

type Fields = Record<string, unknown>;

/**
 * Read the fields of a plain object into `out`, in schema order; false when
 * one is not plainly well formed or the object has a key the fields do not
 * name (`known` keys were read already).
 */
function readFields(
  fields: readonly Field[],
  input: Fields,
  out: Fields,
  known = 0,
): boolean {
  let present = known;
  for (const field of fields) {
    const key = field[0];
    const value = input[key];
    if (value === undefined) {
      // Absent (or explicitly undefined, which zod keeps: let it decide).
      const absent = field[2];
      if (absent === undefined || key in input) return false;
      if (absent !== 'optional') out[key] = absent();
      continue;
    }
    const parsed = field[1](value);
    if (parsed === FAIL) return false;
    out[key] = parsed;
    present++;
  }
  let keys = 0;
  for (const _key in input) keys++;
  return keys === present;
}

function isObject(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function object<T = Fields>(
  fields: readonly Field[],
  refine?: (value: T) => boolean,
): Reader<T> {
  const read: Reader<T> = (v) => {
    if (!isObject(v)) return FAIL;
    const out: Fields = {};
    if (!readFields(fields, v, out)) return FAIL;
    return refine && !refine(out as T) ? FAIL : (out as T);
  };
  return Object.assign(read, { fields });
}

const progress = object([
  ['achieved', nonNegative],
  ['target', positive],
  optional('unit', text),
]);

// The refinement of `Attendance`: a reason for an excused absence; only a
// present member is late or leaves early.
const attendance = object<Attendance>(
  [
    ['memberId', id],
    ['status', oneOf(AttendanceStatus.options)],
    optional('reason', text),
    withDefault('late', boolean, () => false),
    optional('arrivedAt', dateTime),
    withDefault('leftEarly', boolean, () => false),
    optional('leftAt', dateTime),
    optional('meta', viaZod),
  ],
  (a) =>
    (a.status !== 'absent-excused' || Boolean(a.reason)) &&
    (a.status === 'present' || (!a.late && !a.leftEarly)),
);

const assigneeOf = {
  member: object([
    ['kind', literal('member')],
    ['memberId', id],
  ]),
  'cell-committee': object([['kind', literal('cell-committee')]]),
  cell: object([['kind', literal('cell')]]),
  'mass-organisation': object([
    ['kind', literal('mass-organisation')],
    ['name', text],
  ]),
  'group-head': object([
    ['kind', literal('group-head')],
    ['group', text],
    optional('name', text),
  ]),
} as Record<string, Reader>;

const assignee: Reader = Object.assign(
  (v: unknown) => {
    const kind = isObject(v) ? v.kind : undefined;
    const read =
      typeof kind === 'string' && Object.hasOwn(assigneeOf, kind)
        ? assigneeOf[kind]
        : undefined;
    return read ? read(v) : FAIL;
  },
  { variants: Object.values(assigneeOf) },
);

const resolutionTask = object([
  ['id', id],
  ['description', text],
  ['assignees', arrayOf(assignee, 1)],
  ['dueOn', civilDate],
  withDefault('status', oneOf(TaskStatus.options), () => 'open'),
  optional('progress', progress),
  optional('notes', longText),
  optional('continues', id),
  optional('meta', viaZod),
]);

const taskReview = object([
  ['taskId', id],
  ['status', oneOf(TaskReview.shape.status.options)],
  optional('result', longText),
  optional('reason', longText),
  optional('note', longText),
  optional('progress', progress),
  optional('carriedOverTo', id),
]);

const zero = () => 0;
const discipline = object([
  withDefault('reprimand', count, zero),
  withDefault('warning', count, zero),
  withDefault('dismissal', count, zero),
  withDefault('expulsion', count, zero),
  optional('standing', oneOf(MemberStanding.options)),
  optional('competence', oneOf(DisciplineCompetence.options)),
]);

/** The fields of a vote after its subject, as `VoteInput` orders them. */
const ballots: readonly Field[] = [
  optional('candidateName', longText),
  ['for', count],
  ['against', count],
  withDefault('abstain', count, zero),
  optional('discipline', discipline),
  optional('agendaItemId', id),
  optional('voterIds', arrayOf(id)),
  optional('meta', viaZod),
];

const vote = object([
  ['id', id],
  ['subject', oneOf(VoteSubject.options)],
  ['mode', oneOf(VoteMode.options)],
  optional('subjectMemberId', id),
  ...ballots,
]);

// RATING_APPROVED's vote: no subject, the mode defaults to a show of hands.
const approvalVote = object([
  ['id', id],
  withDefault('mode', oneOf(VoteMode.options), () => 'show-of-hands'),
  ...ballots,
]);

const guest = object([
  ['id', id],
  ['name', text],
  optional('title', text),
  withDefault('role', oneOf(GuestRole.options), () => 'guest'),
]);

const agendaItem = object([
  ['id', id],
  ['title', text],
  optional('presenterId', id),
  optional('durationMinutes', wholeMinutes),
  optional('summary', longText),
  optional('noOpinions', boolean),
  optional('conclusion', longText),
]);

/**
 * The payload fields of each event after `type` (and before `at`). Readers
 * made with `object`, `arrayOf` and `assignee` carry their `fields`, `item`
 * or `variants`, so a test can hold them against the zod schemas.
 */
export const QUICK_PAYLOADS: Partial<
  Record<MeetingEventType, readonly Field[]>
> = {
  CONTENT_PREPARED: [
    optional(
      'draft',
      object([
        ['id', id],
        optional('summary', text),
        optional('grounds', arrayOf(text)),
        optional('assessment', longText),
        optional(
          'recipients',
          arrayOf(object([['name', text], optional('purpose', text)])),
        ),
        optional('meta', viaZod),
      ]),
    ),
  ],
  COMMITTEE_MET: [],
  DRAFT_APPROVED: [],
  NOTICE_SENT: [],
  MATERIALS_POSTED: [],
  OPEN: [optional('chairId', id)],
  FLAG_SALUTE: [],
  PURPOSE_STATED: [],
  GUESTS_INTRODUCED: [withDefault('guests', arrayOf(guest), () => [])],
  ROLL_CALL: [['lines', arrayOf(attendance, 1)]],
  AGENDA_APPROVED: [optional('agenda', arrayOf(agendaItem))],
  RECORDER_APPOINTED: [['memberId', id]],
  START_PROCEEDINGS: [],
  CURRENT_AFFAIRS: [],
  TASK_REVIEWED: [['review', taskReview]],
  IDEOLOGY_DISCUSSED: [],
  PRAISE_CRITICISM: [],
  THEME_PRESENTED: [],
  TASK_ADDED: [['task', resolutionTask]],
  OPINION: [
    [
      'opinion',
      object([
        ['id', id],
        ['speakerId', id],
        optional('agendaItemId', id),
        ['text', someText],
        optional('meta', viaZod),
      ]),
    ],
  ],
  ITEM_PRESENTED: [
    ['agendaItemId', id],
    optional('presenterId', id),
    optional('durationMinutes', wholeMinutes),
    optional('summary', longText),
  ],
  ITEM_CONCLUDED: [
    ['agendaItemId', id],
    optional('conclusion', someText),
    optional('noOpinions', boolean),
  ],
  CONCLUDE: [['conclusion', someText]],
  VOTE: [['vote', vote]],
  START_RATING: [],
  RATING_APPROVED: [
    optional('level', oneOf(RatingLevel.options)),
    optional('quality', boolean),
    ['vote', approvalVote],
  ],
  RATING_CONFIRMED: [['guestId', id]],
  MINUTES_READ: [],
  MINUTES_APPROVED: [],
  CLOSE: [],
  PUBLISH: [],
  POSTPONE: [['reason', text]],
  CANCEL: [['reason', text]],
};

/**
 * Parse a well-formed event of a common type without zod: the same parsed
 * value `meetingEventSchemas[type]` gives (keys `type`, the payload, then
 * `at`), or `undefined` when the event is not plainly well formed (or its
 * type has no fast reader) and zod must judge it.
 *
 * @param type - the event's type (already checked to be a known one).
 * @param raw - the event, as plain JSON.
 * @returns the parsed event, or `undefined`.
 */
export function quickParseEvent(
  type: MeetingEventType,
  raw: unknown,
): ParsedMeetingEvent | undefined {
  const fields = QUICK_PAYLOADS[type];
  if (fields === undefined || !isObject(raw) || raw.type !== type) {
    return undefined;
  }
  const at = quickAt(raw.at);
  if (at === undefined) return undefined;
  const out: Fields = { type };
  // `type` and `at` are read already.
  if (!readFields(fields, raw, out, 2)) return undefined;
  out.at = at;
  return out as unknown as ParsedMeetingEvent;
}
