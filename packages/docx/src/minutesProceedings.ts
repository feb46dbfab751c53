import { cleanText } from './cleanText';
import type { RecordContext } from './context';
import { formatLongDate, formatNumber } from './format';
import { bodyLine, dashLine, gridTable, heading } from './layout';
import {
  type DocumentBlock,
  type DocumentParagraph,
  type DocumentRun,
  value,
  wording,
} from './model';
import type { DocumentOptions } from './options';
import {
  assigneeRuns,
  reviewedTaskRun,
  reviewedTasks,
  reviewRuns,
} from './recordParts';

/** The options of {@link renderMinutes}. */
export type MinutesOptions = DocumentOptions;

type Opinion = RecordContext['record']['meeting']['opinions'][number];
type AgendaItem = RecordContext['record']['meeting']['agenda'][number];

/** "- Đồng chí Hà Văn Sơn: …": one opinion as the minutes print it. */
export function opinionLine(o: Opinion, ctx: RecordContext): DocumentParagraph {
  return dashLine([
    wording(ctx.say('Đồng chí ', 'Comrade ')),
    value(ctx.nameOf(o.speakerId), { bold: true }),
    wording(': '),
    value(cleanText(o.text)),
  ]);
}

/** "Đồng chí Hoàng Văn Minh trình bày (12 phút): …" (R-DOC-6b). */
function presentedLine(
  item: AgendaItem,
  ctx: RecordContext,
): DocumentParagraph | undefined {
  const { say } = ctx;
  const summary = item.summary ? cleanText(item.summary) : '';
  if (item.presenterId === undefined && summary === '') return undefined;
  const runs: DocumentRun[] =
    item.presenterId === undefined
      ? [wording(say('Nội dung trình bày', 'Presented'))]
      : [
          wording(say('Đồng chí ', 'Comrade ')),
          value(ctx.nameOf(item.presenterId), { bold: true }),
          wording(say(' trình bày', ' presented')),
        ];
  if (item.durationMinutes !== undefined)
    runs.push(
      wording(
        ` (${formatNumber(item.durationMinutes, ctx.locale)} ${say('phút', 'minutes')})`,
      ),
    );
  runs.push(
    ...(summary
      ? [wording(': '), value(summary)]
      : [
          wording(
            say(
              '; nội dung trình bày chưa được ghi.',
              '; what was presented was not recorded.',
            ),
          ),
        ]),
  );
  return dashLine(runs);
}

/**
 * One agenda item in the procedure's order (R-DOC-6, R-DOC-6b): who
 * presented what, the opinions on it, the chair's conclusion on it. An item
 * the record holds nothing for says so ("Nội dung chưa được ghi."); "no one
 * spoke" is printed only when the record says so (`noOpinions`).
 *
 * @param item - the agenda item.
 * @param index - its place in the agenda, from 0.
 * @param ctx - the record context.
 * @returns its paragraphs.
 */
export function agendaItemBlocks(
  item: AgendaItem,
  index: number,
  ctx: RecordContext,
): DocumentParagraph[] {
  const { say } = ctx;
  const { opinions } = ctx.record.meeting;
  const said = opinions.filter((o) => o.agendaItemId === item.id);
  const conclusion = item.conclusion ? cleanText(item.conclusion) : '';
  const presented = presentedLine(item, ctx);
  const lines: DocumentParagraph[] = [
    bodyLine([
      wording(`${say('Nội dung', 'Item')} ${index + 1}: `, { italics: true }),
      value(cleanText(item.title), { italics: true }),
    ]),
  ];
  if (presented) lines.push(presented);
  lines.push(...said.map((o) => opinionLine(o, ctx)));
  if (said.length === 0 && item.noOpinions)
    lines.push(dashLine(say('Không có ý kiến phát biểu.', 'No one spoke.')));
  if (conclusion)
    lines.push(
      dashLine([
        wording(say('Đồng chí chủ trì kết luận: ', 'The chair concluded: ')),
        value(conclusion),
      ]),
    );
  if (lines.length === 1) lines.push(dashLine(notRecorded(ctx)));
  return lines;
}

/** "Nội dung chưa được ghi." / "Not recorded." (R-DOC-6b). */
function notRecorded(ctx: RecordContext): string {
  return ctx.say('Nội dung chưa được ghi.', 'Not recorded.');
}

/**
 * Every agenda item with its content, then the opinions tied to no item of
 * the agenda: nothing in the record is dropped (R-DOC-8).
 *
 * @param ctx - the record context.
 * @returns the paragraphs of "Diễn biến và ý kiến phát biểu".
 */
function itemBlocks(ctx: RecordContext): DocumentParagraph[] {
  const { meeting } = ctx.record;
  const agendaIds = new Set(meeting.agenda.map((a) => a.id));
  const lines = meeting.agenda.flatMap((item, i) =>
    agendaItemBlocks(item, i, ctx),
  );
  const loose = meeting.opinions.filter(
    (o) => !o.agendaItemId || !agendaIds.has(o.agendaItemId),
  );
  if (loose.length > 0) {
    lines.push(
      bodyLine([
        wording(ctx.say('Ý kiến khác:', 'Other opinions:'), { italics: true }),
      ]),
      ...loose.map((o) => opinionLine(o, ctx)),
    );
  }
  if (lines.length === 0) lines.push(bodyLine(notRecorded(ctx)));
  return lines;
}

/**
 * The proceedings (R-DOC-6): agenda, each speaker's opinion per item, the
 * review of last month's tasks (R-TASK-1), the chair's conclusion and the
 * tasks assigned.
 *
 * @param ctx - the record context.
 * @returns the blocks of section III.
 */
export function proceedingsBlocks(ctx: RecordContext): DocumentBlock[] {
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
  let section = 1;
  const subheading = (vi: string, en: string) => {
    section += 1;
    return heading(`${section}. ${say(vi, en)}`);
  };
  blocks.push(
    subheading('Diễn biến và ý kiến phát biểu', 'Discussion and opinions'),
    ...itemBlocks(ctx),
  );
  blocks.push(
    subheading(
      'Đánh giá kết quả thực hiện nghị quyết tháng trước',
      "Review of last month's resolution",
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
  // The chair's overall conclusion, unless an item already printed it
  // (SCENARIO.md: item 5 holds it): printed once (R-DOC-6b).
  const conclusion = meeting.conclusion ? cleanText(meeting.conclusion) : '';
  const printed = meeting.agenda.some(
    (item) => item.conclusion && cleanText(item.conclusion) === conclusion,
  );
  if (!conclusion || !printed) {
    blocks.push(
      subheading('Kết luận của đồng chí chủ trì', "The chair's conclusion"),
      bodyLine(
        conclusion
          ? [value(conclusion)]
          : [
              wording(
                say('Kết luận chưa được ghi.', 'No conclusion was recorded.'),
              ),
            ],
      ),
    );
  }
  const tasks = meeting.resolution?.tasks ?? [];
  if (tasks.length > 0) {
    blocks.push(
      subheading('Nhiệm vụ được giao', 'Tasks assigned'),
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
