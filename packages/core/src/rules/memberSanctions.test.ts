import { marchRecord } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  type DuesPayment,
  type Member,
  memberSanctions,
  parseMeeting,
  parseMeetingRecord,
} from '../index';
import { type AttendanceStatus, parseDuesPayment } from '../schemas';
import { member } from '../testSupport/members';

const a = member('a');
const b = member('b');

/** A meeting where `a` has `status` and `b` is present. */
const meetingAt = (
  scheduledAt: string,
  status: AttendanceStatus,
  id = scheduledAt,
) =>
  parseMeeting({
    id,
    cellId: 'c1',
    kind: 'regular',
    scheduledAt,
    place: 'Nhà văn hóa thôn',
    attendance: [
      status === 'absent-excused'
        ? { memberId: 'a', status, reason: 'Đi làm ăn xa' }
        : { memberId: 'a', status },
      { memberId: 'b', status: 'present' },
    ],
  });

const month = (m: number, status: AttendanceStatus, day = 9, year = 2027) =>
  meetingAt(
    `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}T19:30:00+07:00`,
    status,
  );

const unpaid = (memberId: string, ...months: string[]): DuesPayment[] =>
  months.map((m) => parseDuesPayment({ memberId, month: m, status: 'unpaid' }));

const of = (
  meetings: Parameters<typeof memberSanctions>[0],
  options: Parameters<typeof memberSanctions>[3] = {},
  members: readonly Member[] = [a, b],
) => {
  const report = memberSanctions(meetings, members, 2027, options);
  const first = report[0];
  if (!first) throw new Error('one entry per member');
  return first;
};

describe('R-ATT-3 months missed without reason', () => {
  it('R-ATT-3 one month is clear', () => {
    const s = of([month(1, 'absent-unexcused'), month(2, 'present')]);
    expect(s.status).toBe('clear');
    expect(s.findings).toEqual([]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-01']);
  });

  it('R-ATT-3 2 months give a warning', () => {
    const s = of([month(1, 'absent-unexcused'), month(5, 'absent-unexcused')]);
    expect(s.status).toBe('warning');
    expect(s.unexcusedAbsence.months).toEqual(['2027-01', '2027-05']);
    expect(s.findings).toEqual([
      expect.objectContaining({
        rule: 'R-ATT-3',
        code: 'removal-warning',
        severity: 'warning',
        memberIds: ['a'],
      }),
    ]);
  });

  it('R-ATT-3 3 months in total (not in a row) make a removal candidate', () => {
    const s = of([
      month(1, 'absent-unexcused'),
      month(2, 'present'),
      month(6, 'absent-unexcused'),
      month(7, 'present'),
      month(11, 'absent-unexcused'),
    ]);
    expect(s.status).toBe('removal-candidate');
    expect(s.unexcusedAbsence.months).toEqual([
      '2027-01',
      '2027-06',
      '2027-11',
    ]);
    expect(s.findings).toEqual([
      expect.objectContaining({
        rule: 'R-ATT-3',
        code: 'removal-candidate',
        // The flag only proposes: the cell considers, the upper committee decides.
        severity: 'warning',
        memberIds: ['a'],
      }),
    ]);
    expect(s.findings[0]?.message.en).toContain('considers');
    expect(s.ruleSet).toBe('HD42-2025');
  });

  it('R-ATT-3 two unexcused absences in the same month count as ONE month', () => {
    const regular = month(3, 'absent-unexcused', 9);
    const thematic = month(3, 'absent-unexcused', 16);
    const s = of([regular, thematic, month(4, 'absent-unexcused')]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-03', '2027-04']);
    expect(s.unexcusedAbsence.meetingIds).toHaveLength(3);
    expect(s.status).toBe('warning');
  });

  it('R-ATT-3 absences with a reason do not count', () => {
    const s = of([
      month(1, 'absent-excused'),
      month(3, 'absent-excused'),
      month(5, 'absent-excused'),
    ]);
    expect(s.status).toBe('clear');
    expect(s.unexcusedAbsence.months).toEqual([]);
  });

  it('R-ATT-3 / R-TIME-1 months are Viet Nam months: 2027-03-31T23:30+07:00 (16:30Z) is March', () => {
    const lateMarch = meetingAt(
      '2027-03-31T23:30:00+07:00',
      'absent-unexcused',
    );
    expect(lateMarch.scheduledAt).toBe('2027-03-31T23:30:00+07:00');
    const s = of([month(3, 'absent-unexcused'), lateMarch]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-03']);
    expect(s.status).toBe('clear');
  });

  it('R-ATT-3 / R-TIME-1 the same instant given in UTC (unparsed) is still March', () => {
    const raw = {
      id: 'raw',
      scheduledAt: '2027-03-31T16:30:00Z',
      attendance: [
        {
          memberId: 'a',
          status: 'absent-unexcused' as const,
          late: false,
          leftEarly: false,
        },
      ],
    };
    const s = of([month(3, 'absent-unexcused'), raw]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-03']);
  });

  it('R-ATT-3 / R-TIME-1 2027-04-30T17:30Z is 1 May in Viet Nam', () => {
    const raw = {
      id: 'raw',
      scheduledAt: '2027-04-30T17:30:00Z',
      attendance: [
        {
          memberId: 'a',
          status: 'absent-unexcused' as const,
          late: false,
          leftEarly: false,
        },
      ],
    };
    const s = of([month(4, 'absent-unexcused'), raw]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-04', '2027-05']);
    expect(s.status).toBe('warning');
  });

  it('R-ATT-3 only the calendar year counts (Viet Nam year)', () => {
    const s = of([
      month(11, 'absent-unexcused', 9, 2026),
      month(12, 'absent-unexcused', 9, 2026),
      meetingAt('2026-12-31T16:59:00Z', 'absent-unexcused'), // 23:59 on 31/12
      month(1, 'absent-unexcused', 9, 2028),
      meetingAt('2026-12-31T17:00:00Z', 'absent-unexcused'), // 00:00 on 1/1
    ]);
    expect(s.unexcusedAbsence.months).toEqual(['2027-01']);
    expect(s.status).toBe('clear');
    expect(s.year).toBe(2027);
  });
});

describe('R-ATT-3 only members expected at the meeting (R-ATT-1)', () => {
  const missedThree = [
    month(1, 'absent-unexcused'),
    month(2, 'absent-unexcused'),
    month(3, 'absent-unexcused'),
  ];

  it.each([
    ['exempt', { exempt: true }],
    ['attached elsewhere', { attachment: 'temporary-out' }],
  ])('R-ATT-3 a member %s is not counted absent here', (_label, extra) => {
    const s = of(missedThree, {}, [member('a', extra), b]);
    expect(s.status).toBe('clear');
    expect(s.unexcusedAbsence).toEqual({ months: [], meetingIds: [] });
  });

  it('R-ATT-3 their unpaid dues still count', () => {
    const s = of([], { dues: unpaid('a', '2027-01', '2027-02', '2027-03') }, [
      member('a', { exempt: true }),
      b,
    ]);
    expect(s.status).toBe('removal-candidate');
  });
});

describe('R-ATT-3 unpaid dues', () => {
  it('R-ATT-3 3 months of unpaid dues make a removal candidate on their own', () => {
    const s = of([], { dues: unpaid('a', '2027-01', '2027-04', '2027-09') });
    expect(s.unpaidDues.months).toEqual(['2027-01', '2027-04', '2027-09']);
    expect(s.status).toBe('removal-candidate');
  });

  it('R-ATT-3 dues and absences count separately: the worse count decides', () => {
    const meetings = [
      month(1, 'absent-unexcused'),
      month(2, 'absent-unexcused'),
    ];
    // 2 absence months and 2 other unpaid months: still 2, not 4.
    const s = of(meetings, { dues: unpaid('a', '2027-05', '2027-06') });
    expect(s.unexcusedAbsence.months).toHaveLength(2);
    expect(s.unpaidDues.months).toHaveLength(2);
    expect(s.status).toBe('warning');
    // 1 absence month and 2 unpaid months: warning from dues.
    expect(
      of([month(1, 'absent-unexcused')], {
        dues: unpaid('a', '2027-05', '2027-06'),
      }).status,
    ).toBe('warning');
    // 1 absence month and 1 unpaid month: clear.
    expect(
      of([month(1, 'absent-unexcused')], { dues: unpaid('a', '2027-05') })
        .status,
    ).toBe('clear');
  });

  it('R-ATT-3 3 absence months with 0 unpaid is a removal candidate', () => {
    const meetings = [1, 2, 3].map((m) => month(m, 'absent-unexcused'));
    expect(of(meetings, { dues: [] }).status).toBe('removal-candidate');
  });

  it('R-ATT-3 dues unpaid with a valid reason, paid, of another year or of another member do not count', () => {
    const dues = [
      parseDuesPayment({ memberId: 'a', month: '2027-01', status: 'excused' }),
      parseDuesPayment({ memberId: 'a', month: '2027-02', status: 'paid' }),
      ...unpaid('a', '2026-11', '2026-12', '2028-01'),
      ...unpaid('b', '2027-03', '2027-04', '2027-05'),
      ...unpaid('a', '2027-06', '2027-06'),
    ];
    const [sa, sb] = memberSanctions([], [a, b], 2027, { dues });
    expect(sa?.unpaidDues.months).toEqual(['2027-06']);
    expect(sa?.status).toBe('clear');
    expect(sb?.status).toBe('removal-candidate');
  });
});

describe('R-ATT-2 excused absences in a row (reported with R-ATT-3)', () => {
  it('R-ATT-2 4 excused absences in a row are flagged', () => {
    const meetings = [1, 2, 3, 4].map((m) => month(m, 'absent-excused'));
    const s = of(meetings);
    expect(s.excusedStreak).toMatchObject({ length: 4, exceeds: true });
    expect(s.status).toBe('clear');
    expect(s.findings).toEqual([
      expect.objectContaining({
        rule: 'R-ATT-2',
        code: 'excused-absences-in-row',
        memberIds: ['a'],
      }),
    ]);
  });

  it('R-ATT-2 3 in a row are not', () => {
    const meetings = [1, 2, 3].map((m) => month(m, 'absent-excused'));
    const s = of(meetings);
    expect(s.excusedStreak).toMatchObject({ length: 3, exceeds: false });
    expect(s.findings).toEqual([]);
  });

  it('R-ATT-2 a meeting attended breaks the run', () => {
    const s = of([
      month(1, 'absent-excused'),
      month(2, 'absent-excused'),
      month(3, 'present'),
      month(4, 'absent-excused'),
      month(5, 'absent-excused'),
    ]);
    expect(s.excusedStreak.length).toBe(2);
    expect(s.excusedStreak.exceeds).toBe(false);
  });

  it('R-ATT-2 an exempt member is never flagged for excused absences', () => {
    const exempt = member('a', { exempt: true });
    const meetings = [1, 2, 3, 4].map((m) => month(m, 'absent-excused'));
    const s = of(meetings, {}, [exempt, b]);
    expect(s.excusedStreak.length).toBe(4);
    expect(s.excusedStreak.exceeds).toBe(false);
    expect(s.findings).toEqual([]);
  });
});

describe('R-ATT-3 report shape', () => {
  it('R-ATT-3 one entry per member, in the order given', () => {
    const report = memberSanctions(
      [month(1, 'absent-unexcused'), month(2, 'absent-unexcused')],
      [b, a],
      2027,
    );
    expect(report.map((r) => [r.memberId, r.name, r.status])).toEqual([
      ['b', 'Đảng viên b', 'clear'],
      ['a', 'Đảng viên a', 'warning'],
    ]);
  });

  it('R-ATT-3 the scenario meeting leaves every member clear (Mai absent with reason once)', () => {
    const record = parseMeetingRecord(marchRecord);
    const report = memberSanctions([record.meeting], record.members, 2027);
    expect(report).toHaveLength(17);
    expect(report.every((r) => r.status === 'clear')).toBe(true);
    expect(report.find((r) => r.memberId === 'm05')?.excusedStreak.length).toBe(
      1,
    );
  });
});

describe('R-ATT-3 properties', () => {
  it('R-ATT-3 the status follows the number of distinct months, the worse of absences and dues', () => {
    const monthArb = fc.integer({ min: 1, max: 12 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(monthArb, fc.integer({ min: 1, max: 28 })), {
          maxLength: 12,
        }),
        fc.array(monthArb, { maxLength: 12 }),
        (absences, duesMonths) => {
          const meetings = absences.map(([m, d], i) =>
            meetingAt(
              `2027-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}T19:30:00+07:00`,
              'absent-unexcused',
              `sh${i}`,
            ),
          );
          const dues = unpaid(
            'a',
            ...duesMonths.map((m) => `2027-${String(m).padStart(2, '0')}`),
          );
          const s = of(meetings, { dues });
          const months = Math.max(
            new Set(absences.map(([m]) => m)).size,
            new Set(duesMonths).size,
          );
          expect(s.status).toBe(
            months >= 3
              ? 'removal-candidate'
              : months === 2
                ? 'warning'
                : 'clear',
          );
        },
      ),
    );
  });
});

describe('R-SET-1 each entry names the texts it applied (R-ATT-3)', () => {
  const textsOf = (
    year: number,
    options: Parameters<typeof memberSanctions>[3] = {},
  ) => memberSanctions([], [a], year, options)[0]?.texts;

  it('R-ATT-3 the regulation on the Điều lệ at the end of the year: 24-QĐ/TW for 2024, 294-QĐ/TW for 2025', () => {
    expect(textsOf(2024)).toEqual(['24-QĐ/TW']);
    expect(textsOf(2025)).toEqual(['294-QĐ/TW']);
  });

  it('R-ATT-3 with dues, the text on dues of the year too: 342-QĐ/TW for 2025, 01-QĐ/TW for 2026', () => {
    expect(textsOf(2025, { dues: [] })).toEqual(['294-QĐ/TW', '342-QĐ/TW']);
    expect(textsOf(2026, { dues: unpaid('a', '2026-01') })).toEqual([
      '294-QĐ/TW',
      '01-QĐ/TW',
    ]);
  });

  it('R-ATT-3 pinned texts win over the year', () => {
    expect(
      textsOf(2027, {
        dues: [],
        regulations: { charter: '24-QĐ/TW', dues: '342-QĐ/TW' },
      }),
    ).toEqual(['24-QĐ/TW', '342-QĐ/TW']);
    expect(() =>
      textsOf(2027, { regulations: { charter: '342-QĐ/TW' } }),
    ).toThrow(ChiboError);
  });
});
