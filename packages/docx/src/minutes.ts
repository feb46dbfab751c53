import { attendanceSummary, getLabel, type MeetingRecord } from '@chibo/core';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import { createRecordContext, type RecordContext } from './context';
import {
  formatClockTime,
  formatLongDate,
  formatMonthYear,
  formatNumber,
} from './format';
import {
  bodyLine,
  dashLine,
  documentTitle,
  gridTable,
  heading,
  signatureBlock,
} from './layout';
import {
  type DocumentBlock,
  type DocumentModel,
  type DocumentRun,
  value,
  wording,
} from './model';
import type { DocumentOptions } from './options';
import { packDocument } from './packDocument';
import { ratingRuns } from './ratingRuns';
import {
  assigneeRuns,
  recordHeader,
  reviewedTaskRun,
  reviewedTasks,
  reviewRuns,
} from './recordParts';
import { voteRuns } from './voteRuns';

/** The options of {@link renderMinutes}. */
export type MinutesOptions = DocumentOptions;

const names = (ids: string[], ctx: RecordContext): DocumentRun[] =>
  ids.flatMap((id, i) => [
    ...(i > 0 ? [wording(', ')] : []),
    value(ctx.nameOf(id)),
  ]);

function titleLines(ctx: RecordContext): DocumentRun[][] {
  const { meeting } = ctx.record;
  const when = formatMonthYear(meeting.scheduledAt, ctx.locale);
  if (meeting.kind === 'regular') {
    return [
      [
        wording(
          ctx.say(
            `Sinh hoạt chi bộ thường kỳ ${when}`,
            `Regular cell meeting, ${when}`,
          ),
        ),
      ],
    ];
  }
  return [
    [
      wording(
        ctx.say(
          `Sinh hoạt chi bộ chuyên đề ${when}`,
          `Thematic cell meeting, ${when}`,
        ),
      ),
    ],
    [
      wording(ctx.say('Chuyên đề: “', 'Theme: “')),
      value(cleanText(meeting.theme ?? '')),
      wording('”'),
    ],
  ];
}

function timeAndPlace(ctx: RecordContext): DocumentBlock[] {
  const { meeting } = ctx.record;
  const { say, locale } = ctx;
  const start = meeting.timeline.startedAt ?? meeting.scheduledAt;
  const blocks: DocumentBlock[] = [
    heading(say('I. THỜI GIAN, ĐỊA ĐIỂM', 'I. TIME AND PLACE')),
    dashLine(
      say(
        `Thời gian: bắt đầu lúc ${formatClockTime(start, locale)}, ${formatLongDate(start, locale)}.`,
        `Time: started at ${formatClockTime(start, locale)} on ${formatLongDate(start, locale)}.`,
      ),
    ),
    dashLine([
      wording(say('Địa điểm: ', 'Place: ')),
      value(cleanText(meeting.place)),
      wording('.'),
    ]),
  ];
  if (meeting.mode !== 'in-person') {
    const mode = [
      wording(say('Hình thức: ', 'Form: ')),
      wording(getLabel('meetingMode', meeting.mode, locale)),
    ];
    if (meeting.onlineLink)
      mode.push(wording(' – '), value(cleanText(meeting.onlineLink)));
    blocks.push(dashLine(mode));
  }
  return blocks;
}

function attendance(ctx: RecordContext): DocumentBlock[] {
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
      wording('.'),
    ]),
    dashLine([
      wording(say('Thư ký: đồng chí ', 'Recorder: comrade ')),
      value(ctx.nameOf(meeting.recorderId ?? '')),
      wording('.'),
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

/** Dues collected at the meeting (the optional opening step of §4.3), by status. */
function duesLines(ctx: RecordContext): DocumentBlock[] {
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

function proceedings(ctx: RecordContext): DocumentBlock[] {
  const { meeting } = ctx.record;
  const { say } = ctx;
  const blocks: DocumentBlock[] = [
    heading(say('III. NỘI DUNG', 'III. PROCEEDINGS')),
  ];
  blocks.push(heading(say('1. Chương trình sinh hoạt', '1. Agenda')));
  if (meeting.agenda.length === 0)
    blocks.push(
      bodyLine(say('Không ghi chương trình.', 'No agenda was recorded.')),
    );
  meeting.agenda.forEach((item, i) => {
    blocks.push(
      bodyLine([wording(`${i + 1}. `), value(cleanText(item.title))]),
    );
  });
  if (meeting.kind === 'thematic' && meeting.presenterId) {
    blocks.push(
      bodyLine([
        wording(say('Đồng chí ', 'Comrade ')),
        value(ctx.nameOf(meeting.presenterId)),
        wording(say(' trình bày chuyên đề.', ' presented the theme.')),
      ]),
    );
  }
  blocks.push(
    heading(
      say('2. Diễn biến và ý kiến phát biểu', '2. Discussion and opinions'),
    ),
  );
  const opinionLine = (o: (typeof meeting.opinions)[number]) =>
    dashLine([
      wording(say('Đồng chí ', 'Comrade ')),
      value(ctx.nameOf(o.speakerId), { bold: true }),
      wording(': '),
      value(cleanText(o.text)),
    ]);
  const agendaIds = new Set(meeting.agenda.map((a) => a.id));
  meeting.agenda.forEach((item, i) => {
    const said = meeting.opinions.filter((o) => o.agendaItemId === item.id);
    blocks.push(
      bodyLine([
        wording(`${say('Nội dung', 'Item')} ${i + 1}: `, { italics: true }),
        value(cleanText(item.title), { italics: true }),
      ]),
    );
    if (said.length === 0)
      blocks.push(dashLine(say('Không có ý kiến phát biểu.', 'No one spoke.')));
    blocks.push(...said.map(opinionLine));
  });
  const loose = meeting.opinions.filter(
    (o) => !o.agendaItemId || !agendaIds.has(o.agendaItemId),
  );
  if (loose.length > 0) {
    blocks.push(
      bodyLine([
        wording(say('Ý kiến khác:', 'Other opinions:'), { italics: true }),
      ]),
      ...loose.map(opinionLine),
    );
  }
  if (meeting.opinions.length === 0)
    blocks.push(
      dashLine(say('Không có đảng viên phát biểu.', 'No member spoke.')),
    );

  blocks.push(
    heading(
      say(
        '3. Đánh giá kết quả thực hiện nghị quyết tháng trước',
        "3. Review of last month's resolution",
      ),
    ),
  );
  const reviewed = reviewedTasks(ctx);
  if (reviewed.length === 0) {
    blocks.push(
      bodyLine(
        say(
          'Không có nhiệm vụ kỳ trước cần đánh giá.',
          'There were no earlier tasks to review.',
        ),
      ),
    );
  } else {
    blocks.push(
      gridTable(
        [6, 40, 22, 32],
        [
          say('TT', 'No.'),
          say('Nhiệm vụ', 'Task'),
          say('Người thực hiện', 'Assignees'),
          say('Kết quả', 'Result'),
        ],
        reviewed.map((item, i) => [
          [wording(String(i + 1))],
          [reviewedTaskRun(item)],
          item.task ? assigneeRuns(item.task, ctx) : [wording('—')],
          reviewRuns(item.review, ctx),
        ]),
      ),
    );
  }
  blocks.push(
    heading(
      say('4. Kết luận của đồng chí chủ trì', "4. The chair's conclusion"),
    ),
  );
  const conclusion = meeting.conclusion ? cleanText(meeting.conclusion) : '';
  blocks.push(
    bodyLine(
      conclusion
        ? [value(conclusion)]
        : [wording(say('Không ghi kết luận.', 'No conclusion was recorded.'))],
    ),
  );
  const tasks = meeting.resolution?.tasks ?? [];
  if (tasks.length > 0) {
    blocks.push(
      heading(say('5. Nhiệm vụ được giao', '5. Tasks assigned')),
      gridTable(
        [6, 46, 28, 20],
        [
          say('TT', 'No.'),
          say('Nhiệm vụ', 'Task'),
          say('Người thực hiện', 'Assignees'),
          say('Thời hạn', 'Due'),
        ],
        tasks.map((t, i) => [
          [wording(String(i + 1))],
          [value(cleanText(t.description))],
          assigneeRuns(t, ctx),
          [wording(formatLongDate(t.dueOn, ctx.locale))],
        ]),
      ),
    );
  }
  return blocks;
}

function decisions(ctx: RecordContext): DocumentBlock[] {
  const { meeting } = ctx.record;
  const { say } = ctx;
  const blocks: DocumentBlock[] = [heading(say('IV. BIỂU QUYẾT', 'IV. VOTES'))];
  if (meeting.votes.length === 0)
    blocks.push(
      bodyLine(say('Không tiến hành biểu quyết.', 'No vote was taken.')),
    );
  blocks.push(...meeting.votes.map((v) => dashLine(voteRuns(v, ctx))));
  blocks.push(
    heading(say('V. XẾP LOẠI CHẤT LƯỢNG SINH HOẠT', 'V. QUALITY RATING')),
  );
  blocks.push(
    ...ratingRuns(meeting.rating, ctx.locale, true).map((runs) =>
      dashLine(runs),
    ),
  );
  return blocks;
}

function closing(ctx: RecordContext): DocumentBlock[] {
  const { meeting } = ctx.record;
  const { say, locale } = ctx;
  const blocks: DocumentBlock[] = [];
  for (const [event, vi, en] of [
    [meeting.postponement, 'Cuộc họp tạm hoãn', 'The meeting was postponed'],
    [meeting.cancellation, 'Cuộc họp bị hủy', 'The meeting was cancelled'],
  ] as const) {
    if (event)
      blocks.push(
        bodyLine([
          wording(
            `${say(vi, en)} ${say('lúc', 'at')} ${formatClockTime(event.at, locale)}, ${formatLongDate(event.at, locale)}. ${say('Lý do', 'Reason')}: `,
          ),
          value(cleanText(event.reason)),
          wording('.'),
        ]),
      );
  }
  const end = meeting.timeline.endedAt ?? '';
  blocks.push(
    bodyLine(
      say(
        `Buổi sinh hoạt kết thúc lúc ${formatClockTime(end, locale)}, ${formatLongDate(end, locale)}.`,
        `The meeting ended at ${formatClockTime(end, locale)} on ${formatLongDate(end, locale)}.`,
      ),
    ),
  );
  const approved = meeting.timeline.minutesApprovedAt;
  blocks.push(
    bodyLine(
      approved
        ? say(
            `Biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua lúc ${formatClockTime(approved, locale)}.`,
            `The minutes were read back to the cell and approved by those present at ${formatClockTime(approved, locale)}.`,
          )
        : say(
            'Biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua.',
            'The minutes were read back to the cell and approved by those present.',
          ),
    ),
  );
  blocks.push(
    ...signatureBlock(
      {
        titles: [say('THƯ KÝ', 'RECORDER')],
        name: ctx.nameOf(meeting.recorderId ?? ''),
      },
      {
        titles: [say('CHỦ TRÌ', 'CHAIR')],
        name: ctx.nameOf(meeting.chairId ?? ''),
      },
    ),
  );
  return blocks;
}

function minutesModel(ctx: RecordContext): DocumentModel {
  const title = ctx.say('BIÊN BẢN', 'MINUTES');
  return assertComplete({
    kind: 'minutes',
    title: `${title} ${formatMonthYear(ctx.record.meeting.scheduledAt, ctx.locale)}`,
    blocks: [
      recordHeader(ctx, 'BB'),
      ...documentTitle(title, titleLines(ctx)),
      ...timeAndPlace(ctx),
      ...attendance(ctx),
      ...duesLines(ctx),
      ...proceedings(ctx),
      ...decisions(ctx),
      ...closing(ctx),
    ],
  });
}

/**
 * The document model of the minutes (biên bản, R-DOC-6), for inspection or a
 * custom writer. {@link renderMinutes} writes it as .docx.
 *
 * @param record - the meeting record, as the host sends it (validated here).
 * @param options - language, place, number, margins, font.
 * @returns the model.
 * @throws ChiboError listing every problem of the record or the options.
 * @example
 * ```ts
 * const model = buildMinutes(record);
 * getModelText(model).includes('BIÊN BẢN'); // true
 * ```
 */
export function buildMinutes(
  record: unknown,
  options?: MinutesOptions,
): DocumentModel {
  return minutesModel(createRecordContext(record, options, 'minutes'));
}

/**
 * The minutes of a meeting (biên bản, R-DOC-6) as a .docx file in the Party
 * document format (R-DOC-1..5): header, number `Số 03-BB/CB`, title, time and
 * place, attendance with every figure of `attendanceSummary` and the absent
 * members' names and reasons, chair, recorder, guests, agenda, each speaker's
 * opinion per item, the chair's conclusion, the review of last month's tasks,
 * the votes against their voting base, the rating, the end time, the approval
 * sentence and the signatures of the recorder and the chair. Text is NFC and
 * made safe (R-DOC-8); the record is validated first and a document is
 * produced whole or not at all.
 *
 * @param record - the meeting record ({@link MeetingRecord} input), as the host sends it.
 * @param options - language, place, number, issuer code, margins, font.
 * @returns the .docx bytes: wrap them in a `Blob` in a browser, or pass them
 *   to `fs.writeFile` in Node.
 * @throws ChiboError with every problem of the record or the options.
 * @example
 * ```ts
 * import { writeFile } from 'node:fs/promises';
 * const bytes = await renderMinutes(record, { number: 3 });
 * await writeFile('bien-ban.docx', bytes);
 * ```
 */
export async function renderMinutes(
  record: unknown,
  options?: MinutesOptions,
): Promise<Uint8Array> {
  const ctx = createRecordContext(record, options, 'minutes');
  return packDocument(minutesModel(ctx), ctx.options);
}
