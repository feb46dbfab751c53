import { getLabel } from '@chibo/core';
import { checkArgument, type RatingLevel } from '@chibo/core/schemas';
import {
  type AnnualLevel,
  annualLevelLabels,
  type CellYearSummary,
  CellYearSummaryArgument,
  formatDistribution,
  formatShare,
} from '@chibo/core/year';
import { assertComplete } from './assertComplete';
import { CHART_SIZE, drawBarChart } from './attendanceChart';
import { cleanText } from './cleanText';
import { embedPicture } from './embedPicture';
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
  paragraph,
  value,
  wording,
} from './model';
import type { DocumentOptions } from './options';
import { packDocument } from './packDocument';
import {
  createYearDocumentContext,
  formatDong,
  formatMonth,
  formatMonths,
  monthHeading,
  type YearDocumentContext,
  yearDocumentHeader,
} from './yearDocumentParts';

/** The options of {@link renderYearReport}. */
export interface YearReportOptions extends DocumentOptions {
  /**
   * The "Nơi nhận:" lines.
   * @defaultValue the upper committee "để báo cáo", "Lưu chi bộ"
   */
  recipients?: readonly string[] | undefined;
}

/** R-ATT-2's threshold, drawn on the chart. */
const THRESHOLD = 0.85;
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI'];

type Say = YearDocumentContext['say'];

function meetingsPart(s: CellYearSummary, ctx: YearDocumentContext) {
  const { say, locale } = ctx;
  const share = (n: number, of: number) => formatShare(n, of, { locale });
  const { regularMeetings: regular, thematicMeetings: thematic } = s;
  const quarters = thematic.quarters
    .map(
      (q) =>
        `${say('quý', 'Q')}${say(` ${ROMAN[q.quarter - 1]}`, String(q.quarter))}: ${q.meetingIds.length}`,
    )
    .join('; ');
  const blocks: DocumentBlock[] = [
    dashLine(
      say(
        `Sinh hoạt thường kỳ: ${regular.held}/12 tháng${regular.monthsWithout.length ? `; không sinh hoạt tháng ${formatMonths(regular.monthsWithout)} (R-FREQ-1)` : ''}.`,
        `Regular meetings: ${regular.held} of 12 months${regular.monthsWithout.length ? `; none in ${formatMonths(regular.monthsWithout)} (R-FREQ-1)` : ''}.`,
      ),
    ),
    dashLine(
      say(
        `Sinh hoạt chuyên đề: ${thematic.held} cuộc (${quarters})${thematic.quartersWithout.length ? `; quý ${thematic.quartersWithout.map((q) => ROMAN[q - 1]).join(', ')} không sinh hoạt chuyên đề (R-FREQ-2)` : ''}.`,
        `Thematic meetings: ${thematic.held} (${quarters})${thematic.quartersWithout.length ? `; none in Q${thematic.quartersWithout.join(', Q')} (R-FREQ-2)` : ''}.`,
      ),
    ),
  ];
  thematic.quarters.forEach((q) => {
    for (const theme of q.themes)
      if (cleanText(theme) !== '')
        blocks.push(
          bodyLine([
            wording(say('Chuyên đề: “', 'Theme: “')),
            value(cleanText(theme)),
            wording('”.'),
          ]),
        );
  });
  blocks.push(
    dashLine(
      say(
        `Tỷ lệ đảng viên dự sinh hoạt thường kỳ bình quân: ${share(s.attendance.present, s.attendance.expected)}.`,
        `Mean attendance at the regular meetings: ${share(s.attendance.present, s.attendance.expected)}.`,
      ),
    ),
  );
  return blocks;
}

/** The chart's placeholder, its labels and the table by month. */
function attendanceByMonth(
  s: CellYearSummary,
  ctx: YearDocumentContext,
): { blocks: DocumentBlock[]; placeholder: number } {
  const { say, locale } = ctx;
  const percent = (m: { present: number | null; expected: number | null }) =>
    m.present === null || !m.expected
      ? '–'
      : `${Math.round((m.present * 100) / m.expected)}%`;
  const cell = (text: string) => [
    paragraph([wording(text, { size: 9 })], { align: 'center' }),
  ];
  const labels: DocumentBlock = {
    type: 'table',
    columns: s.attendance.months.map(() => 1),
    borders: false,
    rows: [
      s.attendance.months.map((m) => cell(percent(m))),
      s.attendance.months.map((_, i) => cell(monthHeading(i + 1, locale))),
    ],
  };
  const levelOf = new Map<string, RatingLevel>();
  for (const [level, ids] of Object.entries(s.ratings.meetingIds))
    for (const id of ids) levelOf.set(id, level as RatingLevel);
  const opinionsOf = new Map(
    s.opinions.byMeeting.map((m) => [m.meetingId, m.count]),
  );
  const rows: DocumentRun[][][] = s.attendance.meetings.map((m) => {
    const level = levelOf.get(m.meetingId);
    return [
      [wording(formatMonth(m.month))],
      [wording(`${m.date.slice(8, 10)}/${m.date.slice(5, 7)}`)],
      [wording(formatShare(m.present, m.expected, { locale }))],
      [wording(String(opinionsOf.get(m.meetingId) ?? 0))],
      [wording(level ? getLabel('ratingLevel', level, locale) : '–')],
    ];
  });
  return {
    placeholder: 0,
    blocks: [
      paragraph(
        [
          wording(
            say(
              '[Biểu đồ: tỷ lệ đảng viên dự sinh hoạt thường kỳ theo tháng]',
              '[Chart: attendance at the regular meetings by month]',
            ),
          ),
        ],
        { align: 'center', keepNext: true },
      ),
      labels,
      bodyLine(
        say(
          'Biểu đồ: tỷ lệ đảng viên có mặt trên số phải dự từng tháng (0–100%); đường đứt nét: mức 85% (R-ATT-2).',
          'Chart: members present over members expected each month (0–100%); dashed line: 85% (R-ATT-2).',
        ),
      ),
      gridTable(
        [16, 16, 30, 14, 24],
        [
          say('Tháng', 'Month'),
          say('Ngày họp', 'Date'),
          say('Có mặt/phải dự', 'Present/expected'),
          say('Ý kiến', 'Opinions'),
          say('Xếp loại', 'Rating'),
        ],
        rows,
      ),
    ],
  };
}

function qualityPart(s: CellYearSummary, ctx: YearDocumentContext) {
  const { say, locale } = ctx;
  const { ratings, opinions } = s;
  const shares = formatDistribution({ counts: ratings.counts }, { locale });
  const levels = (Object.keys(shares) as RatingLevel[])
    .map((l) => `${getLabel('ratingLevel', l, locale)} ${shares[l]}`)
    .join(', ');
  const mean =
    opinions.meetings === 0
      ? '–'
      : String(
          Math.round((opinions.total * 100) / opinions.meetings) / 100,
        ).replace('.', locale === 'vi' ? ',' : '.');
  const year = ratings.level
    ? getLabel('ratingLevel', ratings.level, locale)
    : say('chưa xếp loại', 'not rated yet');
  return [
    dashLine(
      say(
        `Ý kiến phát biểu: ${opinions.total} ý kiến trong ${opinions.meetings} cuộc, bình quân ${mean} ý kiến/cuộc.`,
        `Opinions: ${opinions.total} in ${opinions.meetings} meetings, ${mean} a meeting.`,
      ),
    ),
    dashLine(
      say(
        `Chất lượng sinh hoạt thường kỳ: ${levels}. Cả năm: ${year} (R-RATE-4).`,
        `Quality of the regular meetings: ${levels}. The year: ${year} (R-RATE-4).`,
      ),
    ),
  ];
}

function tasksPart(s: CellYearSummary, say: Say): DocumentBlock[] {
  const { tasks } = s;
  const carried = tasks.tasks.filter(
    (t) => t.status === 'not-done' || t.status === 'partly-done',
  );
  const blocks: DocumentBlock[] = [
    dashLine(
      say(
        `Nhiệm vụ đề ra trong nghị quyết các kỳ: ${tasks.assigned}; hoàn thành: ${tasks.done}; chưa hoàn thành, chuyển kỳ sau: ${tasks.carriedOver}; chưa kiểm điểm: ${tasks.open} (R-TASK-1).`,
        `Tasks in the year's resolutions: ${tasks.assigned}; done: ${tasks.done}; not done, carried over: ${tasks.carriedOver}; not reviewed yet: ${tasks.open} (R-TASK-1).`,
      ),
    ),
  ];
  if (carried.length > 0)
    blocks.push(
      gridTable(
        [6, 44, 14, 14, 22],
        [
          'TT',
          say('Nhiệm vụ', 'Task'),
          say('Tháng', 'Month'),
          say('Kết quả', 'Result'),
          say('Lý do', 'Reason'),
        ],
        carried.map((t, i) => [
          [wording(String(i + 1))],
          [value(cleanText(t.description))],
          [wording(formatMonth(t.month))],
          [
            wording(
              t.status === 'not-done'
                ? say('Chưa thực hiện', 'Not done')
                : say('Thực hiện một phần', 'Partly done'),
            ),
          ],
          t.reason && cleanText(t.reason) !== ''
            ? [value(cleanText(t.reason))]
            : [wording('–')],
        ]),
      ),
    );
  return blocks;
}

function levelsPart(s: CellYearSummary, ctx: YearDocumentContext) {
  const { say, locale } = ctx;
  const { levels } = s;
  if (!levels)
    return [
      dashLine(
        say('Chưa có kết quả đánh giá, xếp loại.', 'No annual review given.'),
      ),
    ];
  const shares = formatDistribution(levels.distribution, { locale });
  const blocks: DocumentBlock[] = [];
  if (levels.cell?.level)
    blocks.push(
      dashLine(
        say(
          `Chi bộ: ${levels.cell.total === null ? '' : `${String(levels.cell.total).replace('.', ',')} điểm, `}${annualLevelLabels[levels.cell.level].vi}.`,
          `The cell: ${levels.cell.total === null ? '' : `${levels.cell.total} points, `}${annualLevelLabels[levels.cell.level].en}.`,
        ),
      ),
    );
  blocks.push(
    gridTable(
      [60, 40],
      [
        say('Mức xếp loại đảng viên', 'Members’ level'),
        say('Số lượng (tỷ lệ)', 'Number (share)'),
      ],
      (Object.keys(shares) as AnnualLevel[]).map((level) => [
        [wording(annualLevelLabels[level][locale])],
        [wording(shares[level])],
      ]),
    ),
  );
  if (levels.notRated.length > 0)
    blocks.push(
      dashLine([
        wording(say('Không xếp loại: ', 'Not rated: ')),
        ...levels.notRated.flatMap((m, i) => [
          ...(i > 0 ? [wording(', ')] : []),
          value(cleanText(m.name)),
          ...(m.exempt ? [wording(say(' (miễn sinh hoạt)', ' (exempt)'))] : []),
        ]),
        wording('.'),
      ]),
    );
  return blocks;
}

function duesAndRemoval(s: CellYearSummary, ctx: YearDocumentContext) {
  const { say, locale } = ctx;
  const dong = (n: number) => `${formatDong(n, locale)} đ`;
  const blocks: DocumentBlock[] = [heading(say('IV. ĐẢNG PHÍ', 'IV. DUES'))];
  if (!s.dues)
    blocks.push(
      dashLine(say('Không có sổ thu đảng phí.', 'No dues book given.')),
    );
  else {
    blocks.push(
      dashLine(
        say(
          `Phải thu: ${dong(s.dues.due)}; đã nộp: ${dong(s.dues.paid)}; đã thu trong năm: ${dong(s.dues.collected)}.`,
          `Due: ${dong(s.dues.due)}; paid: ${dong(s.dues.paid)}; received in the year: ${dong(s.dues.collected)}.`,
        ),
      ),
    );
    for (const m of s.dues.unpaid)
      blocks.push(
        dashLine([
          wording(say('Chưa nộp: ', 'Unpaid: ')),
          value(cleanText(m.name)),
          wording(
            say(
              ` (tháng ${formatMonths(m.months)}).`,
              ` (${formatMonths(m.months)}).`,
            ),
          ),
        ]),
      );
  }
  blocks.push(
    heading(
      say(
        'V. ĐẢNG VIÊN THUỘC DIỆN XEM XÉT XÓA TÊN (R-ATT-3)',
        'V. MEMBERS PROPOSED FOR REMOVAL (R-ATT-3)',
      ),
    ),
  );
  const { flagged, warned } = s.removal;
  if (flagged.length + warned.length === 0)
    blocks.push(dashLine(say('Không có.', 'None.')));
  for (const f of [...flagged, ...warned]) {
    const causes = [
      f.unpaidDues.length
        ? say(
            `không đóng đảng phí tháng ${formatMonths(f.unpaidDues)}`,
            `dues unpaid for ${formatMonths(f.unpaidDues)}`,
          )
        : '',
      f.unexcusedAbsence.length
        ? say(
            `vắng sinh hoạt không lý do tháng ${formatMonths(f.unexcusedAbsence)}`,
            `absent without reason in ${formatMonths(f.unexcusedAbsence)}`,
          )
        : '',
    ].filter(Boolean);
    const when = [
      f.warnedAt
        ? say(
            `cảnh báo từ tháng ${formatMonth(f.warnedAt)}`,
            `warned at ${formatMonth(f.warnedAt)}`,
          )
        : '',
      f.flaggedAt
        ? say(
            `đủ 3 tháng vào tháng ${formatMonth(f.flaggedAt)}`,
            `3 months reached at ${formatMonth(f.flaggedAt)}`,
          )
        : '',
    ].filter(Boolean);
    blocks.push(
      dashLine([
        value(cleanText(f.name)),
        wording(
          `: ${[...causes, ...when].join('; ')}. ${
            f.flaggedAt
              ? say(
                  'Chi bộ xem xét, đề nghị cấp ủy cấp trên quyết định.',
                  'The cell considers it; the upper committee decides.',
                )
              : say('Chưa đủ 3 tháng.', 'Fewer than 3 months.')
          }`,
        ),
      ]),
    );
  }
  return blocks;
}

function sourcesPart(s: CellYearSummary, ctx: YearDocumentContext) {
  const figures = [
    s.regularMeetings,
    s.thematicMeetings,
    s.attendance,
    s.opinions,
    s.ratings,
    s.tasks,
    s.removal,
    s.levels,
    s.dues,
  ];
  return figures.flatMap((f) =>
    f ? [dashLine([wording(cleanText(f.source[ctx.locale]))])] : [],
  );
}

function yearReportModel(
  s: CellYearSummary,
  ctx: YearDocumentContext,
  recipients: readonly string[],
): { model: DocumentModel; placeholder: number } {
  const { say } = ctx;
  const cell = {
    name: s.cell.name,
    parentName: s.cell.parentName,
    placeName: s.cell.placeName,
  };
  const title = say('BÁO CÁO', 'REPORT');
  const head: DocumentBlock[] = [
    yearDocumentHeader(cell, ctx, 'BC'),
    ...documentTitle(title, [
      [
        wording(
          say(
            `Kết quả sinh hoạt chi bộ và đánh giá, xếp loại năm ${s.year}`,
            `The cell's meetings and annual review, ${s.year}`,
          ),
        ),
      ],
    ]),
    bodyLine([
      wording(say('Kính gửi: ', 'To: ')),
      value(cleanText(s.cell.parentName)),
      wording('.'),
    ]),
    bodyLine([
      value(cleanText(s.cell.name)),
      wording(
        say(
          ` báo cáo kết quả năm ${s.year} như sau (R-YEAR-3):`,
          ` reports on ${s.year} as follows (R-YEAR-3):`,
        ),
      ),
    ]),
    heading(say('I. SINH HOẠT CHI BỘ', 'I. MEETINGS')),
    ...meetingsPart(s, ctx),
  ];
  const chart = attendanceByMonth(s, ctx);
  const placeholder = head.length + chart.placeholder;
  const blocks: DocumentBlock[] = [
    ...head,
    ...chart.blocks,
    ...qualityPart(s, ctx),
    heading(say('II. THỰC HIỆN NGHỊ QUYẾT', 'II. THE RESOLUTIONS’ TASKS')),
    ...tasksPart(s, say),
    heading(say('III. ĐÁNH GIÁ, XẾP LOẠI NĂM', 'III. ANNUAL REVIEW')),
    ...levelsPart(s, ctx),
    ...duesAndRemoval(s, ctx),
    heading(say('VI. NGUỒN SỐ LIỆU', 'VI. WHERE THE FIGURES COME FROM')),
    ...sourcesPart(s, ctx),
    ...signatureBlock(
      {
        titles: [],
        lines: [
          paragraph([
            wording(say('Nơi nhận:', 'Recipients:'), {
              bold: true,
              italics: true,
            }),
          ]),
          ...recipients.map((r, i) =>
            paragraph([
              wording('- '),
              value(r),
              wording(i === recipients.length - 1 ? '.' : ','),
            ]),
          ),
        ],
      },
      {
        titles: [say('T/M CHI BỘ', 'FOR THE CELL'), say('BÍ THƯ', 'SECRETARY')],
        name: s.cell.secretaryName
          ? cleanText(s.cell.secretaryName)
          : undefined,
      },
    ),
  ];
  return {
    placeholder,
    model: assertComplete({
      kind: 'year-report',
      date: ctx.date,
      title: `${title} ${s.year}`,
      blocks,
    }),
  };
}

function prepare(summary: CellYearSummary, options?: YearReportOptions) {
  checkArgument('summary', CellYearSummaryArgument, summary);
  const ctx = createYearDocumentContext(
    options,
    summary.cell,
    summary.dues?.asOf ?? `${summary.year}-12-31`,
  );
  const recipients = ctx.options.recipients ?? [
    `${cleanText(summary.cell.parentName)} (${ctx.say('để báo cáo', 'for information')})`,
    ctx.say('Lưu chi bộ', 'Cell archive'),
  ];
  return { ...yearReportModel(summary, ctx, recipients), ctx };
}

/**
 * The document model of a cell's yearly report, for inspection or a custom
 * writer. The chart stands in it as a placeholder paragraph
 * ("[Biểu đồ: …]"); {@link renderYearReport} puts the picture there.
 *
 * @param summary - from `summariseCellYear` of `@chibo/core/year`.
 * @param options - language, place, number, date, recipients, margins, font.
 * @returns the model.
 * @throws ChiboError `invalid-argument` for a summary that is not one (with
 *   the path of every wrong field) or bad options.
 * @example
 * ```ts
 * getModelText(buildYearReport(summary)).includes('179/192 (93,22%)'); // true
 * ```
 */
export function buildYearReport(
  summary: CellYearSummary,
  options?: YearReportOptions,
): DocumentModel {
  return prepare(summary, options).model;
}

/**
 * A cell's yearly report to the upper committee (báo cáo kết quả sinh hoạt
 * chi bộ và đánh giá, xếp loại năm, R-YEAR-3) as a .docx file in the Party
 * document format (R-DOC-1..5): the regular meetings held of 12 (R-FREQ-1),
 * the thematic meetings per quarter (R-FREQ-2), the mean attendance with a
 * bar chart of attendance by month (a PNG drawn without a browser, the
 * month labels and figures as text under it) and a table by month
 * (date, present/expected, opinions, rating), the meeting ratings per level
 * and the year's (R-RATE-4), the tasks carried over (R-TASK-1), the annual
 * levels (R-YEAR-1), the dues (R-DUES-2), the members proposed for removal
 * (R-ATT-3), where each figure comes from, "Nơi nhận:" and the bí thư's
 * signature. Vietnamese by default, English with `locale: 'en'`; the same
 * summary gives the same bytes (R-DOC-9: dated the day the dues book was
 * read on, else the last day of the year, unless `options.date` says
 * otherwise).
 *
 * @param summary - from `summariseCellYear` of `@chibo/core/year`.
 * @param options - language, place, number, date, recipients, margins, font.
 * @returns the .docx bytes.
 * @throws ChiboError `invalid-argument` for a summary that is not one (with
 *   the path of every wrong field) or bad options.
 * @example
 * ```ts
 * import { summariseCellYear } from '@chibo/core/year';
 * const summary = summariseCellYear(records, { year: 2027, memberReviews, dues, rates });
 * const bytes = await renderYearReport(summary, { number: 12 }); // Số 12-BC/CB
 * ```
 */
export async function renderYearReport(
  summary: CellYearSummary,
  options?: YearReportOptions,
): Promise<Uint8Array> {
  const { model, placeholder, ctx } = prepare(summary, options);
  const resolved = ctx.options;
  const bytes = await packDocument(model, resolved);
  const values = summary.attendance.months.map((m) =>
    m.present === null || !m.expected ? null : m.present / m.expected,
  );
  return embedPicture(
    bytes,
    model,
    placeholder,
    {
      png: drawBarChart(values, THRESHOLD),
      ...CHART_SIZE,
      alt:
        model.blocks[placeholder]?.type === 'paragraph'
          ? (model.blocks[placeholder].runs[0]?.text ?? '')
          : '',
    },
    resolved,
  );
}
