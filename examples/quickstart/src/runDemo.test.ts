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

  it('writes the three documents and the calendar, and nothing else', () => {
    expect(readdirSync(outDir).sort()).toEqual([
      'bien-ban.docx',
      'lich-sinh-hoat-2027.ics',
      'nghi-quyet.docx',
      'phieu-cham-diem.docx',
    ]);
    for (const name of ['bien-ban', 'nghi-quyet', 'phieu-cham-diem']) {
      const bytes = readFileSync(join(outDir, `${name}.docx`));
      expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    }
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
  });
});
