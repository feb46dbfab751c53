import { ChiboError } from '@chibo/core';
import { marchRecord } from '@chibo/scenario';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMinutes, renderMinutes } from './minutes';
import { getModelText } from './model';
import { readDocxParagraphs, readDocxParts } from './testSupport/docxText';
import {
  marchNames,
  ratedMarchRecord,
  thematicRecord,
} from './testSupport/records';

let paragraphs: string[];
let text: string;
let parts: Record<string, string>;

beforeAll(async () => {
  const bytes = await renderMinutes(ratedMarchRecord);
  paragraphs = readDocxParagraphs(bytes);
  text = paragraphs.join('\n');
  parts = readDocxParts(bytes);
});

const expectLine = (line: string) => expect(paragraphs).toContain(line);

describe('renderMinutes: the parts of R-DOC-6 in document.xml', () => {
  it('R-DOC-2, R-DOC-2b: opens with the two-column header, the number beside the date', () => {
    expect(paragraphs.slice(0, 6)).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ THÔN TRANG NÙNG',
      '*',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Số 03-BB/CB',
      'Xuân Quang, ngày 09 tháng 3 năm 2027',
    ]);
  });

  it('R-DOC-5: the title and summary line of a regular meeting', () => {
    expectLine('BIÊN BẢN');
    expectLine('Sinh hoạt chi bộ thường kỳ tháng 3 năm 2027');
  });

  it('the time it started and the place', () => {
    expectLine(
      '- Thời gian: bắt đầu lúc 19 giờ 30 phút, ngày 09 tháng 3 năm 2027.',
    );
    expectLine('- Địa điểm: Nhà văn hóa thôn Trang Nùng.');
  });

  it('R-ATT-1: every attendance figure, absentees with reasons', () => {
    expectLine(
      '- Tổng số đảng viên của chi bộ: 17 đồng chí (chính thức: 14; dự bị: 3; sinh hoạt tạm thời tại chi bộ: 0; đi sinh hoạt tạm thời nơi khác: 0; miễn công tác và sinh hoạt đảng: 1).',
    );
    expectLine(
      '+ Không phải dự: Giàng A Páo (Miễn công tác và sinh hoạt đảng).',
    );
    expectLine('- Số đảng viên phải dự sinh hoạt: 16.');
    expectLine(
      '- Có mặt: 15 đồng chí (chính thức: 12; dự bị: 3; sinh hoạt tạm thời: 0); tỷ lệ 15/16 = 93,75%.',
    );
    expectLine('+ Lý Thị Mai, lý do: Đi làm ăn xa tại Bắc Ninh.');
    expectLine('- Vắng không lý do: 0 đồng chí.');
  });

  it('R-CELL-3: members attached here temporarily are named on a line of their own', () => {
    const record = {
      ...marchRecord,
      members: [
        ...marchRecord.members,
        {
          id: 'sht1',
          name: 'Ma Văn Tiến',
          standing: 'official',
          attachment: 'temporary-in',
        },
        {
          id: 'sht2',
          name: 'Sầm Thị Nga',
          standing: 'official',
          attachment: 'temporary-in',
        },
      ],
      meeting: {
        ...marchRecord.meeting,
        attendance: [
          ...marchRecord.meeting.attendance,
          { memberId: 'sht1', status: 'present' },
          {
            memberId: 'sht2',
            status: 'absent-excused',
            reason: 'Ốm',
          },
        ],
      },
    };
    const vi = getModelText(buildMinutes(record));
    expect(vi).toContain(
      '+ Đảng viên sinh hoạt tạm thời tại chi bộ: Ma Văn Tiến (có mặt), Sầm Thị Nga (vắng có lý do).',
    );
    expect(vi).toContain('sinh hoạt tạm thời tại chi bộ: 2;');
    const en = getModelText(buildMinutes(record, { locale: 'en' }));
    expect(en).toContain(
      '+ Members attached here temporarily: Ma Văn Tiến (present), Sầm Thị Nga (absent with reason).',
    );
    // The March record has none: no empty line.
    expect(text).not.toContain('sinh hoạt tạm thời tại chi bộ:  ');
    expect(
      paragraphs.some((p) => p.startsWith('+ Đảng viên sinh hoạt tạm thời')),
    ).toBe(false);
  });

  it('chair, recorder and guests', () => {
    expectLine('- Chủ trì: đồng chí Hoàng Văn Minh, Bí thư.');
    expectLine('- Thư ký: đồng chí Phạm Thị Lan.');
    expectLine(
      '+ Đồng chí Triệu Văn Long, Đảng ủy viên xã (Cấp ủy viên cấp trên dự sinh hoạt).',
    );
  });

  it('the agenda and each speaker with the opinion they gave', () => {
    for (const [i, item] of marchRecord.meeting.agenda.entries()) {
      expectLine(`${i + 1}. ${item.title}`);
    }
    expectLine(
      `- Đồng chí Vàng Seo Chứ: ${marchRecord.meeting.opinions[0].text}`,
    );
    expectLine(
      `- Đồng chí Triệu Văn Long: ${marchRecord.meeting.opinions[5].text}`,
    );
    for (const opinion of marchRecord.meeting.opinions)
      expect(text).toContain(opinion.text);
  });

  it("R-DOC-6b: the chair's conclusion, printed once, under the item that holds it", () => {
    const line = `- Đồng chí chủ trì kết luận: ${marchRecord.meeting.conclusion}`;
    expectLine(line);
    expect(paragraphs.indexOf(line)).toBe(paragraphs.lastIndexOf(line));
    expect(text.split(marchRecord.meeting.conclusion)).toHaveLength(2);
    expect(text).not.toContain('Kết luận của đồng chí chủ trì');
    expectLine('4. Nhiệm vụ được giao');
  });

  it('R-TASK-1: the review of last month, task by task, and the new tasks', () => {
    expect(text).toContain(
      'Sửa chữa 200 m đường bê tông nội thôn\nNguyễn Văn Bình\nChưa hoàn thành: Chưa sửa chữa được đoạn đường nào. Lý do: Xi măng chưa về. Chuyển sang nhiệm vụ: Hoàn thành sửa chữa 200 m đường bê tông nội thôn',
    );
    expect(text).toContain(
      'Hoàn thành một phần: Đã có 52/61 hộ ký cam kết. Lý do: 9 hộ còn lại ở xa trên sườn đồi, chưa được đến vận động tận nhà',
    );
    for (const task of marchRecord.meeting.resolution.tasks)
      expect(text).toContain(task.description);
    expect(text).toContain(
      'Giới thiệu 02 quần chúng ưu tú đi học lớp nhận thức về Đảng\nChi ủy\nngày 31 tháng 3 năm 2027',
    );
  });

  it('R-VOTE-1: the vote against its voting base', () => {
    expectLine(
      '- Thông qua nghị quyết (biểu quyết giơ tay): số đảng viên có quyền biểu quyết 13; tán thành 12/13 (92,31%); không tán thành 0/13 (0%); ý kiến khác 0/13 (0%). Kết quả: thông qua (cần ít nhất 7 phiếu tán thành).',
    );
  });

  it('R-VOTE-2: a vote recorded without its base is counted against the voting base, as the machine counts it', () => {
    // 14 official members; Páo is exempt and absent; Mai, absent with a
    // reason, counts under 294-QĐ/TW: the base is 13 (R-VOTE-1), two-thirds
    // of it 9 (2/3 of 13 is 8⅔).
    const record = {
      ...marchRecord,
      meeting: {
        ...marchRecord.meeting,
        votes: [
          ...marchRecord.meeting.votes,
          {
            id: 'v9',
            subject: 'confirmation',
            mode: 'show-of-hands',
            subjectMemberId: 'm15',
            for: 9,
            against: 3,
          },
        ],
      },
    };
    const minutes = getModelText(buildMinutes(record));
    expect(minutes).toContain(
      'số đảng viên có quyền biểu quyết 13; tán thành 9/13 (69,23%); không tán thành 3/13 (23,08%); ý kiến khác 0/13 (0%). Kết quả: thông qua (cần ít nhất 9 phiếu tán thành).',
    );
  });

  it('R-RATE-3: the rating with score, level and who confirmed it', () => {
    expectLine('- Tổng điểm: 87/100 điểm (phiếu chấm điểm kèm theo).');
    expectLine('- Chi ủy đề xuất: 87 điểm, mức Khá.');
    expectLine('- Chi bộ thông qua xếp loại: Khá.');
    expectLine(
      '- Xác nhận của cấp ủy cấp trên: đồng chí Triệu Văn Long, lúc 21 giờ 06 phút ngày 09 tháng 3 năm 2027.',
    );
  });

  it('R-DOC-2b: one closing line, the end time and the approval, then the signatures', () => {
    expect(paragraphs.slice(-6)).toEqual([
      'Buổi sinh hoạt kết thúc lúc 21 giờ 15 phút, ngày 09 tháng 3 năm 2027; biên bản đã được đọc lại trước chi bộ và được các đồng chí dự họp nhất trí thông qua lúc 21 giờ 12 phút.',
      ' ',
      'THƯ KÝ',
      'Phạm Thị Lan',
      'CHỦ TRÌ',
      'Hoàng Văn Minh',
    ]);
    expect(paragraphs.slice(-4)).toEqual([
      'THƯ KÝ',
      'Phạm Thị Lan',
      'CHỦ TRÌ',
      'Hoàng Văn Minh',
    ]);
  });

  it('names every person of the record', () => {
    for (const name of marchNames) expect(text).toContain(name);
    expect(text).not.toMatch(/undefined|NaN|\[object Object\]/);
  });
});

describe('renderMinutes: typography (R-DOC-1, R-DOC-2, R-DOC-5)', () => {
  it('A4 with margins 20/20/30/15 mm and a different first page', () => {
    const section =
      parts['word/document.xml']?.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/)?.[0] ??
      '';
    expect(section).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(section).toMatch(
      /w:top="1133" w:right="850" w:bottom="1133" w:left="1700"/,
    );
    expect(section).toContain('<w:titlePg/>');
  });

  it('numbers pages from page 2: the default header holds PAGE, the first is empty', () => {
    const headers = Object.entries(parts).filter(([path]) =>
      /word\/header\d\.xml/.test(path),
    );
    expect(headers.filter(([, xml]) => xml.includes('PAGE'))).toHaveLength(1);
    const rels = parts['word/_rels/document.xml.rels'] ?? '';
    const doc = parts['word/document.xml'] ?? '';
    const firstId = doc.match(/w:type="first" r:id="(rId\d+)"/)?.[1];
    const firstFile =
      rels.match(new RegExp(`Id="${firstId}"[^>]*Target="([^"]+)"`))?.[1] ??
      rels.match(new RegExp(`Target="([^"]+)"[^>]*Id="${firstId}"`))?.[1];
    expect(parts[`word/${firstFile}`]).not.toContain('PAGE');
  });

  it('Times New Roman 14 pt by default; 15 pt bold party name, 16 pt bold title', () => {
    expect(parts['word/styles.xml']).toMatch(
      /<w:rFonts w:ascii="Times New Roman"[^>]*\/><w:sz w:val="28"\/>/,
    );
    const doc = parts['word/document.xml'] ?? '';
    expect(doc).toMatch(
      /<w:rPr><w:b\/><w:bCs\/><w:sz w:val="30"\/><w:szCs w:val="30"\/><w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">ĐẢNG CỘNG SẢN VIỆT NAM/,
    );
    expect(doc).toMatch(
      /<w:b\/><w:bCs\/><w:sz w:val="32"\/><w:szCs w:val="32"\/><\/w:rPr><w:t xml:space="preserve">BIÊN BẢN/,
    );
    expect(doc).toMatch(
      /<w:i\/><w:iCs\/><w:sz w:val="28"\/><w:szCs w:val="28"\/><\/w:rPr><w:t xml:space="preserve">Xuân Quang, ngày 09/,
    );
  });

  it('takes margins, font, number, issuer code and place from the options', async () => {
    const bytes = await renderMinutes(ratedMarchRecord, {
      margins: { top: 25, bottom: 25, left: 35 },
      font: 'Liberation Serif',
      number: 5,
      issuerCode: 'CBTN',
      placeName: 'Bảo Thắng',
      date: '2027-03-10',
    });
    const p = readDocxParts(bytes);
    expect(p['word/document.xml']).toMatch(
      /w:top="1417" w:right="850" w:bottom="1417" w:left="1984"/,
    );
    expect(p['word/styles.xml']).toContain('w:ascii="Liberation Serif"');
    const lines = readDocxParagraphs(bytes);
    expect(lines).toContain('Số 05-BB/CBTN');
    expect(lines).toContain('Bảo Thắng, ngày 10 tháng 3 năm 2027');
  });
});

describe('renderMinutes: R-TIME-1', () => {
  it('writes the same text whatever the host time zone', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      const west = readDocxParagraphs(await renderMinutes(ratedMarchRecord));
      process.env.TZ = 'Pacific/Kiritimati';
      const east = readDocxParagraphs(await renderMinutes(ratedMarchRecord));
      expect(west).toEqual(paragraphs);
      expect(east).toEqual(paragraphs);
    } finally {
      process.env.TZ = before;
    }
  });
});

describe('renderMinutes: thematic meetings and English', () => {
  it('R-DOC-5: a thematic meeting names its theme', async () => {
    const lines = readDocxParagraphs(await renderMinutes(thematicRecord));
    expect(lines).toContain('Sinh hoạt chi bộ chuyên đề tháng 2 năm 2027');
    expect(lines).toContain(`Chuyên đề: “${thematicRecord.meeting.theme}”`);
    expect(lines).toContain('Đồng chí Lò Thị Hoa trình bày chuyên đề.');
    expect(lines).toContain('Số 02-BB/CB');
    expect(lines).toContain('Xuân Quang, ngày 16 tháng 02 năm 2027');
  });

  it("renders the same structure in English with core's labels", async () => {
    const lines = readDocxParagraphs(
      await renderMinutes(ratedMarchRecord, { locale: 'en' }),
    );
    expect(lines.slice(0, 6)).toEqual([
      'ĐẢNG BỘ XÃ XUÂN QUANG',
      'CHI BỘ THÔN TRANG NÙNG',
      '*',
      'COMMUNIST PARTY OF VIET NAM',
      'No. 03-BB/CB',
      'Xuân Quang, 9 March 2027',
    ]);
    expect(lines).toContain('MINUTES');
    expect(lines).toContain('Regular cell meeting, March 2027');
    expect(lines).toContain(
      '- Present: 15 (official: 12; probationary: 3; attached temporarily: 0); rate 15/16 = 93.75%.',
    );
    expect(lines).toContain('- Level approved by the members: Fair.');
    expect(lines.slice(-4)).toEqual([
      'RECORDER',
      'Phạm Thị Lan',
      'CHAIR',
      'Hoàng Văn Minh',
    ]);
    expect(lines.join('\n')).not.toMatch(/Biên bản|Đồng chí|đồng chí/);
  });
});

describe('renderMinutes: complete or not produced (R-DOC-6, R-DOC-8)', () => {
  it('reports every missing required part at once', () => {
    const { chairId, recorderId, ...meeting } = ratedMarchRecord.meeting;
    const record = {
      ...ratedMarchRecord,
      cell: { ...ratedMarchRecord.cell, placeName: undefined },
      meeting: {
        ...meeting,
        timeline: { ...meeting.timeline, endedAt: undefined },
      },
    };
    expect(chairId && recorderId).toBeTruthy();
    const error = (() => {
      try {
        buildMinutes(record);
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ChiboError);
    const issues = (error as ChiboError).issues.map((i) => [
      i.path.join('.'),
      i.rule,
    ]);
    expect(issues).toEqual([
      ['cell.placeName', 'R-DOC-4'],
      ['meeting.chairId', 'R-DOC-6'],
      ['meeting.recorderId', 'R-DOC-6'],
      ['meeting.timeline.endedAt', 'R-DOC-6'],
    ]);
  });

  it("passes on core's validation errors with every issue", async () => {
    const record = {
      ...ratedMarchRecord,
      meeting: {
        ...ratedMarchRecord.meeting,
        chairId: 'nobody',
        opinions: [{ id: 'x', speakerId: 'm01', text: '' }],
      },
    };
    await expect(renderMinutes(record)).rejects.toSatisfy((e: unknown) => {
      const paths = (e as ChiboError).issues.map((i) => i.path.join('.'));
      return (
        e instanceof ChiboError &&
        paths.includes('meeting.opinions.0.text') &&
        paths.includes('meeting.chairId')
      );
    });
  });

  it('rejects bad options with every problem', () => {
    expect(() =>
      buildMinutes(ratedMarchRecord, {
        margins: { top: -1 },
        number: 0,
        issuerCode: ' ',
        date: '9/3/2027',
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        issues: expect.arrayContaining([
          expect.objectContaining({ path: ['options', 'margins'] }),
          expect.objectContaining({ path: ['options', 'number'] }),
          expect.objectContaining({ path: ['options', 'issuerCode'] }),
          expect.objectContaining({ path: ['options', 'date'] }),
        ]),
      }),
    );
  });

  it('refuses a name that is empty once control characters are removed', () => {
    const members = ratedMarchRecord.members.map((m) =>
      m.id === 'm07' ? { ...m, name: '\u0007\u0008' } : m,
    );
    expect(() => buildMinutes({ ...ratedMarchRecord, members })).toThrow(
      ChiboError,
    );
  });

  it('R-DOC-6b: says so when the meeting has no rating and no votes, and invents no "no opinions" when none are recorded', () => {
    const { rating, votes, opinions, ...meeting } = ratedMarchRecord.meeting;
    const model = getModelText(buildMinutes({ ...ratedMarchRecord, meeting }));
    expect(rating && votes && opinions).toBeTruthy();
    expect(model).toContain('Cuộc họp chưa được xếp loại chất lượng.');
    expect(model).toContain('Không tiến hành biểu quyết.');
    expect(model).not.toContain('Không có đảng viên phát biểu.');
    // Only item 1 is recorded as having no opinions (SCENARIO.md).
    expect(model.split('- Không có ý kiến phát biểu.')).toHaveLength(2);
  });
});

describe('renderMinutes: each agenda item as the minutes book holds it (R-DOC-6b)', () => {
  const { agenda, opinions } = marchRecord.meeting;
  const name = (id: string) =>
    [...marchRecord.members, ...marchRecord.meeting.guests].find(
      (p) => p.id === id,
    )?.name;

  it('R-DOC-6b: prints every item of the SCENARIO meeting with its presenter, summary, opinions and conclusion, in the procedure order', () => {
    const [a1, a2, a3, a4, a5] = agenda;
    const said = (itemId: string) =>
      opinions
        .filter((o) => o.agendaItemId === itemId)
        .map((o) => `- Đồng chí ${name(o.speakerId)}: ${o.text}`);
    const expected = [
      `Nội dung 1: ${a1.title}`,
      `- Đồng chí Hoàng Văn Minh trình bày (12 phút): ${a1.summary}`,
      '- Không có ý kiến phát biểu.',
      `- Đồng chí chủ trì kết luận: ${a1.conclusion}`,
      `Nội dung 2: ${a2.title}`,
      `- Đồng chí Lò Thị Hoa trình bày: ${a2.summary}`,
      ...said('a2'),
      `- Đồng chí chủ trì kết luận: ${a2.conclusion}`,
      `Nội dung 3: ${a3.title}`,
      `- Đồng chí Nguyễn Văn Bình trình bày: ${a3.summary}`,
      ...said('a3'),
      `Nội dung 4: ${a4.title}`,
      `- Đồng chí Hoàng Văn Minh trình bày: ${a4.summary}`,
      ...said('a4'),
      `Nội dung 5: ${a5.title}`,
      `- Đồng chí chủ trì kết luận: ${a5.conclusion}`,
    ];
    const start = paragraphs.indexOf(expected[0] as string);
    expect(paragraphs.slice(start, start + expected.length)).toEqual(expected);
    expect(said('a2')).toEqual([`- Đồng chí Hà Văn Sơn: ${opinions[3].text}`]);
    expect(said('a4')).toHaveLength(4);
  });

  /** The March record as an older host sends it: items with a title only. */
  const bareRecord = {
    ...ratedMarchRecord,
    meeting: {
      ...ratedMarchRecord.meeting,
      agenda: agenda.map(({ id, title }) => ({ id, title })),
    },
  };

  it('R-DOC-6b: an item the record holds nothing for says "Nội dung chưa được ghi", never "Không có ý kiến phát biểu"', () => {
    const lines = getModelText(buildMinutes(bareRecord)).split('\n');
    const at = (n: number) =>
      lines[lines.indexOf(`Nội dung ${n}: ${agenda[n - 1]?.title}`) + 1];
    expect(at(1)).toBe('- Nội dung chưa được ghi.');
    expect(at(5)).toBe('- Nội dung chưa được ghi.');
    expect(at(2)).toBe(`- Đồng chí Hà Văn Sơn: ${opinions[3].text}`);
    expect(lines).not.toContain('- Không có ý kiến phát biểu.');
    // The overall conclusion, held by no item, has its own heading.
    expect(lines).toContain('4. Kết luận của đồng chí chủ trì');
    expect(lines).toContain(marchRecord.meeting.conclusion);
    const en = getModelText(buildMinutes(bareRecord, { locale: 'en' }));
    expect(en).toContain(`Item 1: ${agenda[0].title}\n- Not recorded.`);
    expect(en).not.toContain('No one spoke.');
  });

  it('R-DOC-6b: a presenter without a summary, a summary without a presenter, and a meeting with no agenda', () => {
    const record = {
      ...bareRecord,
      meeting: {
        ...bareRecord.meeting,
        agenda: [
          { id: 'a1', title: 'Thông tin thời sự', presenterId: 'g01' },
          { id: 'a2', title: 'Tình hình tư tưởng', summary: 'Ổn định.' },
        ],
        opinions: [],
      },
    };
    const lines = getModelText(buildMinutes(record)).split('\n');
    expect(lines).toContain(
      '- Đồng chí Triệu Văn Long trình bày; nội dung trình bày chưa được ghi.',
    );
    expect(lines).toContain('- Nội dung trình bày: Ổn định.');
    const none = getModelText(
      buildMinutes({
        ...record,
        meeting: { ...record.meeting, agenda: [] },
      }),
    ).split('\n');
    const heading = none.indexOf('2. Diễn biến và ý kiến phát biểu');
    expect(none[heading + 1]).toBe('Nội dung chưa được ghi.');
  });
});
