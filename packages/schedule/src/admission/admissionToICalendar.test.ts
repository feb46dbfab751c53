import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { admissionToICalendar } from './admissionToICalendar';
import { getAdmissionMilestones } from './getAdmissionMilestones';

const ngoc = getAdmissionMilestones(
  {
    id: 'm17',
    name: 'Hoàng Thị Ngọc',
    standing: 'probationary',
    admittedOn: '2026-12-10',
  },
  { at: '2027-01-25' },
);
const khanh = getAdmissionMilestones(
  {
    id: 'm15',
    name: 'Lò Văn Khánh',
    standing: 'probationary',
    admittedOn: '2026-08-19',
    admissionCeremonyOn: '2026-09-08',
  },
  { at: '2027-01-25' },
);
const milestones = [...ngoc.milestones, ...khanh.milestones];

function events(ics: string) {
  return new ICAL.Component(ICAL.parse(ics))
    .getAllSubcomponents('vevent')
    .map((v) => new ICAL.Event(v));
}

describe('admissionToICalendar (R-ADM-1, RFC 5545)', () => {
  const ics = admissionToICalendar(milestones, {
    stamp: '2027-01-25T08:00:00+07:00',
  });
  const parsed = events(ics);

  it('R-ADM-1: one all-day event per due date, on the last day on time', () => {
    expect(parsed.map((e) => [e.uid, e.startDate.toString()])).toEqual([
      ['m17-ceremony@chibo', '2027-01-22'],
      ['m15-ceremony@chibo', '2026-10-02'],
      ['m15-probation-end@chibo', '2027-09-08'],
    ]);
    expect(parsed.every((e) => e.startDate.isDate)).toBe(true);
    expect(ics).toContain('DTSTART;VALUE=DATE:20270122\r\n');
    expect(ics).toContain('DTEND;VALUE=DATE:20270123\r\n');
    expect(ics).toContain('TRANSP:TRANSPARENT\r\n');
  });

  it('R-ADM-1: an overdue step says so in its summary; the description tells how the day was counted', () => {
    const [ceremony] = parsed;
    expect(ceremony?.summary).toBe(
      'QUÁ HẠN – Hạn tổ chức lễ kết nạp đảng viên: Hoàng Thị Ngọc',
    );
    expect(ceremony?.description).toBe(
      [
        '30 ngày làm việc kể từ ngày nhận quyết định kết nạp 10/12/2026, không tính ngày nghỉ hằng tuần, ngày lễ, Tết.',
        'Tình trạng: QUÁ HẠN',
        'Quy định: R-ADM-1 (Quy định 294-QĐ/TW, Điều lệ Đảng Điều 4–5).',
      ].join('\n'),
    );
    expect(parsed[1]?.summary).toBe(
      'Hạn tổ chức lễ kết nạp đảng viên: Lò Văn Khánh',
    );
    expect(parsed[1]?.description).toContain(
      'Tình trạng: Đã thực hiện (ngày 2026-09-08)',
    );
  });

  it('writes lines of at most 75 octets ending in CRLF, a stable export and English', () => {
    for (const line of ics.slice(0, -2).split('\r\n')) {
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    }
    expect(admissionToICalendar(milestones)).toBe(
      admissionToICalendar(milestones),
    );
    const [first] = events(admissionToICalendar(milestones, { locale: 'en' }));
    expect(first?.summary).toBe(
      'OVERDUE – Admission ceremony due: Hoàng Thị Ngọc',
    );
  });

  it('refuses a member id or UID domain with a line break, with its path', () => {
    const bad = [{ ...milestones[0], memberId: 'm17\r\nUID:x' }] as never;
    expect(() => admissionToICalendar(bad)).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        issues: [
          expect.objectContaining({ path: ['milestones', 0, 'memberId'] }),
        ],
      }),
    );
    expect(() =>
      admissionToICalendar(milestones, { uidDomain: 'a\nb' }),
    ).toThrow(
      expect.objectContaining({
        issues: [expect.objectContaining({ path: ['uidDomain'] })],
      }),
    );
  });
});
