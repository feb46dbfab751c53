import { ChiboError } from '@chibo/core';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { getDocumentHash } from './documentHash';
import { getModelText } from './index';
import { readDocxParts, readDocxText } from './testSupport/docxText';
import { book2027, summary2027, trangNung } from './testSupport/year2027';
import {
  buildDuesBook,
  buildYearReport,
  renderDuesBook,
  renderYearReport,
} from './year/index';

const squash = (s: string) => s.replace(/\s+/g, '');
const duesOptions = {
  cell: trangNung,
  keeper: 'Phạm Thị Lan',
  secretary: 'Hoàng Văn Minh',
};

describe('R-DUES-2: the dues book as a document', () => {
  it('R-DUES-2: the 36-HD header, the title and every member’s months: 23.400 đ (Trần Văn Hùng) and 20.500 đ (Giàng A Páo)', async () => {
    const text = readDocxText(await renderDuesBook(book2027, duesOptions));
    const lines = text.split('\n');
    expect(lines[0]).toBe('ĐẢNG BỘ XÃ XUÂN QUANG');
    for (const line of [
      'CHI BỘ THÔN TRANG NÙNG',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Xuân Quang, ngày 31 tháng 12 năm 2027',
      'SỔ THU ĐẢNG PHÍ',
      'Năm 2027',
      'Trần Văn Hùng',
      '23.400',
      '20.500',
      '140.400',
      '123.000',
      'T12',
    ])
      expect(lines, line).toContain(line);
    // Trần Văn Hùng's January: paid 23.400 đ on 10/01.
    expect(text).toContain('23.400\n10/01');
    // The months' totals and the year's.
    expect(text).toContain('193.900');
    expect(text).toContain('2.326.800');
    expect(text).toContain('2.296.800');
  });

  it('R-DUES-2: catch-up, payments ahead and unpaid months are written out (R-ATT-3)', async () => {
    const text = squash(
      readDocxText(await renderDuesBook(book2027, duesOptions)),
    );
    for (const line of [
      '- Lý Thị Mai: tháng 03/2027 nộp bù ngày 20 tháng 4 năm 2027 (chuyển khoản).',
      '- Đỗ Văn Quang: chưa nộp đủ tháng 02, 03, 05/2027, không có lý do chính đáng',
      '- Giàng A Páo: nộp trước tháng 02, 03, 04, 05, 06/2027 ngày 10 tháng 01 năm 2027.',
      'NGƯỜI GHI SỔ',
      'PhạmThịLan',
      'HoàngVănMinh',
    ])
      expect(text).toContain(squash(line));
  });

  it('R-DOC-9: the same book gives the same bytes; in English with locale en', async () => {
    const a = await renderDuesBook(book2027, duesOptions);
    const b = await renderDuesBook(book2027, duesOptions);
    expect(await getDocumentHash(a)).toBe(await getDocumentHash(b));
    const en = readDocxText(
      await renderDuesBook(book2027, { ...duesOptions, locale: 'en' }),
    );
    expect(en).toContain('DUES BOOK');
    expect(en).toContain('COMMUNIST PARTY OF VIET NAM');
    expect(en).toContain('23,400');
  });

  it('R-DUES-2: a book that is not one, or no cell, is a ChiboError naming the field', () => {
    const broken = {
      ...book2027,
      months: book2027.months.map((m, i) =>
        i === 2 ? { ...m, paid: Number.NaN } : m,
      ),
    };
    expect(() => buildDuesBook(broken, duesOptions)).toThrow(ChiboError);
    try {
      buildDuesBook(broken, duesOptions);
    } catch (error) {
      expect((error as ChiboError).issues[0]?.path).toEqual([
        'book',
        'months',
        2,
        'paid',
      ]);
    }
    try {
      buildDuesBook(book2027, { cell: { name: '' } } as never);
    } catch (error) {
      expect((error as ChiboError).issues.map((i) => i.path)).toEqual([
        ['options', 'cell', 'name'],
        ['options', 'cell', 'parentName'],
      ]);
      expect((error as ChiboError).issues[0]?.message.vi).toBe(
        'Cần tên chi bộ (options.cell.name).',
      );
    }
  });
});

describe('R-YEAR-3: the cell’s yearly report as a document', () => {
  it('R-YEAR-3: the report carries the year’s figures of SCENARIO.md', async () => {
    const bytes = await renderYearReport(summary2027, { number: 12 });
    const text = readDocxText(bytes);
    const lines = text.split('\n');
    for (const line of [
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'Số 12-BC/CB',
      'BÁO CÁO',
      'Kết quả sinh hoạt chi bộ và đánh giá, xếp loại năm 2027',
      '- Sinh hoạt thường kỳ: 12/12 tháng.',
      '- Sinh hoạt chuyên đề: 4 cuộc (quý I: 1; quý II: 1; quý III: 1; quý IV: 1).',
      '- Tỷ lệ đảng viên dự sinh hoạt thường kỳ bình quân: 179/192 (93,22%).',
      '- Ý kiến phát biểu: 50 ý kiến trong 12 cuộc, bình quân 4,17 ý kiến/cuộc.',
      '- Chất lượng sinh hoạt thường kỳ: Tốt 8/12 (66,67%), Khá 4/12 (33,33%), Trung bình 0/12 (0,00%), Kém 0/12 (0,00%). Cả năm: Tốt (R-RATE-4).',
      '- Nhiệm vụ đề ra trong nghị quyết các kỳ: 44; hoàn thành: 36; chưa hoàn thành, chuyển kỳ sau: 4; chưa kiểm điểm: 4 (R-TASK-1).',
      '- Chi bộ: 84 điểm, Hoàn thành tốt nhiệm vụ.',
      '3/16 (18,75%)',
      '10/16 (62,50%)',
      '2/16 (12,50%)',
      '1/16 (6,25%)',
      '- Không xếp loại: Giàng A Páo (miễn sinh hoạt).',
      '- Phải thu: 2.326.800 đ; đã nộp: 2.296.800 đ; đã thu trong năm: 2.296.800 đ.',
      '- Đỗ Văn Quang: không đóng đảng phí tháng 02, 03, 05/2027; cảnh báo từ tháng 03/2027; đủ 3 tháng vào tháng 05/2027. Chi bộ xem xét, đề nghị cấp ủy cấp trên quyết định.',
      'Hoàng Văn Minh',
    ])
      expect(lines, line).toContain(line);
    // The attendance by month, under the chart and in the table.
    const labels = lines.slice(lines.indexOf('T1') - 12, lines.indexOf('T1'));
    expect(labels).toEqual([
      '94%',
      '94%',
      '94%',
      '100%',
      '88%',
      '94%',
      '81%',
      '94%',
      '100%',
      '94%',
      '88%',
      '100%',
    ]);
    for (const cell of ['09/03', '15/16 (93,75%)', '13/16 (81,25%)'])
      expect(lines).toContain(cell);
    // The carried-over tasks, with their reasons.
    expect(lines).toContain('Xi măng chưa về');
  });

  it('R-YEAR-3: the chart is a PNG picture in the document, as wide as the text, described for a screen reader', async () => {
    const bytes = await renderYearReport(summary2027);
    const files = unzipSync(bytes);
    const png = files['word/media/chart1.png'];
    expect(png?.subarray(1, 4)).toEqual(new Uint8Array([80, 78, 71]));
    const parts = readDocxParts(bytes);
    expect(parts['word/_rels/document.xml.rels']).toContain(
      'Target="media/chart1.png"',
    );
    const xml = parts['word/document.xml'] ?? '';
    expect(xml).toContain('r:embed="rIdChart1"');
    expect(xml).toContain(
      'descr="[Biểu đồ: tỷ lệ đảng viên dự sinh hoạt thường kỳ theo tháng]"',
    );
    // The placeholder paragraph is replaced, not kept beside the picture.
    expect(readDocxText(bytes)).not.toContain('[Biểu đồ');
    expect(getModelText(buildYearReport(summary2027))).toContain('[Biểu đồ');
  });

  it('R-DOC-9: the same summary gives the same bytes; English with locale en', async () => {
    const a = await renderYearReport(summary2027);
    const b = await renderYearReport(summary2027);
    expect(await getDocumentHash(a)).toBe(await getDocumentHash(b));
    const en = readDocxText(
      await renderYearReport(summary2027, { locale: 'en' }),
    );
    for (const line of [
      'REPORT',
      '- Mean attendance at the regular meetings: 179/192 (93.22%).',
      'Jan',
      '- Due: 2,326,800 đ; paid: 2,296,800 đ; received in the year: 2,296,800 đ.',
    ])
      expect(en.split('\n')).toContain(line);
  });

  it('R-YEAR-3: a summary that is not one is a ChiboError naming the field', () => {
    const broken = {
      ...summary2027,
      attendance: { ...summary2027.attendance, present: -1 },
    };
    try {
      buildYearReport(broken);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ChiboError);
      expect((error as ChiboError).issues[0]?.path).toEqual([
        'summary',
        'attendance',
        'present',
      ]);
    }
  });
});
