import { cleanText } from './cleanText';
import type { RecordContext } from './context';
import { formatLongDate } from './format';
import { bodyLine, dashLine, gridTable, heading } from './layout';
import { type DocumentBlock, value, wording } from './model';
import type { DocumentOptions } from './options';
import {
  assigneeRuns,
  reviewedTaskRun,
  reviewedTasks,
  reviewRuns,
} from './recordParts';

/** The options of {@link renderMinutes}. */
export type MinutesOptions = DocumentOptions;

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
