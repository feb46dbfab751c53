import { formatShare } from '@chibo/core/year';
import { renderDuesBook, renderYearReport } from '@chibo/docx/year';
import { year2027 } from '@chibo/scenario';
import { h } from './dom';
import { downloadButton } from './downloadButton';
import { getScenarioYear } from './scenarioYear';
import type { View } from './section';
import {
  duesTable,
  levelsTables,
  meetingsTable,
  ratingsTable,
  removalTable,
} from './yearTables';

/**
 * "Năm 2027": the cell's year of SCENARIO.md, summarised in the page with
 * `summariseCellYear` (R-YEAR-3) from `@chibo/scenario`'s records, reviews
 * and dues: the headline figures, then tables of the meetings by month, the
 * meeting ratings per level, the members' levels, the dues by month and the
 * removal flags, and buttons that render the yearly report and the dues
 * book with `@chibo/docx/year` in the browser and download them. It does
 * not follow the meeting on the page.
 * @returns the view.
 */
export function createYearView(): View {
  const { summary, book } = getScenarioYear();
  const { regularMeetings, thematicMeetings, attendance, dues } = summary;
  const message = h('p', { class: 'note', 'data-testid': 'year-download' });
  const element = h(
    'section',
    { class: 'year', id: 'nam-2027', 'data-testid': 'year' },
    h('h2', {}, `Năm ${summary.year}: ${summary.cell.name}`),
    h(
      'p',
      { class: 'figure', 'data-testid': 'year-regular' },
      `Sinh hoạt thường kỳ: ${regularMeetings.held}/${regularMeetings.of} tháng`,
    ),
    h(
      'p',
      { 'data-testid': 'year-thematic' },
      `Sinh hoạt chuyên đề: ${thematicMeetings.held} cuộc, ${4 - thematicMeetings.quartersWithout.length}/4 quý.`,
    ),
    h(
      'p',
      { 'data-testid': 'year-attendance' },
      `Tỷ lệ đảng viên dự sinh hoạt cả năm: ${formatShare(attendance.present, attendance.expected)}.`,
    ),
    dues &&
      h(
        'p',
        { 'data-testid': 'year-dues-paid' },
        `Đảng phí: đã thu ${dues.paid.toLocaleString('vi-VN')} đồng trên ${dues.due.toLocaleString('vi-VN')} đồng phải thu.`,
      ),
    downloadButton({
      label: 'Tải báo cáo năm (.docx)',
      testId: 'download-year-report',
      what: 'báo cáo năm',
      fileName: `bao-cao-nam-${summary.year}.docx`,
      message,
      render: () => renderYearReport(summary),
    }),
    downloadButton({
      label: 'Tải sổ thu đảng phí (.docx)',
      testId: 'download-dues-book',
      what: 'sổ thu đảng phí',
      fileName: `so-thu-dang-phi-${summary.year}.docx`,
      message,
      render: () =>
        renderDuesBook(book, {
          cell: year2027.documentCell,
          keeper: 'Phạm Thị Lan',
          secretary: summary.cell.secretaryName,
        }),
    }),
    message,
    meetingsTable(summary),
    ratingsTable(summary),
    ...levelsTables(summary),
    duesTable(summary),
    removalTable(summary),
  );
  return { element, update() {} };
}
