import { getLabel } from '@chibo/core';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import { createRecordContext, type RecordContext } from './context';
import { formatClockTime, formatLongDate, formatMonthYear } from './format';
import {
  bodyLine,
  dashLine,
  documentTitle,
  heading,
  signatureBlock,
} from './layout';
import { attendanceBlocks, duesBlocks } from './minutesAttendance';
import { proceedingsBlocks } from './minutesProceedings';
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
import { recordHeader } from './recordParts';
import { voteRuns } from './voteRuns';

/** The options of {@link renderMinutes}. */
export type MinutesOptions = DocumentOptions;

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

/** Section I: the time and place (R-DOC-6), with its heading. */
export function timeAndPlace(ctx: RecordContext): DocumentBlock[] {
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

/** The closing line and the signatures (R-DOC-2b), after any postponement. */
export function closing(ctx: RecordContext): DocumentBlock[] {
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
  // R-DOC-2b: one closing line, "ended at …; read and approved", then the
  // signatures, kept on the same page.
  const end = meeting.timeline.endedAt ?? '';
  const approved = meeting.timeline.minutesApprovedAt;
  const at = approved
    ? say(' lúc ', ' at ') + formatClockTime(approved, locale)
    : '';
  blocks.push({
    ...bodyLine(
      say(
        `Buổi sinh hoạt kết thúc lúc ${formatClockTime(end, locale)}, ${formatLongDate(end, locale)}; biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua${at}.`,
        `The meeting ended at ${formatClockTime(end, locale)} on ${formatLongDate(end, locale)}; the minutes were read to the meeting and approved by all present${at}.`,
      ),
    ),
    keepNext: true,
  });
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

/** The minutes' model from a checked record context (R-DOC-6). */
export function minutesModel(ctx: RecordContext): DocumentModel {
  const title = ctx.say('BIÊN BẢN', 'MINUTES');
  return assertComplete({
    kind: 'minutes',
    date: ctx.date,
    title: `${title} ${formatMonthYear(ctx.record.meeting.scheduledAt, ctx.locale)}`,
    blocks: [
      recordHeader(ctx, 'BB'),
      ...documentTitle(title, titleLines(ctx)),
      ...timeAndPlace(ctx),
      ...attendanceBlocks(ctx),
      ...duesBlocks(ctx),
      ...proceedingsBlocks(ctx),
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
 * @param record - the meeting record (`MeetingRecord` of `@chibo/core`), as the host sends it.
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
