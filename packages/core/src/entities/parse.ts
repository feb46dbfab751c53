import type { z } from 'zod';
import { parseWith, type SafeParseResult, safeParseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { Attendance } from './attendance';
import { Cell } from './cell';
import { DuesPayment } from './dues';
import { Meeting } from './meeting';
import { MeetingRecord } from './meetingRecord';
import { Member } from './member';
import { Opinion } from './opinion';
import { Rating } from './rating';
import { uniqueIds } from './refinements';
import { entityLabels } from './registry';
import { Resolution, ResolutionTask } from './resolution';
import { Vote } from './vote';

function parsers<TSchema extends z.ZodType>(
  schema: TSchema,
  entity: LocalizedText,
) {
  return {
    parse: (input: unknown): z.output<TSchema> =>
      parseWith(schema, input, entity),
    safeParse: (input: unknown): SafeParseResult<z.output<TSchema>> =>
      safeParseWith(schema, input, entity),
  };
}

const cell = parsers(Cell, entityLabels.cell);
const member = parsers(Member, entityLabels.member);
/** A member list: no id may appear twice (as in `MeetingRecord`). */
const MemberList = Member.array().superRefine(...uniqueIds([], 'id'));
const members = parsers(MemberList, {
  vi: 'Danh sách đảng viên',
  en: 'member list',
});
const meeting = parsers(Meeting, entityLabels.meeting);
const attendance = parsers(Attendance, entityLabels.attendance);
const opinion = parsers(Opinion, entityLabels.opinion);
const vote = parsers(Vote, entityLabels.vote);
const resolution = parsers(Resolution, entityLabels.resolution);
const resolutionTask = parsers(ResolutionTask, entityLabels['resolution-task']);
const rating = parsers(Rating, entityLabels.rating);
const meetingRecord = parsers(MeetingRecord, entityLabels['meeting-record']);

/** Validate a cell; throws `ChiboError` (code `invalid-input`) listing every issue. */
export const parseCell = cell.parse;
/** Validate a cell; returns `{ success, data }` or `{ success: false, error }`. */
export const safeParseCell = cell.safeParse;
/**
 * Validate a member; throws `ChiboError` listing every issue.
 *
 * @example
 * ```ts
 * const member = parseMember({ id: 'm15', name: 'Lò Văn Khánh', standing: 'probationary', admittedOn: '2026-08-19' });
 * member.exempt; // false (default)
 * ```
 */
export const parseMember = member.parse;
/** Validate a member without throwing. */
export const safeParseMember = member.safeParse;
/** Validate a list of members (ids must be unique); throws `ChiboError` listing every issue. */
export const parseMembers = members.parse;
/** Validate a list of members without throwing. */
export const safeParseMembers = members.safeParse;
/** Validate a meeting; dates come out in ISO 8601 with `+07:00`. Throws `ChiboError`. */
export const parseMeeting = meeting.parse;
/** Validate a meeting without throwing. */
export const safeParseMeeting = meeting.safeParse;
/** Validate one roll-call line; throws `ChiboError`. */
export const parseAttendance = attendance.parse;
/** Validate one roll-call line without throwing. */
export const safeParseAttendance = attendance.safeParse;
/** Validate an opinion; throws `ChiboError`. */
export const parseOpinion = opinion.parse;
/** Validate an opinion without throwing. */
export const safeParseOpinion = opinion.safeParse;
/** Validate a vote; throws `ChiboError`. */
export const parseVote = vote.parse;
/** Validate a vote without throwing. */
export const safeParseVote = vote.safeParse;
/** Validate a resolution; throws `ChiboError`. */
export const parseResolution = resolution.parse;
/** Validate a resolution without throwing. */
export const safeParseResolution = resolution.safeParse;
/** Validate a resolution task (R-TASK-1); throws `ChiboError`. */
export const parseResolutionTask = resolutionTask.parse;
/** Validate a resolution task without throwing. */
export const safeParseResolutionTask = resolutionTask.safeParse;
/** Validate a rating; throws `ChiboError`. */
export const parseRating = rating.parse;
/** Validate a rating without throwing. */
export const safeParseRating = rating.safeParse;
/**
 * Validate a meeting record with all its cross-references; throws
 * `ChiboError` listing every issue with its path, in Vietnamese and English.
 * Structural problems (a missing id, an unknown value) and cross-reference
 * problems (a roll-call line for someone not in the cell) come in one pass;
 * a cross-reference is checked whenever the fields it reads are well-formed.
 *
 * @example
 * ```ts
 * try {
 *   const { cell, members, meeting } = parseMeetingRecord(payload);
 * } catch (error) {
 *   if (error instanceof ChiboError) console.error(error.format('vi'));
 * }
 * ```
 */
export const parseMeetingRecord = meetingRecord.parse;
/**
 * Validate a meeting record without throwing.
 *
 * @example
 * ```ts
 * const result = safeParseMeetingRecord(payload);
 * if (!result.success) {
 *   result.error.issues[0]?.path; // e.g. ['meeting', 'attendance', 15, 'memberId']
 * }
 * ```
 */
export const safeParseMeetingRecord = meetingRecord.safeParse;

const duesPayment = parsers(DuesPayment, entityLabels['dues-payment']);
/** Validate one month's dues of one member; throws `ChiboError`. */
export const parseDuesPayment = duesPayment.parse;
/** Validate one month's dues without throwing. */
export const safeParseDuesPayment = duesPayment.safeParse;
