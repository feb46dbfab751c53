import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { holdMeeting } from './holdMeeting';
import { runDemo } from './runDemo';

const outDir = mkdtempSync(join(tmpdir(), 'chibo-demo-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('the quickstart demo (SCENARIO.md, March 2027)', () => {
  it('holds the meeting on the machine, restoring it after the roll call', () => {
    const held = holdMeeting();
    expect(held.state).toBe('closed');
    expect(held.rejected.map((r) => [r.type, r.rule])).toEqual([
      ['START_PROCEEDINGS', 'R-ATT-1'],
      ['OPINION', 'R-DOC-6'],
    ]);
    expect(held.record.meeting.opinions).toHaveLength(6);
    expect(held.record.meeting.votes[0]).toMatchObject({
      for: 12,
      base: { size: 13 },
    });
    // R-RATE-3: proposed, approved and confirmed, all kept.
    expect(held.record.meeting.rating).toMatchObject({
      schemeId: held.proposed.schemeId,
      proposedScore: 87,
      proposedLevel: 'fair',
      approvedLevel: 'fair',
      confirmedBy: { name: 'Triệu Văn Long' },
    });
    expect(held.final.total).toBe(held.proposed.total);
  });

  it('prints the meeting, the rules, the rating and the calendar in Vietnamese', async () => {
    const text = (await runDemo({ locale: 'vi', outDir })).join('\n');
    expect(text).toContain('Chi bộ thôn Trang Nùng — Đảng bộ xã Xuân Quang');
    expect(text).toContain('trạng thái cuối: closed');
    expect(text).toContain(
      '14 đảng viên chính thức (1 miễn sinh hoạt), 3 dự bị',
    );
    expect(text).toMatch(/\[R-CELL-1\].*phải bầu chi ủy/);
    expect(text).toContain('Có mặt 15/16');
    expect(text).toContain('93,75%');
    expect(text).toContain(
      'Vắng có lý do: Lý Thị Mai (Đi làm ăn xa tại Bắc Ninh).',
    );
    // R-VOTE-1 (v2): the base names the text it follows.
    expect(text).toContain(
      '13 đồng chí, theo 294-QĐ/TW 9.3.2 (đảng viên chính thức được triệu tập; vắng có lý do vẫn tính). Không tính:',
    );
    expect(text).toContain(
      '12 tán thành, 0 không tán thành, 0 ý kiến khác trên 13; cần ít nhất 7: THÔNG QUA',
    );
    expect(text).toContain(
      'Chi ủy đề xuất 87/100 (Khá); chi bộ thông qua: Khá; xác nhận: Triệu Văn Long.',
    );
    // R-HOL-1, R-SCHED-2: Tết 2027 moves February's meeting to the 10th.
    expect(text).toMatch(
      /2027-02-10 19:30 Sinh hoạt chi bộ thường kỳ tháng 02 năm 2027.*dời sang ngày 2027-02-10/,
    );
    expect(text).toContain('2027-02-16 19:30 Sinh hoạt chuyên đề quý I');
  });

  it('R-YEAR-3: prints the cell’s year 2027 of SCENARIO.md in Vietnamese', async () => {
    const text = (await runDemo({ locale: 'vi', outDir })).join('\n');
    expect(text).toContain('6. Năm 2027 của chi bộ (R-YEAR-3)');
    // R-FREQ-1, R-FREQ-2.
    expect(text).toContain(
      'Sinh hoạt thường kỳ: 12/12 tháng; sinh hoạt chuyên đề: 4 cuộc, 4/4 quý.',
    );
    // R-ATT-1: present over expected, summed over the regular meetings.
    expect(text).toContain(
      'Tỷ lệ đảng viên dự sinh hoạt cả năm: 179/192 (93,22%).',
    );
    // R-RATE-4, R-YEAR-2: shares adding up to 100,00%.
    expect(text).toContain(
      'Chất lượng sinh hoạt: Tốt 8/12 (66,67%), Khá 4/12 (33,33%), Trung bình 0/12 (0,00%), Kém 0/12 (0,00%); cả năm: Tốt.',
    );
    // R-YEAR-1: 16 rated, Giàng A Páo (exempt) is not.
    expect(text).toContain('- Hoàn thành xuất sắc nhiệm vụ: 3/16 (18,75%)');
    expect(text).toContain('- Hoàn thành tốt nhiệm vụ: 10/16 (62,50%)');
    expect(text).toContain('- Hoàn thành nhiệm vụ: 2/16 (12,50%)');
    expect(text).toContain('- Không hoàn thành nhiệm vụ: 1/16 (6,25%)');
    // R-DUES-2.
    expect(text).toContain(
      'Đảng phí: đã thu 2.296.800 đ trên 2.326.800 đ phải thu.',
    );
    // R-ATT-3: warned at March, flagged at May, by his dues alone.
    expect(text).toContain(
      'Đề nghị xem xét xóa tên (R-ATT-3): Đỗ Văn Quang, nhắc nhở cuối tháng 3/2027, đủ điều kiện xem xét cuối tháng 5/2027 (chưa nộp đảng phí: 2/2027, 3/2027, 5/2027).',
    );
  });

  it('writes the three documents, the calendar and the year’s three files (R-DUES-2, R-YEAR-3), and nothing else', () => {
    expect(readdirSync(outDir).sort()).toEqual([
      'bao-cao-nam-2027.docx',
      'bien-ban.docx',
      'lich-sinh-hoat-2027.ics',
      'nghi-quyet.docx',
      'phieu-cham-diem.docx',
      'so-thu-dang-phi-2027.csv',
      'so-thu-dang-phi-2027.docx',
    ]);
    for (const name of [
      'bien-ban',
      'nghi-quyet',
      'phieu-cham-diem',
      'so-thu-dang-phi-2027',
      'bao-cao-nam-2027',
    ]) {
      const bytes = readFileSync(join(outDir, `${name}.docx`));
      expect(bytes.length).toBeGreaterThan(1000);
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
    // The dues book as CSV: UTF-8 with a byte order mark, one line per
    // member and month; Trần Văn Hùng's 23,400 đ a month.
    const csv = readFileSync(join(outDir, 'so-thu-dang-phi-2027.csv'), 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('Trần Văn Hùng');
    expect(csv).toContain('23400');
    const ics = readFileSync(join(outDir, 'lich-sinh-hoat-2027.ics'), 'utf8');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(16);
    // 19:30 in Viet Nam is 12:30 UTC (R-TIME-1).
    expect(ics).toContain('DTSTART:20270309T123000Z');
  });

  it('prints the same report in English', async () => {
    const text = (await runDemo({ locale: 'en', outDir })).join('\n');
    expect(text).toContain('Present 15 of 16 expected (93.75%)');
    expect(text).toContain(
      '12 for, 0 against, 0 other, out of 13; 7 needed: PASSED [R-VOTE-1]',
    );
    expect(text).toContain('final state: closed');
    expect(text).toContain("6. The cell's year 2027 (R-YEAR-3)");
    expect(text).toContain('Regular meetings: 12 of 12 months');
    expect(text).toContain('Attendance over the year: 179/192 (93.22%).');
    expect(text).toContain('Dues: 2,296,800 đ paid of 2,326,800 đ due.');
    expect(text).toContain(
      'Proposed for removal (R-ATT-3): Đỗ Văn Quang, warned at the end of 2027-03, flagged at the end of 2027-05 (dues unpaid: 2027-02, 2027-03, 2027-05).',
    );
  });
});
