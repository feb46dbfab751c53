import { ChiboError } from '@chibo/core';
import { marchRecord } from '@chibo/scenario';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildResolution, renderResolution } from './resolution';
import { readDocxParagraphs } from './testSupport/docxText';
import { ratedMarchRecord } from './testSupport/records';

let lines: string[];

beforeAll(async () => {
  lines = readDocxParagraphs(await renderResolution(ratedMarchRecord));
});

describe('renderResolution: the parts of R-DOC-7', () => {
  it('R-DOC-2, R-DOC-3: the header with Số 03-NQ/CB', () => {
    expect(lines.slice(0, 7)).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ THÔN TRANG NÙNG',
      '*',
      'Số 03-NQ/CB',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      ' ',
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
  });

  it('R-DOC-5: "NGHỊ QUYẾT" and its summary line', () => {
    const at = lines.indexOf('NGHỊ QUYẾT');
    expect(at).toBeGreaterThan(6);
    expect(lines[at + 1]).toBe(
      'về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027',
    );
  });

  it('the grounds, then "QUYẾT NGHỊ:"', () => {
    const grounds = [
      '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      '- Căn cứ Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 về sinh hoạt chi bộ;',
      '- Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 09 tháng 3 năm 2027,',
      'CHI BỘ THÔN TRANG NÙNG',
      'QUYẾT NGHỊ:',
    ];
    const at = lines.indexOf(grounds[0] as string);
    expect(lines.slice(at, at + grounds.length)).toEqual(grounds);
  });

  it("I. reviews last month's tasks with their assignees and results (R-TASK-1)", () => {
    expect(lines).toContain(
      '1. Thu quỹ khuyến học năm 2027 (Trần Văn Hùng): Hoàn thành (100/100 % số hộ): Đạt 100% số hộ.',
    );
    expect(lines).toContain(
      '2. Vận động các hộ ký cam kết không đốt nương làm rẫy trong mùa khô (Lò Thị Hoa, Vàng Seo Chứ): Hoàn thành một phần (52/61 hộ): Đạt 52/61 hộ.',
    );
    expect(lines).toContain(
      '3. Sửa chữa 200 m đường bê tông nội thôn (Nguyễn Văn Bình): Chưa hoàn thành: Xi măng chưa về; chuyển sang tháng 3. Chuyển sang nhiệm vụ: Hoàn thành sửa chữa 200 m đường bê tông nội thôn.',
    );
  });

  it('II. numbers the tasks, each with assignees and due date', () => {
    const start = lines.indexOf('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '1. Hoàn thành vận động 9 hộ còn lại ký cam kết (tiếp tục nhiệm vụ kỳ trước).',
      '- Người thực hiện: Lò Thị Hoa, Vàng Seo Chứ.',
      '- Thời hạn hoàn thành: ngày 20 tháng 3 năm 2027.',
      '2. Thành lập 3 tổ canh lửa rừng đầu nguồn, trực từ 15/3 đến 30/4.',
      '- Người thực hiện: Nông Thị Thu, Lò Văn Khánh.',
      '- Thời hạn hoàn thành: ngày 15 tháng 3 năm 2027.',
    ]);
    expect(lines).toContain('- Người thực hiện: Chi ủy.');
    expect(lines).toContain('- Thời hạn hoàn thành: ngày 31 tháng 3 năm 2027.');
  });

  it('III. implementation, with the vote that adopted it', () => {
    expect(lines).toContain('III. TỔ CHỨC THỰC HIỆN');
    expect(lines).toContain(
      'Nghị quyết được chi bộ biểu quyết thông qua với 12/13 đồng chí tán thành, 0 không tán thành, 0 ý kiến khác.',
    );
  });

  it('"Nơi nhận:" and "T/M CHI BỘ / BÍ THƯ" with the name', () => {
    expect(lines.slice(-7)).toEqual([
      'Nơi nhận:',
      '- Đảng ủy xã Xuân Quang (để báo cáo),',
      '- Đảng viên trong chi bộ,',
      '- Lưu chi bộ.',
      'T/M CHI BỘ',
      'BÍ THƯ',
      'Hoàng Văn Minh',
    ]);
  });
});

describe('renderResolution: options and errors', () => {
  it('takes the implementation lines and recipients from the record and options', async () => {
    const record = {
      ...ratedMarchRecord,
      meeting: {
        ...ratedMarchRecord.meeting,
        resolution: {
          ...marchRecord.meeting.resolution,
          implementation: ['Giao Chi ủy theo dõi hằng tuần.'],
        },
      },
    };
    const text = readDocxParagraphs(
      await renderResolution(record, {
        recipients: ['Đảng ủy xã (b/c),', 'Lưu.'],
        number: 4,
      }),
    );
    expect(text).toContain('- Giao Chi ủy theo dõi hằng tuần.');
    expect(text).not.toContain(
      '- Đảng viên được phân công có trách nhiệm thực hiện nhiệm vụ đúng thời hạn.',
    );
    expect(text).toContain('- Đảng ủy xã (b/c),');
    expect(text).toContain('Số 04-NQ/CB');
  });

  it('renders in English', async () => {
    const text = readDocxParagraphs(
      await renderResolution(ratedMarchRecord, { locale: 'en' }),
    );
    expect(text).toContain('RESOLUTION');
    expect(text).toContain('RESOLVES:');
    expect(text).toContain('- Due: 20 March 2027.');
    expect(text.slice(-3)).toEqual([
      'FOR THE CELL',
      'SECRETARY',
      'Hoàng Văn Minh',
    ]);
  });

  it('R-DOC-7: refuses a meeting without a resolution', () => {
    const { resolution, ...meeting } = ratedMarchRecord.meeting;
    expect(resolution).toBeDefined();
    expect(() => buildResolution({ ...ratedMarchRecord, meeting })).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            path: ['meeting', 'resolution'],
            rule: 'R-DOC-7',
          }),
        ],
      }),
    );
  });

  it('signs as chair when the cell has no bí thư on record', () => {
    const members = ratedMarchRecord.members.map((m) => ({ ...m, roles: [] }));
    const text = buildResolution({ ...ratedMarchRecord, members });
    expect(text.kind).toBe('resolution');
    expect(() =>
      buildResolution({
        ...ratedMarchRecord,
        members,
        meeting: { ...ratedMarchRecord.meeting, chairId: undefined },
      }),
    ).toThrow(ChiboError);
  });
});
