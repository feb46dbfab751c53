import { describe, expect, it } from 'vitest';
import { marchMeeting, members, year2027 } from './index';

// "The cell's year 2027" of SCENARIO.md, checked on the raw data (the
// figures themselves are tested in @chibo/core/year and @chibo/docx/year).
describe('SCENARIO.md: the cell’s year 2027', () => {
  const records = year2027.getRecords();
  const regular = records.filter((r) => r.meeting.kind === 'regular');

  it('R-YEAR-3: 16 records in date order, 12 regular (one a month) and 4 thematic (one a quarter, R-FREQ-2)', () => {
    expect(records).toHaveLength(16);
    expect(regular.map((r) => r.meeting.scheduledAt.slice(5, 7))).toEqual(
      Array.from({ length: 12 }, (_, i) => String(i + 1).padStart(2, '0')),
    );
    const dates = records.map((r) => r.meeting.scheduledAt);
    expect(dates).toEqual([...dates].sort());
    expect(
      records
        .filter((r) => r.meeting.kind === 'thematic')
        .map((r) => r.meeting.scheduledAt.slice(0, 10)),
    ).toEqual(['2027-02-16', '2027-05-11', '2027-08-10', '2027-11-16']);
    expect(records.every((r) => r.meeting.status === 'closed')).toBe(true);
  });

  it('R-ATT-1: March is the March meeting of SCENARIO.md; the regular meetings have the present counts of presentByMonth', () => {
    const march = regular[2]?.meeting;
    expect(march?.id).toBe(marchMeeting.id);
    expect(march?.attendance).toEqual(marchMeeting.attendance);
    const present = regular.map(
      (r) =>
        (r.meeting.attendance as Array<{ status: string }>).filter(
          (a) => a.status === 'present',
        ).length,
    );
    expect(present).toEqual([...year2027.presentByMonth]);
  });

  it('R-DUES-1: Trần Văn Hùng pays 23,400 đ a month, Giàng A Páo 6 × 20,500 đ twice, Đỗ Văn Quang nothing for 02, 03 and 05 (R-ATT-3)', () => {
    const { receipts, bases } = year2027.getDuesInput();
    const of = (id: string) => receipts.filter((r) => r.memberId === id);
    expect(bases).toHaveLength(members.length);
    expect(new Set(of('m06').map((r) => r.amount))).toEqual(new Set([23_400]));
    expect(of('m14').map((r) => [r.paidOn, r.amount])).toEqual([
      ['2027-01-10', 123_000],
      ['2027-07-08', 123_000],
    ]);
    const paid = of('m08').flatMap((r) => r.months);
    expect(paid).toHaveLength(9);
    for (const month of ['2027-02', '2027-03', '2027-05']) {
      expect(paid).not.toContain(month);
    }
  });

  it('R-YEAR-1, R-YEAR-2: 16 members rated (Páo, exempt, is not); 56 cells of Xuân Quang, 11 excellent, Trang Nùng the 12th', () => {
    const rated = year2027.getMemberEntries().map((e) => e.subjectId);
    expect(rated).toHaveLength(16);
    expect(rated).not.toContain('m14');
    const cells = year2027.tree.filter((n) => n.level === 'cell');
    expect(cells).toHaveLength(56);
    expect(cells[11]?.id).toBe('trang-nung');
    expect(
      year2027.cellRatings.filter((r) => r.level === 'excellent'),
    ).toHaveLength(11);
  });

  it('gives a fresh copy each time: a caller changing its records changes no one else’s', () => {
    const mine = year2027.getRecords();
    (mine[0]?.meeting as { id: string }).id = 'changed';
    expect(year2027.getRecords()[0]?.meeting.id).toBe('sh-2027-01');
  });
});
