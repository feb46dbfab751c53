import { describe, expect, it } from 'vitest';
import { runDemo } from './runDemo';

describe('the quickstart demo (SCENARIO.md, March 2027)', () => {
  it('prints the composition, attendance and voting base in Vietnamese', () => {
    const text = runDemo('vi').join('\n');
    expect(text).toContain('Chi bộ thôn Trang Nùng — Đảng bộ xã Xuân Quang');
    expect(text).toContain(
      '14 đảng viên chính thức (1 miễn sinh hoạt), 3 dự bị',
    );
    expect(text).toContain('Hoàng Văn Minh, Lò Thị Hoa, Nguyễn Văn Bình');
    expect(text).toMatch(/\[R-CELL-1\].*phải bầu chi ủy/);
    expect(text).toContain('Có mặt 15/16');
    expect(text).toContain('93,75%');
    expect(text).toContain(
      'Vắng có lý do: Lý Thị Mai (Đi làm ăn xa tại Bắc Ninh).',
    );
    expect(text).toContain('12 đồng chí. Không tính:');
    expect(text).toContain(
      '12 tán thành, 0 không tán thành, 0 ý kiến khác trên 12; cần ít nhất 7: THÔNG QUA',
    );
  });

  it('prints the same report in English', () => {
    const text = runDemo('en').join('\n');
    expect(text).toContain('Present 15 of 16 expected (93.75%)');
    expect(text).toContain(
      '12 for, 0 against, 0 other, out of 12; 7 needed: PASSED [R-VOTE-1]',
    );
  });
});
