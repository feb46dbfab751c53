import { z } from 'zod';
import { Cell } from './cell';
import { Meeting } from './meeting';
import { Member } from './member';
import { Meta } from './meta';
import { ANY_SEGMENT, reportDuplicates, whenValid } from './refinements';
import { Resolution } from './resolution';

const SPEAKER = { vi: 'Người phát biểu', en: 'Speaker' };
const PRESENTER = { vi: 'Người trình bày', en: 'Presenter' };

/**
 * A meeting with the cell and the members it refers to: the unit the rules,
 * the meeting machine and the documents work on. Parsing it checks every
 * cross-reference: attendance, chair, recorder, presenters, speakers,
 * assignees and reviewed tasks must name people and tasks that exist, and no
 * id repeats.
 *
 * @example
 * ```ts
 * const record = parseMeetingRecord({ cell, members, meeting, previousResolution });
 * ```
 */
export const MeetingRecord = z
  .strictObject({
    cell: Cell,
    members: z.array(Member).min(1),
    meeting: Meeting,
    /** The resolution of the previous regular meeting, whose tasks are reviewed (R-TASK-1). */
    previousResolution: Resolution.optional(),
    meta: Meta.optional(),
  })
  .superRefine(
    (record, ctx) => {
      const { cell, members, meeting, previousResolution } = record;
      reportDuplicates(
        members.map((m) => m.id),
        ['members'],
        'id',
        ctx,
      );
      const memberIds = new Set(members.map((m) => m.id));
      const guestIds = new Set(meeting.guests.map((g) => g.id));
      const statusOf = new Map(
        meeting.attendance.map((a) => [a.memberId, a.status]),
      );
      const issue = (
        path: PropertyKey[],
        en: string,
        vi: string,
        rule?: string,
      ) =>
        ctx.addIssue({
          code: 'custom',
          path,
          message: en,
          params: { vi, rule },
        });
      const requireMember = (id: string | undefined, path: PropertyKey[]) => {
        if (id !== undefined && !memberIds.has(id)) {
          issue(
            path,
            `"${id}" is not a member of the cell.`,
            `"${id}" không phải đảng viên của chi bộ.`,
          );
        }
      };

      /** A speaker or presenter: a member present, or a guest. */
      const requirePresentPerson = (
        id: string,
        path: PropertyKey[],
        who: { vi: string; en: string },
        rule?: string,
      ) => {
        if (!memberIds.has(id) && !guestIds.has(id)) {
          issue(
            path,
            `${who.en} "${id}" is neither a member nor a guest.`,
            `${who.vi} "${id}" không phải đảng viên hay đại biểu.`,
            rule,
          );
        } else if (statusOf.has(id) && statusOf.get(id) !== 'present') {
          issue(
            path,
            `${who.en} "${id}" is recorded absent.`,
            `${who.vi} "${id}" được ghi là vắng mặt.`,
            rule,
          );
        }
      };

      if (meeting.cellId !== cell.id) {
        issue(
          ['meeting', 'cellId'],
          `The meeting belongs to cell "${meeting.cellId}", not "${cell.id}".`,
          `Cuộc họp thuộc chi bộ "${meeting.cellId}", không phải "${cell.id}".`,
        );
      }
      meeting.guests.forEach((guest, index) => {
        if (memberIds.has(guest.id)) {
          issue(
            ['meeting', 'guests', index, 'id'],
            `Guest id "${guest.id}" is also a member's id.`,
            `Mã đại biểu "${guest.id}" trùng với mã một đảng viên.`,
          );
        }
      });
      meeting.attendance.forEach((line, index) => {
        requireMember(line.memberId, [
          'meeting',
          'attendance',
          index,
          'memberId',
        ]);
      });
      for (const key of ['chairId', 'recorderId', 'presenterId'] as const) {
        const id = meeting[key];
        requireMember(id, ['meeting', key]);
        if (
          id !== undefined &&
          statusOf.has(id) &&
          statusOf.get(id) !== 'present'
        ) {
          issue(
            ['meeting', key],
            `"${id}" is recorded absent and cannot take this role.`,
            `"${id}" vắng mặt nên không thể đảm nhận vai trò này.`,
            'R-DOC-6',
          );
        }
      }
      const agendaIds = new Set(meeting.agenda.map((a) => a.id));
      meeting.agenda.forEach((item, index) => {
        if (item.presenterId === undefined) return;
        requirePresentPerson(
          item.presenterId,
          ['meeting', 'agenda', index, 'presenterId'],
          PRESENTER,
          'R-DOC-6b',
        );
      });
      meeting.opinions.forEach((opinion, index) => {
        const path = ['meeting', 'opinions', index];
        requirePresentPerson(
          opinion.speakerId,
          [...path, 'speakerId'],
          SPEAKER,
        );
        if (
          opinion.agendaItemId !== undefined &&
          !agendaIds.has(opinion.agendaItemId)
        ) {
          issue(
            [...path, 'agendaItemId'],
            `No agenda item "${opinion.agendaItemId}".`,
            `Không có nội dung chương trình "${opinion.agendaItemId}".`,
          );
        }
      });
      meeting.votes.forEach((vote, index) => {
        if (vote.subject !== 'admission') {
          requireMember(vote.subjectMemberId, [
            'meeting',
            'votes',
            index,
            'subjectMemberId',
          ]);
        }
      });
      meeting.resolution?.tasks.forEach((task, taskIndex) => {
        task.assignees.forEach((assignee, index) => {
          if (assignee.kind === 'member') {
            requireMember(assignee.memberId, [
              'meeting',
              'resolution',
              'tasks',
              taskIndex,
              'assignees',
              index,
              'memberId',
            ]);
          }
        });
      });
      if (meeting.resolution) {
        reportDuplicates(
          meeting.resolution.tasks.map((t) => t.id),
          ['meeting', 'resolution', 'tasks'],
          'id',
          ctx,
        );
      }
      reportDuplicates(
        meeting.taskReviews.map((r) => r.taskId),
        ['meeting', 'taskReviews'],
        'taskId',
        ctx,
      );
      if (previousResolution) {
        const previousTaskIds = new Set(
          previousResolution.tasks.map((t) => t.id),
        );
        meeting.taskReviews.forEach((review, index) => {
          if (!previousTaskIds.has(review.taskId)) {
            issue(
              ['meeting', 'taskReviews', index, 'taskId'],
              `Task "${review.taskId}" is not in the previous resolution.`,
              `Nhiệm vụ "${review.taskId}" không có trong nghị quyết kỳ trước.`,
              'R-TASK-1',
            );
          }
        });
      }
      const confirmedBy = meeting.rating?.confirmedBy?.guestId;
      if (confirmedBy !== undefined && !guestIds.has(confirmedBy)) {
        issue(
          ['meeting', 'rating', 'confirmedBy', 'guestId'],
          `"${confirmedBy}" is not a guest of the meeting.`,
          `"${confirmedBy}" không phải đại biểu dự cuộc họp.`,
          'R-RATE-3',
        );
      }
    },
    whenValid(
      ['cell', 'id'],
      ['members', ANY_SEGMENT, 'id'],
      ['meeting', 'cellId'],
      ['meeting', 'chairId'],
      ['meeting', 'recorderId'],
      ['meeting', 'presenterId'],
      ['meeting', 'guests', ANY_SEGMENT, 'id'],
      ['meeting', 'attendance', ANY_SEGMENT, 'memberId'],
      ['meeting', 'attendance', ANY_SEGMENT, 'status'],
      ['meeting', 'agenda', ANY_SEGMENT, 'id'],
      ['meeting', 'agenda', ANY_SEGMENT, 'presenterId'],
      ['meeting', 'opinions', ANY_SEGMENT, 'speakerId'],
      ['meeting', 'opinions', ANY_SEGMENT, 'agendaItemId'],
      ['meeting', 'votes', ANY_SEGMENT, 'subject'],
      ['meeting', 'votes', ANY_SEGMENT, 'subjectMemberId'],
      ['meeting', 'resolution', 'tasks', ANY_SEGMENT, 'id'],
      ['meeting', 'resolution', 'tasks', ANY_SEGMENT, 'assignees'],
      ['meeting', 'taskReviews', ANY_SEGMENT, 'taskId'],
      ['meeting', 'rating', 'confirmedBy'],
      ['previousResolution', 'tasks', ANY_SEGMENT, 'id'],
    ),
  );
export type MeetingRecord = z.infer<typeof MeetingRecord>;
