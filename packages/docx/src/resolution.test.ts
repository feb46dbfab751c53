import { ChiboError } from '@chibo/core';
import { marchRecord } from '@chibo/scenario';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildResolution, renderResolution } from './resolution';
import { readDocxParagraphs } from './testSupport/docxText';
import { ratedMarchRecord } from './testSupport/records';

let lines: string[];

/** The rated March record with another resolution. */
const withResolution = (resolution: object) => ({
  ...ratedMarchRecord,
  meeting: { ...ratedMarchRecord.meeting, resolution },
});
const { resolution: marchResolution } = marchRecord.meeting;

beforeAll(async () => {
  lines = readDocxParagraphs(await renderResolution(ratedMarchRecord));
});

describe('renderResolution: the parts of R-DOC-7', () => {
  it('R-DOC-2, R-DOC-3: the header with Số 03-NQ/CB', () => {
    expect(lines.slice(0, 6)).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ THÔN TRANG NÙNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 03-NQ/CB',
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
  });

  it('R-DOC-5: "NGHỊ QUYẾT" and its summary line', () => {
    const at = lines.indexOf('NGHỊ QUYẾT');
    expect(at).toBeGreaterThan(5);
    expect(lines.slice(at + 1, at + 3)).toEqual([
      'về lãnh đạo thực hiện nhiệm vụ tháng 3 năm 2027',
      '-----',
    ]);
  });

  it('R-DOC-7b: the grounds of the record, the meeting, then "QUYẾT NGHỊ:"', () => {
    const grounds = [
      '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      '- Căn cứ Nghị quyết của Đảng ủy xã Xuân Quang về nhiệm vụ năm 2027;',
      '- Căn cứ Nghị quyết Đại hội Chi bộ thôn Trang Nùng nhiệm kỳ 2025–2027;',
      '- Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 09 tháng 3 năm 2027,',
      'CHI BỘ THÔN TRANG NÙNG',
      'QUYẾT NGHỊ:',
    ];
    const at = lines.indexOf(grounds[0] as string);
    expect(lines.slice(at, at + grounds.length)).toEqual(grounds);
  });

  it('R-DOC-7b: without grounds in the record, the Điều lệ and the guidance of the rule set; with none, only the meeting', async () => {
    const { grounds: _grounds, ...resolution } = marchResolution;
    const text = readDocxParagraphs(
      await renderResolution(withResolution(resolution)),
    );
    const at = text.indexOf('- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;');
    expect(text.slice(at, at + 3)).toEqual([
      '- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;',
      '- Căn cứ Hướng dẫn 42-HD/BTCTW ngày 28/10/2025 về sinh hoạt chi bộ;',
      '- Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 09 tháng 3 năm 2027,',
    ]);
    const none = readDocxParagraphs(
      await renderResolution(withResolution({ ...resolution, grounds: [] })),
    );
    expect(none.filter((l) => l.startsWith('- Căn cứ'))).toEqual([
      '- Căn cứ kết quả sinh hoạt chi bộ thường kỳ ngày 09 tháng 3 năm 2027,',
    ]);
  });

  it('R-DOC-7b: I. assesses last month in words, then reviews each task with its result and the reason where not done (R-TASK-1)', () => {
    const start = lines.indexOf('I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC');
    expect(lines.slice(start + 1, start + 5)).toEqual([
      marchRecord.meeting.resolution.assessment,
      '1. Thu quỹ khuyến học năm 2027 (Trần Văn Hùng): Hoàn thành: Đã thu xong quỹ khuyến học của 100% số hộ, đa số hộ đóng sớm.',
      '2. Vận động các hộ ký cam kết không đốt nương làm rẫy trong mùa khô (Lò Thị Hoa, Vàng Seo Chứ): Hoàn thành một phần: Đã có 52/61 hộ ký cam kết. Lý do: 9 hộ còn lại ở xa trên sườn đồi, chưa được đến vận động tận nhà.',
      '3. Sửa chữa 200 m đường bê tông nội thôn (Nguyễn Văn Bình): Chưa hoàn thành: Chưa sửa chữa được đoạn đường nào. Lý do: Xi măng chưa về. Chuyển sang nhiệm vụ: Hoàn thành sửa chữa 200 m đường bê tông nội thôn.',
    ]);
  });

  it('R-TASK-1: the progress figure is given once — in brackets only when the result in words does not give it', async () => {
    const [first] = ratedMarchRecord.meeting.taskReviews;
    const record = {
      ...ratedMarchRecord,
      meeting: {
        ...ratedMarchRecord.meeting,
        taskReviews: [{ ...first, result: 'Đã thu xong quỹ khuyến học' }],
      },
    };
    const text = readDocxParagraphs(await renderResolution(record));
    expect(text).toContain(
      '1. Thu quỹ khuyến học năm 2027 (Trần Văn Hùng): Hoàn thành (100% số hộ): Đã thu xong quỹ khuyến học.',
    );
  });

  it('II. numbers the tasks, each with assignees and due date', () => {
    const start = lines.indexOf('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(lines.slice(start + 1, start + 7)).toEqual([
      '1. Hoàn thành vận động 9 hộ còn lại ký cam kết (tiếp tục nhiệm vụ kỳ trước).',
      '- Người thực hiện: Lò Thị Hoa, Vàng Seo Chứ, Chi hội Phụ nữ thôn Trang Nùng, Chi đoàn Thanh niên thôn Trang Nùng.',
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

  it('R-DOC-7b: a task goes to a member, the chi ủy, the cell, a mass organisation or the head of a residential group', async () => {
    const [first, ...rest] = marchResolution.tasks;
    const record = withResolution({
      ...marchResolution,
      tasks: [
        {
          ...first,
          assignees: [
            { kind: 'member', memberId: 'm02' },
            { kind: 'cell-committee' },
            { kind: 'cell' },
            {
              kind: 'mass-organisation',
              name: 'Chi hội Phụ nữ thôn Trang Nùng',
            },
            {
              kind: 'group-head',
              group: 'tổ dân cư số 2',
              name: 'Lý Văn Dũng',
            },
            { kind: 'group-head', group: 'tổ dân cư số 3' },
          ],
        },
        ...rest,
      ],
    });
    const vi = readDocxParagraphs(await renderResolution(record));
    expect(vi).toContain(
      '- Người thực hiện: Lò Thị Hoa, Chi ủy, Chi bộ, Chi hội Phụ nữ thôn Trang Nùng, Tổ trưởng tổ dân cư số 2 (Lý Văn Dũng), Tổ trưởng tổ dân cư số 3.',
    );
    const en = readDocxParagraphs(
      await renderResolution(record, { locale: 'en' }),
    );
    expect(en).toContain(
      '- Assignees: Lò Thị Hoa, The cell committee, The cell, Chi hội Phụ nữ thôn Trang Nùng, Head of tổ dân cư số 2 (Lý Văn Dũng), Head of tổ dân cư số 3.',
    );
  });

  it('R-DOC-7b: "Nơi nhận:" from the recipients of the record, and "T/M CHI BỘ / BÍ THƯ" with the name', () => {
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
  it('R-DOC-7b: the recipients of the record, else the default ones; the option takes their place', async () => {
    const record = withResolution({
      ...marchResolution,
      recipients: [
        { name: 'Ban Tuyên giáo Đảng ủy xã', purpose: 'để biết' },
        { name: 'Lưu chi bộ' },
      ],
    });
    const own = readDocxParagraphs(await renderResolution(record));
    expect(own).toContain('- Ban Tuyên giáo Đảng ủy xã (để biết),');
    expect(own).toContain('- Lưu chi bộ.');
    expect(own).not.toContain('- Đảng viên trong chi bộ,');
    const { recipients: _r, ...older } = marchResolution;
    const byDefault = readDocxParagraphs(
      await renderResolution(withResolution(older)),
    );
    expect(byDefault).toContain('- Đảng ủy xã Xuân Quang (để báo cáo),');
    expect(byDefault).toContain('- Đảng viên trong chi bộ,');
    const overridden = readDocxParagraphs(
      await renderResolution(record, { recipients: ['Lưu.'] }),
    );
    expect(overridden).toContain('- Lưu.');
    expect(overridden).not.toContain('- Lưu chi bộ.');
  });

  it('takes the implementation lines and recipients from the record and options', async () => {
    const record = withResolution({
      ...marchResolution,
      implementation: ['Giao Chi ủy theo dõi hằng tuần.'],
    });
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
