import { getLabel, getMeetingRuleSet } from '@chibo/core';
import { assertComplete } from './assertComplete';
import { cleanText } from './cleanText';
import { createRecordContext, type RecordContext } from './context';
import { formatLongDate, formatMonthYear } from './format';
import {
  bodyLine,
  dashLine,
  documentTitle,
  heading,
  signatureBlock,
} from './layout';
import {
  type DocumentBlock,
  type DocumentModel,
  paragraph,
  value,
  wording,
} from './model';
import type { DocumentOptions } from './options';
import { packDocument } from './packDocument';
import {
  assigneeRuns,
  recordHeader,
  reviewedTaskRun,
  reviewedTasks,
  reviewRuns,
} from './recordParts';
import { getVotingBaseSize } from './votingBase';

/** The options of {@link renderResolution}. */
export interface ResolutionOptions extends DocumentOptions {
  /**
   * The lines of "Nơi nhận:" (R-DOC-7), printed as given; they take the place
   * of the resolution's own `recipients` (R-DOC-7b).
   * @defaultValue the resolution's `recipients`, else the upper committee
   *   "(để báo cáo)", the members, "Lưu chi bộ"
   */
  recipients?: string[] | undefined;
}

/** The upper committee's executive: "Đảng bộ xã Xuân Quang" → "Đảng ủy xã Xuân Quang". */
function upperCommittee(ctx: RecordContext): string {
  const name = cleanText(ctx.record.cell.parent.name);
  return ctx.locale === 'vi' ? name.replace(/^Đảng bộ/u, 'Đảng ủy') : name;
}

/**
 * The grounds (R-DOC-7, R-DOC-7b): the resolution's own, or by default the
 * Điều lệ and the guidance of the meeting's rule set; then the meeting.
 */
function grounds(ctx: RecordContext): DocumentBlock[] {
  const { meeting } = ctx.record;
  const { say, locale } = ctx;
  const ruleSet = getLabel('ruleSet', getMeetingRuleSet(meeting).id, locale);
  const met = formatLongDate(
    meeting.timeline.startedAt ?? meeting.scheduledAt,
    locale,
  );
  const own = meeting.resolution?.grounds;
  const lines = own
    ? own.map((g) => [
        wording(say('Căn cứ ', 'Having regard to ')),
        value(cleanText(g)),
        wording(';'),
      ])
    : [
        [
          wording(
            say(
              'Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
              'Having regard to the Statute of the Communist Party of Viet Nam;',
            ),
          ),
        ],
        [
          wording(
            say(
              `Căn cứ ${ruleSet} về sinh hoạt chi bộ;`,
              `Having regard to ${ruleSet} on cell meetings;`,
            ),
          ),
        ],
      ];
  return [
    ...lines.map((runs) => dashLine(runs)),
    dashLine(
      say(
        `Căn cứ kết quả sinh hoạt chi bộ thường kỳ ${met},`,
        `Having regard to the cell meeting of ${met},`,
      ),
    ),
    paragraph(
      [
        value(
          cleanText(ctx.record.cell.name).toLocaleUpperCase(
            locale === 'vi' ? 'vi-VN' : 'en-US',
          ),
          { bold: true },
        ),
      ],
      { align: 'center', spaceBefore: 6 },
    ),
    paragraph([wording(say('QUYẾT NGHỊ:', 'RESOLVES:'), { bold: true })], {
      align: 'center',
      keepNext: true,
    }),
  ];
}

function review(ctx: RecordContext): DocumentBlock[] {
  const { say } = ctx;
  const blocks: DocumentBlock[] = [
    heading(
      say(
        'I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC',
        "I. RESULTS OF LAST MONTH'S RESOLUTION",
      ),
    ),
  ];
  const assessment = (ctx.record.meeting.resolution?.assessment ?? '')
    .split(/\n+/u)
    .map(cleanText)
    .filter((line) => line !== '');
  blocks.push(...assessment.map((line) => bodyLine([value(line)])));
  const items = reviewedTasks(ctx);
  if (items.length === 0)
    blocks.push(
      bodyLine(
        say(
          'Không có nhiệm vụ kỳ trước cần đánh giá.',
          'There were no earlier tasks to review.',
        ),
      ),
    );
  items.forEach((item, i) => {
    const who = item.task
      ? [wording(' ('), ...assigneeRuns(item.task, ctx), wording(')')]
      : [];
    blocks.push(
      bodyLine([
        wording(`${i + 1}. `),
        reviewedTaskRun(item),
        ...who,
        wording(': '),
        ...reviewRuns(item.review, ctx),
        wording('.'),
      ]),
    );
  });
  return blocks;
}

function tasks(ctx: RecordContext): DocumentBlock[] {
  const { say, locale } = ctx;
  const resolution = ctx.record.meeting.resolution;
  const list = resolution?.tasks ?? [];
  const blocks: DocumentBlock[] = [
    heading(say('II. NHIỆM VỤ, GIẢI PHÁP', 'II. TASKS AND MEASURES')),
  ];
  if (list.length === 0)
    blocks.push(
      bodyLine(
        say(
          'Nghị quyết không giao nhiệm vụ mới.',
          'The resolution sets no new tasks.',
        ),
      ),
    );
  list.forEach((task, i) => {
    const continues = task.continues
      ? [wording(say(' (tiếp tục nhiệm vụ kỳ trước)', ' (carried over)'))]
      : [];
    blocks.push(
      bodyLine([
        wording(`${i + 1}. `),
        value(cleanText(task.description), { bold: true }),
        ...continues,
        wording('.'),
      ]),
      dashLine([
        wording(say('Người thực hiện: ', 'Assignees: ')),
        ...assigneeRuns(task, ctx),
        wording('.'),
      ]),
      dashLine(
        say(
          `Thời hạn hoàn thành: ${formatLongDate(task.dueOn, locale)}.`,
          `Due: ${formatLongDate(task.dueOn, locale)}.`,
        ),
      ),
    );
  });
  return blocks;
}

function implementation(ctx: RecordContext): DocumentBlock[] {
  const { say } = ctx;
  const { meeting } = ctx.record;
  const lines = (meeting.resolution?.implementation ?? [])
    .map(cleanText)
    .filter((l) => l !== '');
  const blocks: DocumentBlock[] = [
    heading(say('III. TỔ CHỨC THỰC HIỆN', 'III. IMPLEMENTATION')),
  ];
  if (lines.length > 0) {
    blocks.push(...lines.map((l) => dashLine([value(l)])));
  } else {
    blocks.push(
      dashLine(
        say(
          'Chi ủy chỉ đạo, đôn đốc, kiểm tra việc thực hiện nghị quyết; báo cáo kết quả tại kỳ sinh hoạt tháng sau.',
          'The cell committee directs, follows up and checks the implementation, and reports at next month’s meeting.',
        ),
      ),
      dashLine(
        say(
          'Đảng viên được phân công có trách nhiệm thực hiện nhiệm vụ đúng thời hạn.',
          'Each assignee carries out their task by its due date.',
        ),
      ),
    );
  }
  const vote =
    meeting.votes.find((v) => v.id === meeting.resolution?.voteId) ??
    meeting.votes.find((v) => v.subject === 'resolution');
  if (vote) {
    const base = getVotingBaseSize(vote, ctx.record);
    blocks.push(
      bodyLine(
        say(
          `Nghị quyết được chi bộ biểu quyết thông qua với ${vote.for}/${base} đồng chí tán thành, ${vote.against} không tán thành, ${vote.abstain} ý kiến khác.`,
          `The cell adopted the resolution with ${vote.for} of ${base} votes for, ${vote.against} against and ${vote.abstain} other.`,
        ),
      ),
    );
  }
  return blocks;
}

/**
 * The lines of "Nơi nhận:" from the resolution's recipients, or the default
 * ones (R-DOC-7, R-DOC-7b): "name (purpose)", a comma after each, a stop
 * after the last.
 */
function recipientLines(ctx: RecordContext): string[] {
  const { say } = ctx;
  const recipients = ctx.record.meeting.resolution?.recipients ?? [
    {
      name: upperCommittee(ctx),
      purpose: say('để báo cáo', 'for information'),
    },
    { name: say('Đảng viên trong chi bộ', 'The members of the cell') },
    { name: say('Lưu chi bộ', 'Cell file') },
  ];
  return recipients.map((r, i) => {
    const purpose = r.purpose ? ` (${cleanText(r.purpose)})` : '';
    const stop = i === recipients.length - 1 ? '.' : ',';
    return `${cleanText(r.name)}${purpose}${stop}`;
  });
}

function signatures(ctx: RecordContext): DocumentBlock[] {
  const { say } = ctx;
  const { members, meeting } = ctx.record;
  const secretary = members.find((m) => m.roles.includes('secretary'));
  const signer = secretary
    ? ctx.nameOf(secretary.id)
    : ctx.nameOf(meeting.chairId ?? '');
  const recipients = ctx.options.recipients ?? recipientLines(ctx);
  const lines = [
    paragraph([
      wording(say('Nơi nhận:', 'Recipients:'), {
        bold: true,
        italics: true,
        size: 12,
      }),
    ]),
    ...recipients.map((r) =>
      paragraph([wording('- ', { size: 12 }), value(r, { size: 12 })]),
    ),
  ];
  return signatureBlock(
    { titles: [], lines },
    {
      titles: [
        say('T/M CHI BỘ', 'FOR THE CELL'),
        secretary ? say('BÍ THƯ', 'SECRETARY') : say('CHỦ TRÌ', 'CHAIR'),
      ],
      name: signer,
    },
  );
}

function resolutionModel(ctx: RecordContext): DocumentModel {
  const { meeting } = ctx.record;
  const title = ctx.say('NGHỊ QUYẾT', 'RESOLUTION');
  const summary = meeting.resolution?.summary
    ? cleanText(meeting.resolution.summary)
    : ctx.say(
        `về lãnh đạo thực hiện nhiệm vụ ${formatMonthYear(meeting.scheduledAt, 'vi')}`,
        `on carrying out the tasks of ${formatMonthYear(meeting.scheduledAt, 'en')}`,
      );
  return assertComplete({
    kind: 'resolution',
    date: ctx.date,
    title: `${title} ${summary}`,
    blocks: [
      recordHeader(ctx, 'NQ'),
      ...documentTitle(title, [[value(summary)]]),
      ...grounds(ctx),
      ...review(ctx),
      ...tasks(ctx),
      ...implementation(ctx),
      ...signatures(ctx),
    ],
  });
}

/**
 * The document model of the monthly resolution (nghị quyết, R-DOC-7).
 *
 * @param record - the meeting record, as the host sends it.
 * @param options - language, place, number, margins, font, recipients.
 * @returns the model.
 * @throws ChiboError listing every problem.
 * @example
 * ```ts
 * getModelText(buildResolution(record)).includes('QUYẾT NGHỊ:'); // true
 * ```
 */
export function buildResolution(
  record: unknown,
  options?: ResolutionOptions,
): DocumentModel {
  return resolutionModel(createRecordContext(record, options, 'resolution'));
}

/**
 * The monthly resolution (nghị quyết, R-DOC-7) as a .docx file in the Party
 * document format (R-DOC-1..5): header with `Số 03-NQ/CB`, "NGHỊ QUYẾT" and
 * its summary line, the grounds, "QUYẾT NGHỊ:", I. the review of last
 * month's tasks, II. the numbered tasks with assignees and due dates, III.
 * implementation, "T/M CHI BỘ / BÍ THƯ" with the name, and "Nơi nhận:".
 *
 * @param record - the meeting record; its meeting must carry a resolution.
 * @param options - language, place, number, issuer code, margins, font, recipients.
 * @returns the .docx bytes.
 * @throws ChiboError with every problem of the record or the options.
 * @example
 * ```ts
 * const bytes = await renderResolution(record, { number: 3 });
 * new Blob([bytes], { type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' });
 * ```
 */
export async function renderResolution(
  record: unknown,
  options?: ResolutionOptions,
): Promise<Uint8Array> {
  const ctx = createRecordContext(record, options, 'resolution');
  return packDocument(resolutionModel(ctx), ctx.options);
}
