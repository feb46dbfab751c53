import type { z } from 'zod';
import { parseWith, type SafeParseResult, safeParseWith } from '../errors';
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

// Each parser is a function of its own (not built at module load), so that a
// bundle keeps only the parsers it calls.

/** A member list: no id may appear twice (as in `MeetingRecord`). */
let memberList: z.ZodType<Member[]> | undefined;
const MEMBER_LIST_LABEL = { vi: 'Danh sách đảng viên', en: 'member list' };
function getMemberList() {
  memberList ??= Member.array().superRefine(...uniqueIds([], 'id'));
  return memberList;
}

/** Validate a cell; throws `ChiboError` (code `invalid-input`) listing every issue. */
export function parseCell(input: unknown): z.output<typeof Cell> {
  return parseWith(Cell, input, entityLabels.cell);
}
/** Validate a cell; returns `{ success, data }` or `{ success: false, error }`. */
export function safeParseCell(
  input: unknown,
): SafeParseResult<z.output<typeof Cell>> {
  return safeParseWith(Cell, input, entityLabels.cell);
}

/**
 * Validate a member; throws `ChiboError` listing every issue.
 *
 * @example
 * ```ts
 * const member = parseMember({ id: 'm15', name: 'Lò Văn Khánh', standing: 'probationary', admittedOn: '2026-08-19' });
 * member.exempt; // false (default)
 * ```
 */
export function parseMember(input: unknown): z.output<typeof Member> {
  return parseWith(Member, input, entityLabels.member);
}
/** Validate a member without throwing. */
export function safeParseMember(
  input: unknown,
): SafeParseResult<z.output<typeof Member>> {
  return safeParseWith(Member, input, entityLabels.member);
}

/** Validate a list of members (ids must be unique); throws `ChiboError` listing every issue. */
export function parseMembers(input: unknown): Member[] {
  return parseWith(getMemberList(), input, MEMBER_LIST_LABEL);
}
/** Validate a list of members without throwing. */
export function safeParseMembers(input: unknown): SafeParseResult<Member[]> {
  return safeParseWith(getMemberList(), input, MEMBER_LIST_LABEL);
}

/** Validate a meeting; dates come out in ISO 8601 with `+07:00`. Throws `ChiboError`. */
export function parseMeeting(input: unknown): z.output<typeof Meeting> {
  return parseWith(Meeting, input, entityLabels.meeting);
}
/** Validate a meeting without throwing. */
export function safeParseMeeting(
  input: unknown,
): SafeParseResult<z.output<typeof Meeting>> {
  return safeParseWith(Meeting, input, entityLabels.meeting);
}

/** Validate one roll-call line; throws `ChiboError`. */
export function parseAttendance(input: unknown): z.output<typeof Attendance> {
  return parseWith(Attendance, input, entityLabels.attendance);
}
/** Validate one roll-call line without throwing. */
export function safeParseAttendance(
  input: unknown,
): SafeParseResult<z.output<typeof Attendance>> {
  return safeParseWith(Attendance, input, entityLabels.attendance);
}

/** Validate an opinion; throws `ChiboError`. */
export function parseOpinion(input: unknown): z.output<typeof Opinion> {
  return parseWith(Opinion, input, entityLabels.opinion);
}
/** Validate an opinion without throwing. */
export function safeParseOpinion(
  input: unknown,
): SafeParseResult<z.output<typeof Opinion>> {
  return safeParseWith(Opinion, input, entityLabels.opinion);
}

/** Validate a vote; throws `ChiboError`. */
export function parseVote(input: unknown): z.output<typeof Vote> {
  return parseWith(Vote, input, entityLabels.vote);
}
/** Validate a vote without throwing. */
export function safeParseVote(
  input: unknown,
): SafeParseResult<z.output<typeof Vote>> {
  return safeParseWith(Vote, input, entityLabels.vote);
}

/** Validate a resolution; throws `ChiboError`. */
export function parseResolution(input: unknown): z.output<typeof Resolution> {
  return parseWith(Resolution, input, entityLabels.resolution);
}
/** Validate a resolution without throwing. */
export function safeParseResolution(
  input: unknown,
): SafeParseResult<z.output<typeof Resolution>> {
  return safeParseWith(Resolution, input, entityLabels.resolution);
}

/** Validate a resolution task (R-TASK-1); throws `ChiboError`. */
export function parseResolutionTask(
  input: unknown,
): z.output<typeof ResolutionTask> {
  return parseWith(ResolutionTask, input, entityLabels['resolution-task']);
}
/** Validate a resolution task without throwing. */
export function safeParseResolutionTask(
  input: unknown,
): SafeParseResult<z.output<typeof ResolutionTask>> {
  return safeParseWith(ResolutionTask, input, entityLabels['resolution-task']);
}

/** Validate a rating; throws `ChiboError`. */
export function parseRating(input: unknown): z.output<typeof Rating> {
  return parseWith(Rating, input, entityLabels.rating);
}
/** Validate a rating without throwing. */
export function safeParseRating(
  input: unknown,
): SafeParseResult<z.output<typeof Rating>> {
  return safeParseWith(Rating, input, entityLabels.rating);
}

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
export function parseMeetingRecord(
  input: unknown,
): z.output<typeof MeetingRecord> {
  return parseWith(MeetingRecord, input, entityLabels['meeting-record']);
}
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
export function safeParseMeetingRecord(
  input: unknown,
): SafeParseResult<z.output<typeof MeetingRecord>> {
  return safeParseWith(MeetingRecord, input, entityLabels['meeting-record']);
}

/** Validate one month's dues of one member; throws `ChiboError`. */
export function parseDuesPayment(input: unknown): z.output<typeof DuesPayment> {
  return parseWith(DuesPayment, input, entityLabels['dues-payment']);
}
/** Validate one month's dues without throwing. */
export function safeParseDuesPayment(
  input: unknown,
): SafeParseResult<z.output<typeof DuesPayment>> {
  return safeParseWith(DuesPayment, input, entityLabels['dues-payment']);
}
