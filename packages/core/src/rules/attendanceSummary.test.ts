import { marchRecord } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceSummary,
  getNotExpectedReason,
  type Member,
  parseMeeting,
  parseMeetingRecord,
} from '../index';
import type { AttendanceStatus } from '../schemas';
import { member } from '../testSupport/members';

const officials = (n: number): Member[] =>
  Array.from({ length: n }, (_, i) => member(`m${i + 1}`));

type Line = { memberId: string; status: AttendanceStatus };

let nextId = 0;
const meetingWith = (
  attendance: Line[],
  scheduledAt = '2027-03-09T19:30:00+07:00',
  id = `sh-${nextId++}`,
) =>
  parseMeeting({
    id,
    cellId: 'c1',
    kind: 'regular',
    scheduledAt,
    place: 'Nhà văn hóa thôn',
    attendance: attendance.map((line) =>
      line.status === 'absent-excused'
        ? { ...line, reason: 'Đi làm ăn xa' }
        : line,
    ),
  });

/** The first `presentCount` of `members` present, the rest absent with reason. */
const rollCall = (members: readonly Member[], presentCount: number): Line[] =>
  members.map((m, i) => ({
    memberId: m.id,
    status: i < presentCount ? 'present' : 'absent-excused',
  }));

describe('R-ATT-1 / R-ATT-2 attendance: the scenario (March 2027)', () => {
  const record = parseMeetingRecord(marchRecord);
  const summary = attendanceSummary(record.meeting, record.members);

  it('R-ATT-1 the rate is 15 / 16 = 0.9375', () => {
    expect(summary.rate).toEqual({ present: 15, expected: 16, value: 0.9375 });
    expect(summary.expected).toHaveLength(16);
  });

  it('R-ATT-1 Páo, exempt, is not expected; Mai is expected and absent with her reason', () => {
    expect(summary.notExpected).toEqual([
      { memberId: 'm14', reason: 'exempt' },
    ]);
    expect(summary.expected).not.toContain('m14');
    expect(summary.expected).toContain('m05');
    expect(summary.absentExcused).toEqual([
      {
        memberId: 'm05',
        name: 'Lý Thị Mai',
        reason: 'Đi làm ăn xa tại Bắc Ninh',
      },
    ]);
    expect(summary.absentUnexcused).toEqual([]);
  });

  it('R-ATT-1 the totals: 17 on the list, 14 official (1 exempt), 3 probationary; 12 + 3 present', () => {
    expect(summary.totals).toEqual({
      all: 17,
      official: 14,
      probationary: 3,
      temporaryIn: 0,
      temporaryOut: 0,
      exempt: 1,
    });
    expect(summary.present.official).toBe(12);
    expect(summary.present.probationary).toBe(3);
    expect(summary.present.temporaryIn).toBe(0);
  });

  it('R-ATT-2 the rate and unexcused conditions are met', () => {
    expect(summary.conditions.rateAboveThreshold).toMatchObject({
      met: true,
      thresholdPercent: 85,
    });
    expect(summary.conditions.noUnexcusedAbsence.met).toBe(true);
  });

  it('R-ATT-2 without history the streak condition is unknown, and so is the verdict', () => {
    expect(summary.conditions.noLongExcusedStreak.met).toBeNull();
    expect(summary.meetsQualityConditions).toBeNull();
  });

  it('R-ATT-2 with an empty history all three conditions are met', () => {
    const withHistory = attendanceSummary(record.meeting, record.members, {
      history: [],
    });
    expect(withHistory.conditions.noLongExcusedStreak.met).toBe(true);
    expect(withHistory.meetsQualityConditions).toBe(true);
  });

  it('R-SET-1 records the rule set and the rules', () => {
    expect(summary.ruleSet).toBe('HD42-2025');
    expect(summary.rules).toEqual(['R-ATT-1', 'R-ATT-2']);
  });
});

describe('R-ATT-1 who is expected', () => {
  it('R-ATT-1 exempt, temporary-out and suspended members are not expected', () => {
    const members = [
      member('a'),
      member('e', { exempt: true }),
      member('o', { attachment: 'temporary-out' }),
      member('s', { suspended: true }),
    ];
    const summary = attendanceSummary(meetingWith([]), members);
    expect(summary.expected).toEqual(['a']);
    expect(summary.notExpected).toEqual([
      { memberId: 'e', reason: 'exempt' },
      { memberId: 'o', reason: 'temporary-out' },
      { memberId: 's', reason: 'suspended' },
    ]);
  });

  it('R-ATT-1 suspended members are expected with suspendedExpected', () => {
    const members = [member('a'), member('s', { suspended: true })];
    const summary = attendanceSummary(meetingWith([]), members, {
      suspendedExpected: true,
    });
    expect(summary.expected).toEqual(['a', 's']);
  });

  it('R-ATT-1 [12-HD] an armed-forces member on special duty is not expected', () => {
    const members = [member('a'), member('d', { specialDuty: true })];
    const summary = attendanceSummary(
      meetingWith(
        [{ memberId: 'a', status: 'present' }],
        '2024-05-14T08:00:00+07:00',
      ),
      members,
    );
    expect(summary.ruleSet).toBe('HD12-2018');
    expect(summary.notExpected).toEqual([
      { memberId: 'd', reason: 'special-duty' },
    ]);
    expect(summary.rate).toEqual({ present: 1, expected: 1, value: 1 });
    expect(getNotExpectedReason(members[1] as Member)).toBeUndefined();
    expect(
      getNotExpectedReason(
        { ...(members[1] as Member), specialDuty: true },
        { specialDutyNotExpected: true },
      ),
    ).toBe('special-duty');
  });

  it('R-ATT-1 probationary and temporary-in members are expected and counted apart', () => {
    const members = [
      member('a'),
      member('p', { standing: 'probationary' }),
      member('t', { attachment: 'temporary-in' }),
    ];
    const summary = attendanceSummary(
      meetingWith([
        { memberId: 'a', status: 'present' },
        { memberId: 'p', status: 'present' },
        { memberId: 't', status: 'present' },
      ]),
      members,
    );
    expect(summary.rate).toEqual({ present: 3, expected: 3, value: 1 });
    expect(summary.present).toMatchObject({
      official: 1,
      probationary: 1,
      temporaryIn: 1,
    });
    expect(summary.totals).toMatchObject({
      all: 3,
      official: 1,
      probationary: 1,
      temporaryIn: 1,
    });
  });

  it('R-ATT-1 an exempt member who comes is listed but not counted in the rate', () => {
    const members = [member('a'), member('b'), member('e', { exempt: true })];
    const summary = attendanceSummary(
      meetingWith([
        { memberId: 'a', status: 'present' },
        { memberId: 'b', status: 'absent-unexcused' },
        { memberId: 'e', status: 'present' },
      ]),
      members,
    );
    expect(summary.presentNotExpected).toEqual(['e']);
    expect(summary.rate).toEqual({ present: 1, expected: 2, value: 0.5 });
  });

  it('R-ATT-1 nobody expected: the rate is null and the condition unknown', () => {
    const summary = attendanceSummary(meetingWith([]), [
      member('e', { exempt: true }),
    ]);
    expect(summary.rate).toEqual({ present: 0, expected: 0, value: null });
    expect(summary.conditions.rateAboveThreshold.met).toBeNull();
  });

  it('R-ATT-1 late and early leavers are present and listed', () => {
    const summary = attendanceSummary(
      parseMeeting({
        id: 'sh',
        cellId: 'c1',
        kind: 'regular',
        scheduledAt: '2027-03-09T19:30',
        place: 'Nhà văn hóa thôn',
        attendance: [
          { memberId: 'a', status: 'present', late: true },
          { memberId: 'b', status: 'present', leftEarly: true },
        ],
      }),
      [member('a'), member('b')],
    );
    expect(summary.rate.present).toBe(2);
    expect(summary.late).toEqual(['a']);
    expect(summary.leftEarly).toEqual(['b']);
  });
});

describe('R-ATT-2 first condition: the rate is strictly above 85%', () => {
  it('R-ATT-2 exactly 85% (17/20) fails', () => {
    const members = officials(20);
    const summary = attendanceSummary(
      meetingWith(rollCall(members, 17)),
      members,
      { history: [] },
    );
    expect(summary.rate.value).toBe(0.85);
    expect(summary.conditions.rateAboveThreshold.met).toBe(false);
    expect(summary.meetsQualityConditions).toBe(false);
  });

  it('R-ATT-2 exactly 85% (34/40) fails', () => {
    const members = officials(40);
    const summary = attendanceSummary(
      meetingWith(rollCall(members, 34)),
      members,
    );
    expect(summary.conditions.rateAboveThreshold.met).toBe(false);
  });

  it('R-ATT-2 just above (35/41 ≈ 85.37%) passes', () => {
    const members = officials(41);
    const summary = attendanceSummary(
      meetingWith(rollCall(members, 35)),
      members,
      { history: [] },
    );
    expect(summary.conditions.rateAboveThreshold.met).toBe(true);
    expect(summary.meetsQualityConditions).toBe(true);
  });

  it('R-ATT-2 18/20 passes, 16/20 fails', () => {
    const members = officials(20);
    expect(
      attendanceSummary(meetingWith(rollCall(members, 18)), members).conditions
        .rateAboveThreshold.met,
    ).toBe(true);
    expect(
      attendanceSummary(meetingWith(rollCall(members, 16)), members).conditions
        .rateAboveThreshold.met,
    ).toBe(false);
  });

  it('R-ATT-2 the condition is exactly 100·present > 85·expected for every count', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((n) =>
            fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n })),
          ),
        ([n, p]) => {
          const members = officials(n);
          const summary = attendanceSummary(
            meetingWith(rollCall(members, p)),
            members,
          );
          expect(summary.rate).toEqual({
            present: p,
            expected: n,
            value: p / n,
          });
          expect(summary.conditions.rateAboveThreshold.met).toBe(
            100 * p > 85 * n,
          );
        },
      ),
    );
  });
});

describe('R-ATT-2 second condition: nobody absent without reason', () => {
  it('R-ATT-2 one unexcused absence fails it, naming the member', () => {
    const members = officials(20);
    const lines = rollCall(members, 20);
    lines[19] = { memberId: 'm20', status: 'absent-unexcused' };
    const summary = attendanceSummary(meetingWith(lines), members);
    expect(summary.conditions.rateAboveThreshold.met).toBe(true);
    expect(summary.conditions.noUnexcusedAbsence).toEqual({
      met: false,
      memberIds: ['m20'],
    });
    expect(summary.absentUnexcused).toEqual([
      { memberId: 'm20', name: 'Đảng viên m20' },
    ]);
    // Without history the streak is unknown, but a failed condition decides.
    expect(summary.meetsQualityConditions).toBe(false);
  });

  it('R-ATT-2 an unexcused absence of a member not expected does not count', () => {
    const members = [member('a'), member('e', { exempt: true })];
    const summary = attendanceSummary(
      meetingWith([
        { memberId: 'a', status: 'present' },
        { memberId: 'e', status: 'absent-unexcused' },
      ]),
      members,
    );
    expect(summary.conditions.noUnexcusedAbsence.met).toBe(true);
  });

  it('R-ATT-2 an expected member with no roll-call line makes it unknown', () => {
    const members = officials(10);
    const summary = attendanceSummary(
      meetingWith(rollCall(members.slice(0, 9), 9)),
      members,
      { history: [] },
    );
    expect(summary.unrecorded).toEqual(['m10']);
    expect(summary.conditions.rateAboveThreshold.met).toBe(true);
    expect(summary.conditions.noUnexcusedAbsence.met).toBeNull();
    expect(summary.meetsQualityConditions).toBeNull();
  });

  it('R-ATT-1 with lines missing, the rate condition waits for them unless already decided', () => {
    const members = officials(20);
    const at = (present: number, recorded: number) =>
      attendanceSummary(
        meetingWith(rollCall(members.slice(0, recorded), present)),
        members,
      ).conditions.rateAboveThreshold.met;
    // 17 present and 3 unrecorded: 17/20 is not above 85%, 20/20 would be.
    expect(at(17, 17)).toBeNull();
    // 17 present, 1 absent, 2 unrecorded: still undecided (19/20 possible).
    expect(at(17, 18)).toBeNull();
    // 18 present already: above 85% whatever the rest.
    expect(at(18, 18)).toBe(true);
    // 15 present, 3 absent, 2 unrecorded: 17/20 at best, so already failed.
    expect(at(15, 18)).toBe(false);
  });
});

describe('R-ATT-2 third condition: no more than 3 excused absences in a row in the calendar year', () => {
  const otherIds = ['b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const members = [member('a'), ...otherIds.map((id) => member(id))];
  const others = otherIds.map(
    (memberId): Line => ({ memberId, status: 'present' }),
  );
  const awayOf = (memberId: string): Line => ({
    memberId,
    status: 'absent-excused',
  });
  const presentOf = (memberId: string): Line => ({
    memberId,
    status: 'present',
  });
  const at = (month: number, year = 2027) =>
    `${year}-${String(month).padStart(2, '0')}-09T19:30:00+07:00`;
  // 'a' is away at every meeting unless told otherwise; with 7 of 8 present
  // (87.5%) and nobody unexcused, the streak alone decides the verdict.
  const meetingOf = (month: number, year = 2027, line = awayOf('a')) =>
    meetingWith([line, ...others], at(month, year), `sh-${year}-${month}`);

  it('R-ATT-2 absent with reason 4 times in a row (3 earlier + this one) fails', () => {
    const history = [meetingOf(1), meetingOf(2), meetingOf(3)];
    const summary = attendanceSummary(meetingOf(4), members, { history });
    const streak = summary.conditions.noLongExcusedStreak;
    expect(streak.met).toBe(false);
    expect(streak.memberIds).toEqual(['a']);
    expect(streak.maxInRow).toBe(3);
    expect(streak.streaks).toEqual([
      {
        memberId: 'a',
        length: 4,
        meetingIds: ['sh-2027-1', 'sh-2027-2', 'sh-2027-3', 'sh-2027-4'],
      },
    ]);
    expect(summary.meetsQualityConditions).toBe(false);
  });

  it('R-ATT-2 absent with reason 3 times in a row passes', () => {
    const history = [meetingOf(1), meetingOf(2)];
    const summary = attendanceSummary(meetingOf(3), members, { history });
    expect(summary.conditions.noLongExcusedStreak).toMatchObject({
      met: true,
      memberIds: [],
      streaks: [],
    });
    expect(summary.conditions.rateAboveThreshold.met).toBe(true);
    expect(summary.meetsQualityConditions).toBe(true);
  });

  it('R-ATT-2 history order does not matter: meetings are taken by date', () => {
    const history = [meetingOf(3), meetingOf(1), meetingOf(2)];
    const summary = attendanceSummary(meetingOf(4), members, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(false);
  });

  it("R-ATT-2 meetings of the previous year don't count", () => {
    const history = [
      meetingOf(10, 2026),
      meetingOf(11, 2026),
      meetingOf(12, 2026),
      meetingOf(1),
      meetingOf(2),
    ];
    const summary = attendanceSummary(meetingOf(3), members, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(true);
  });

  it('R-ATT-2 / R-TIME-1 the year is the Viet Nam year: 2026-12-31T17:30Z is 1 January 2027', () => {
    const newYear = meetingWith(
      [awayOf('a'), ...others],
      '2026-12-31T17:30:00Z',
      'sh-new-year',
    );
    const history = [newYear, meetingOf(2), meetingOf(3)];
    const summary = attendanceSummary(meetingOf(4), members, { history });
    expect(
      summary.conditions.noLongExcusedStreak.streaks[0]?.meetingIds,
    ).toEqual(['sh-new-year', 'sh-2027-2', 'sh-2027-3', 'sh-2027-4']);
    expect(summary.conditions.noLongExcusedStreak.met).toBe(false);
  });

  it('R-ATT-2 meetings after this one are ignored', () => {
    const history = [meetingOf(1), meetingOf(2), meetingOf(4), meetingOf(5)];
    const summary = attendanceSummary(meetingOf(3), members, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(true);
  });

  it('R-ATT-2 the current meeting in history is not counted twice', () => {
    const current = meetingOf(3);
    const history = [meetingOf(1), meetingOf(2), current];
    const summary = attendanceSummary(current, members, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(true);
  });

  it('R-ATT-2 a meeting attended breaks the run', () => {
    const history = [
      meetingOf(1),
      meetingOf(2),
      meetingOf(3, 2027, presentOf('a')),
      meetingOf(4),
      meetingOf(5),
    ];
    const summary = attendanceSummary(meetingOf(6), members, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(true);
  });

  it('R-ATT-2 a run of 4 earlier in the year still breaks the condition later that year', () => {
    const history = [
      meetingOf(1),
      meetingOf(2),
      meetingOf(3),
      meetingOf(4),
      meetingOf(5, 2027, presentOf('a')),
    ];
    const summary = attendanceSummary(
      meetingOf(6, 2027, presentOf('a')),
      members,
      { history },
    );
    expect(summary.conditions.noLongExcusedStreak.met).toBe(false);
    expect(summary.conditions.noLongExcusedStreak.streaks[0]?.length).toBe(4);
  });

  it('R-ATT-2 members not expected (exempt) are not followed', () => {
    const exemptA = [
      member('a', { exempt: true }),
      ...otherIds.map((id) => member(id)),
    ];
    const history = [meetingOf(1), meetingOf(2), meetingOf(3)];
    const summary = attendanceSummary(meetingOf(4), exemptA, { history });
    expect(summary.conditions.noLongExcusedStreak.met).toBe(true);
  });

  it('R-ATT-2 without history the streak is null; the verdict is null unless another condition failed', () => {
    const good = officials(4);
    const allPresent = attendanceSummary(meetingWith(rollCall(good, 4)), good);
    expect(allPresent.conditions.noLongExcusedStreak.met).toBeNull();
    expect(allPresent.conditions.noLongExcusedStreak.streaks).toEqual([]);
    expect(allPresent.meetsQualityConditions).toBeNull();

    const lowRate = attendanceSummary(meetingWith(rollCall(good, 3)), good);
    expect(lowRate.conditions.noLongExcusedStreak.met).toBeNull();
    expect(lowRate.meetsQualityConditions).toBe(false);
  });
});

describe('R-SET-1 attendance records its rule set', () => {
  it('R-SET-1 by date, or pinned', () => {
    const members = officials(2);
    expect(
      attendanceSummary(
        meetingWith(rollCall(members, 2), '2025-10-27T19:30:00+07:00'),
        members,
      ).ruleSet,
    ).toBe('HD12-2018');
    expect(
      attendanceSummary(
        meetingWith(rollCall(members, 2), '2025-10-28T19:30:00+07:00'),
        members,
      ).ruleSet,
    ).toBe('HD42-2025');
    expect(
      attendanceSummary(meetingWith(rollCall(members, 2)), members, {
        ruleSet: 'HD12-2018',
      }).ruleSet,
    ).toBe('HD12-2018');
  });
});

describe('R-SET-1 attendance names the guidance it applied (R-ATT-1, R-ATT-2)', () => {
  const members = officials(2);
  const on = (scheduledAt: string, ruleSet?: 'HD12-2018' | 'HD42-2025') =>
    attendanceSummary(
      meetingWith(rollCall(members, 2), scheduledAt),
      members,
      ruleSet ? { ruleSet } : {},
    ).texts;

  it('R-ATT-1 2025-10-27 is judged by 12-HD/BTCTW, 2025-10-28 by 42-HD/BTCTW', () => {
    expect(on('2025-10-27T19:30:00+07:00')).toEqual(['12-HD/BTCTW']);
    expect(on('2025-10-28T19:30:00+07:00')).toEqual(['42-HD/BTCTW']);
    // 2025-10-27T17:00Z is already 28 October in Viet Nam (R-TIME-1).
    expect(on('2025-10-27T17:00:00Z')).toEqual(['42-HD/BTCTW']);
  });

  it('R-ATT-2 a pinned rule set names its own guidance, whatever the date', () => {
    expect(on('2027-03-09T19:30:00+07:00', 'HD12-2018')).toEqual([
      '12-HD/BTCTW',
    ]);
    expect(on('2025-08-12T19:30:00+07:00', 'HD42-2025')).toEqual([
      '42-HD/BTCTW',
    ]);
  });
});
