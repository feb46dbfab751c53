import { attendanceSummary, getLabel } from '@chibo/core';
import { cleanText } from './cleanText';
import type { RecordContext } from './context';
import { formatNumber } from './format';
import { bodyLine, dashLine, heading } from './layout';
import { type DocumentBlock, type DocumentRun, value, wording } from './model';
import type { DocumentOptions } from './options';

/** The options of {@link renderMinutes}. */
export type MinutesOptions = DocumentOptions;

const names = (ids: string[], ctx: RecordContext): DocumentRun[] =>
  ids.flatMap((id, i) => [
    ...(i > 0 ? [wording(', ')] : []),
    value(ctx.nameOf(id)),
  ]);

/** ", Bí thư" for a member with a leadership role (R-CELL-1), else nothing. */
function roleSuffix(id: string | undefined, ctx: RecordContext): string {
  const roles = (id && ctx.memberOf(id)?.roles) || [];
  return roles.map((r) => `, ${getLabel('role', r, ctx.locale)}`).join('');
}

/**
 * R-CELL-3: the members attached to the cell temporarily (SHT in) on a line of
 * their own, each with whether they attended, so that the minutes say who
 * they are and not only how many.
 */
function temporaryInLine(ctx: RecordContext): DocumentBlock[] {
  const { meeting, members } = ctx.record;
  const attached = members.filter((m) => m.attachment === 'temporary-in');
  if (attached.length === 0) return [];
  const statusOf = new Map(meeting.attendance.map((a) => [a.memberId, a]));
  const runs = attached.flatMap((member, i) => {
    const status = statusOf.get(member.id)?.status;
    const said =
      status === undefined
        ? ctx.say('không có trong điểm danh', 'not in the roll call')
        : getLabel('attendanceStatus', status, ctx.locale).toLowerCase();
    return [
      ...(i > 0 ? [wording(', ')] : []),
      value(ctx.nameOf(member.id)),
      wording(` (${said})`),
    ];
  });
  return [
    bodyLine([
      wording(
        ctx.say(
          '+ Đảng viên sinh hoạt tạm thời tại chi bộ: ',
          '+ Members attached here temporarily: ',
        ),
      ),
      ...runs,
      wording('.'),
    ]),
  ];
}

/**
 * Who attended (R-DOC-6, R-ATT-1): guests, chair, recorder, every figure
 * of `attendanceSummary`, the members present, the absent with their reasons.
 *
 * @param ctx - the record context.
 * @returns the blocks of section II.
 */
export function attendanceBlocks(ctx: RecordContext): DocumentBlock[] {
  const { meeting, members } = ctx.record;
  const { say, locale } = ctx;
  const s = attendanceSummary(meeting, members);
  const blocks: DocumentBlock[] = [
    heading(say('II. THÀNH PHẦN', 'II. ATTENDANCE')),
  ];
  if (meeting.guests.length > 0) {
    blocks.push(dashLine(say('Đại biểu:', 'Guests:')));
    for (const guest of meeting.guests) {
      const runs = [
        wording(say('Đồng chí ', 'Comrade ')),
        value(cleanText(guest.name)),
      ];
      if (guest.title) runs.push(wording(', '), value(cleanText(guest.title)));
      runs.push(wording(` (${getLabel('guestRole', guest.role, locale)}).`));
      blocks.push(bodyLine([wording('+ '), ...runs]));
    }
  }
  blocks.push(
    dashLine([
      wording(say('Chủ trì: đồng chí ', 'Chair: comrade ')),
      value(ctx.nameOf(meeting.chairId ?? '')),
      wording(`${roleSuffix(meeting.chairId, ctx)}.`),
    ]),
    dashLine([
      wording(say('Thư ký: đồng chí ', 'Recorder: comrade ')),
      value(ctx.nameOf(meeting.recorderId ?? '')),
      wording(`${roleSuffix(meeting.recorderId, ctx)}.`),
    ]),
    dashLine(
      say(
        `Tổng số đảng viên của chi bộ: ${s.totals.all} đồng chí (chính thức: ${s.totals.official}; dự bị: ${s.totals.probationary}; sinh hoạt tạm thời tại chi bộ: ${s.totals.temporaryIn}; đi sinh hoạt tạm thời nơi khác: ${s.totals.temporaryOut}; miễn công tác và sinh hoạt đảng: ${s.totals.exempt}).`,
        `Members of the cell: ${s.totals.all} (official: ${s.totals.official}; probationary: ${s.totals.probationary}; attached here temporarily: ${s.totals.temporaryIn}; attached elsewhere temporarily: ${s.totals.temporaryOut}; exempt: ${s.totals.exempt}).`,
      ),
    ),
  );
  for (const line of s.notExpected) {
    blocks.push(
      bodyLine([
        wording(say('+ Không phải dự: ', '+ Not expected: ')),
        value(ctx.nameOf(line.memberId)),
        wording(` (${getLabel('notExpectedReason', line.reason, locale)}).`),
      ]),
    );
  }
  const rate =
    s.rate.value === null
      ? say('không xác định', 'not defined')
      : `${formatNumber(100 * s.rate.value, locale)}%`;
  blocks.push(
    dashLine(
      say(
        `Số đảng viên phải dự sinh hoạt: ${s.expected.length}.`,
        `Members expected to attend: ${s.expected.length}.`,
      ),
    ),
    dashLine(
      say(
        `Có mặt: ${s.present.memberIds.length} đồng chí (chính thức: ${s.present.official}; dự bị: ${s.present.probationary}; sinh hoạt tạm thời: ${s.present.temporaryIn}); tỷ lệ ${s.rate.present}/${s.rate.expected} = ${rate}.`,
        `Present: ${s.present.memberIds.length} (official: ${s.present.official}; probationary: ${s.present.probationary}; attached temporarily: ${s.present.temporaryIn}); rate ${s.rate.present}/${s.rate.expected} = ${rate}.`,
      ),
    ),
  );
  if (s.present.memberIds.length > 0) {
    blocks.push(
      bodyLine([
        wording(say('+ Đảng viên có mặt: ', '+ Members present: ')),
        ...names(s.present.memberIds, ctx),
        wording('.'),
      ]),
    );
  }
  blocks.push(...temporaryInLine(ctx));
  if (s.presentNotExpected.length > 0) {
    blocks.push(
      dashLine([
        wording(
          say(
            `Có mặt dù không phải dự: ${s.presentNotExpected.length} (`,
            `Present though not expected: ${s.presentNotExpected.length} (`,
          ),
        ),
        ...names(s.presentNotExpected, ctx),
        wording(').'),
      ]),
    );
  }
  blocks.push(
    dashLine(
      say(
        `Vắng có lý do: ${s.absentExcused.length} đồng chí${s.absentExcused.length > 0 ? ':' : '.'}`,
        `Absent with a reason: ${s.absentExcused.length}${s.absentExcused.length > 0 ? ':' : '.'}`,
      ),
    ),
  );
  for (const a of s.absentExcused) {
    blocks.push(
      bodyLine([
        wording('+ '),
        value(ctx.nameOf(a.memberId)),
        wording(say(', lý do: ', ', reason: ')),
        value(cleanText(a.reason)),
        wording('.'),
      ]),
    );
  }
  const unexcused = s.absentUnexcused.map((a) => a.memberId);
  blocks.push(
    dashLine([
      wording(
        say(
          `Vắng không lý do: ${unexcused.length} đồng chí`,
          `Absent without a reason: ${unexcused.length}`,
        ),
      ),
      ...(unexcused.length > 0
        ? [wording(' ('), ...names(unexcused, ctx), wording(')')]
        : []),
      wording('.'),
    ]),
  );
  const optionalLists: Array<[string[], string, string]> = [
    [s.unrecorded, 'Chưa điểm danh', 'Not yet on the roll call'],
    [s.late, 'Đến muộn', 'Arrived late'],
    [s.leftEarly, 'Về sớm', 'Left early'],
  ];
  for (const [ids, vi, en] of optionalLists) {
    if (ids.length > 0)
      blocks.push(
        dashLine([
          wording(`${say(vi, en)}: ${ids.length} (`),
          ...names(ids, ctx),
          wording(').'),
        ]),
      );
  }
  return blocks;
}

/**
 * Dues collected at the meeting (the optional opening step of §4.3), by status.
 *
 * @param ctx - the record context.
 * @returns the blocks, none when no dues were recorded.
 */
export function duesBlocks(ctx: RecordContext): DocumentBlock[] {
  const dues = ctx.record.meeting.dues ?? [];
  if (dues.length === 0) return [];
  const { say, locale } = ctx;
  const blocks: DocumentBlock[] = [
    dashLine(
      say(
        `Thu đảng phí: ${dues.length} lượt ghi nhận.`,
        `Dues recorded: ${dues.length}.`,
      ),
    ),
  ];
  for (const status of ['paid', 'unpaid', 'excused'] as const) {
    const lines = dues.filter((d) => d.status === status);
    if (lines.length === 0) continue;
    const runs: DocumentRun[] = [
      wording(
        `+ ${getLabel('duesStatus', status, locale)} (${lines.length}): `,
      ),
    ];
    lines.forEach((d, i) => {
      if (i > 0) runs.push(wording(', '));
      runs.push(value(ctx.nameOf(d.memberId)), wording(` (${d.month})`));
    });
    blocks.push(bodyLine([...runs, wording('.')]));
  }
  return blocks;
}
