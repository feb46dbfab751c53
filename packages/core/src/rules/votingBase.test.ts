import { marchRecord } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getVotingBaseExclusion,
  parseMeeting,
  parseMeetingRecord,
  parseMembers,
  recordVotingBase,
  votingBase,
} from '../index';
import type { AttendanceStatus } from '../schemas';
import { member } from '../testSupport/members';

type Line = { memberId: string; status: AttendanceStatus };

const meetingWith = (
  attendance: Line[],
  scheduledAt = '2027-03-09T19:30:00+07:00',
) =>
  parseMeeting({
    id: 'sh-test',
    cellId: 'c1',
    kind: 'regular',
    scheduledAt,
    place: 'Nhà văn hóa thôn',
    attendance: attendance.map((line) =>
      line.status === 'absent-excused' ? { ...line, reason: 'Ốm' } : line,
    ),
  });

const present = (...ids: string[]): Line[] =>
  ids.map((memberId) => ({ memberId, status: 'present' }));

describe('R-VOTE-1 voting base: the scenario (Chi bộ thôn Trang Nùng, March 2027)', () => {
  const record = parseMeetingRecord(marchRecord);
  const base = votingBase(record.meeting, record.members);

  it('R-VOTE-1 (v2, 294-QĐ/TW) is 13: 14 official, less Páo (exempt, absent); Mai, absent with a reason, counts', () => {
    expect(base.size).toBe(13);
    expect(base.reading).toBe('convened');
    expect(base.texts).toEqual(['294-QĐ/TW 9.3.2']);
    expect(base.memberIds).toContain('m05');
    expect(base.excluded).toEqual(
      expect.arrayContaining([{ memberId: 'm14', reason: 'exempt-absent' }]),
    );
    expect(base.excluded.map((e) => e.memberId)).not.toContain('m05');
  });

  it('R-VOTE-1 under the 24-QĐ/TW reading, pinned, it is 12: Mai (absent with reason) is out too', () => {
    const old = votingBase(record.meeting, record.members, {
      charter: '24-QĐ/TW',
    });
    expect(old.reading).toBe('absent-excused-out');
    expect(old.texts).toEqual(['24-QĐ/TW 9.3.2']);
    expect(old.size).toBe(12);
    expect(old.memberIds).toEqual([
      'm01',
      'm02',
      'm03',
      'm04',
      'm06',
      'm07',
      'm08',
      'm09',
      'm10',
      'm11',
      'm12',
      'm13',
    ]);
    expect(old.excluded).toEqual(
      expect.arrayContaining([
        { memberId: 'm05', reason: 'absent-excused' },
        { memberId: 'm14', reason: 'exempt-absent' },
      ]),
    );
  });

  it('R-VOTE-1 (v2) the date decides: 2025-06-30 reads 232-QĐ/TW (12), 2025-07-01 reads 294-QĐ/TW (13)', () => {
    const on = (scheduledAt: string) =>
      votingBase({ ...record.meeting, scheduledAt }, record.members);
    expect(on('2025-06-30T19:30:00+07:00')).toMatchObject({
      size: 12,
      reading: 'absent-excused-out',
      texts: ['232-QĐ/TW 9.3.2'],
    });
    expect(on('2025-07-01T19:30:00+07:00')).toMatchObject({
      size: 13,
      reading: 'convened',
      texts: ['294-QĐ/TW 9.3.2'],
    });
    // 2025-06-30T17:00Z is already 1 July in Viet Nam (R-TIME-1).
    expect(on('2025-06-30T17:00:00Z').size).toBe(13);
  });

  it("R-VOTE-1 DOMAIN's worked example: 20 official and 2 probationary, 3 away on business, 17 present: the base is 20, not 17", () => {
    const members = [
      ...Array.from({ length: 20 }, (_, i) => member(`o${i}`)),
      member('p1', { standing: 'probationary' }),
      member('p2', { standing: 'probationary' }),
    ];
    const lines: Line[] = [
      ...present(...Array.from({ length: 17 }, (_, i) => `o${i}`), 'p1', 'p2'),
      ...['o17', 'o18', 'o19'].map((memberId) => ({
        memberId,
        status: 'absent-excused' as const,
      })),
    ];
    expect(votingBase(meetingWith(lines), members).size).toBe(20);
    expect(
      votingBase(meetingWith(lines, '2025-06-30T19:30:00+07:00'), members).size,
    ).toBe(17);
  });

  it("R-VOTE-1 recordVotingBase reads the cell's own reading (cell.votingBase)", () => {
    expect(recordVotingBase(record).size).toBe(13);
    expect(
      recordVotingBase({
        ...record,
        cell: { ...record.cell, votingBase: { charter: '24-QĐ/TW' } },
      }).size,
    ).toBe(12);
  });

  it('R-VOTE-1 is not the members present: 15 present but the base is 13', () => {
    const presentCount = record.meeting.attendance.filter(
      (a) => a.status === 'present',
    ).length;
    expect(presentCount).toBe(15);
    expect(base.size).not.toBe(presentCount);
  });

  it('R-CELL-2 leaves the 3 present probationary members out', () => {
    for (const id of ['m15', 'm16', 'm17']) {
      expect(base.memberIds).not.toContain(id);
      expect(base.excluded).toContainEqual({
        memberId: id,
        reason: 'probationary',
      });
    }
  });

  it('R-SET-1 records the rule set of 2027 (HD42-2025) and the rule', () => {
    expect(base.rule).toBe('R-VOTE-1');
    expect(base.ruleSet).toBe('HD42-2025');
    expect(base.unrecorded).toEqual([]);
  });
});

describe('R-VOTE-1 voting base: who is in and who is out', () => {
  it('R-CELL-2 a probationary member is never in the base, even present', () => {
    const members = [
      member('a'),
      member('p', { standing: 'probationary', admittedOn: '2026-08-19' }),
    ];
    const base = votingBase(meetingWith(present('a', 'p')), members);
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([{ memberId: 'p', reason: 'probationary' }]);
  });

  it('R-CELL-2 a probationary member stays out even with temporaryInVotes', () => {
    const members = [
      member('p', { standing: 'probationary', attachment: 'temporary-in' }),
    ];
    const base = votingBase(meetingWith(present('p')), members, {
      temporaryInVotes: true,
    });
    expect(base.size).toBe(0);
    expect(base.excluded).toEqual([{ memberId: 'p', reason: 'probationary' }]);
  });

  it('R-CELL-3 a temporary-in member is out of the base by default', () => {
    const members = [member('a'), member('t', { attachment: 'temporary-in' })];
    const base = votingBase(meetingWith(present('a', 't')), members);
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([{ memberId: 't', reason: 'temporary-in' }]);
  });

  it('R-CELL-3 a temporary-in member is in the base with the temporaryInVotes option', () => {
    const members = [member('a'), member('t', { attachment: 'temporary-in' })];
    const base = votingBase(meetingWith(present('a', 't')), members, {
      temporaryInVotes: true,
    });
    expect(base.memberIds).toEqual(['a', 't']);
    expect(base.size).toBe(2);
    expect(base.excluded).toEqual([]);
  });

  it("R-CELL-3 recordVotingBase takes the cell's setting; an option overrides it", () => {
    const members = [member('a'), member('t', { attachment: 'temporary-in' })];
    const meeting = meetingWith(present('a', 't'));
    const record = (temporaryInVotes?: boolean) => ({
      cell: { temporaryInVotes },
      meeting,
      members,
    });
    expect(recordVotingBase(record()).memberIds).toEqual(['a']);
    expect(recordVotingBase(record(false)).memberIds).toEqual(['a']);
    expect(recordVotingBase(record(true)).memberIds).toEqual(['a', 't']);
    expect(
      recordVotingBase(record(true), { temporaryInVotes: false }).memberIds,
    ).toEqual(['a']);
  });

  it('R-CELL-3 temporaryInVotes: false explicitly keeps them out', () => {
    const members = [member('t', { attachment: 'temporary-in' })];
    const base = votingBase(meetingWith(present('t')), members, {
      temporaryInVotes: false,
    });
    expect(base.size).toBe(0);
  });

  it('R-VOTE-1 a temporary-out member is out, even if recorded present', () => {
    const members = [member('a'), member('o', { attachment: 'temporary-out' })];
    const base = votingBase(meetingWith(present('a', 'o')), members);
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([{ memberId: 'o', reason: 'temporary-out' }]);
  });

  it('R-VOTE-1 an exempt member who attends IS in the base', () => {
    const members = [member('a'), member('e', { exempt: true })];
    const base = votingBase(meetingWith(present('a', 'e')), members);
    expect(base.memberIds).toEqual(['a', 'e']);
    expect(base.size).toBe(2);
  });

  it('R-VOTE-1 an exempt member who is absent (with or without reason, or not on the roll) is out', () => {
    const members = [
      member('a'),
      member('e1', { exempt: true }),
      member('e2', { exempt: true }),
      member('e3', { exempt: true }),
    ];
    const base = votingBase(
      meetingWith([
        ...present('a'),
        { memberId: 'e1', status: 'absent-excused' },
        { memberId: 'e2', status: 'absent-unexcused' },
      ]),
      members,
    );
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([
      { memberId: 'e1', reason: 'exempt-absent' },
      { memberId: 'e2', reason: 'exempt-absent' },
      { memberId: 'e3', reason: 'exempt-absent' },
    ]);
  });

  it('R-VOTE-1 / R-ATT-1 (24-QĐ/TW) a member on special duty who is absent, or has no line, is out; present, in', () => {
    const members = [
      member('a'),
      member('d1', { specialDuty: true }),
      member('d2', { specialDuty: true }),
      member('d3', { specialDuty: true }),
    ];
    const base = votingBase(
      meetingWith([
        ...present('a', 'd1'),
        { memberId: 'd2', status: 'absent-unexcused' },
      ]),
      members,
      { charter: '24-QĐ/TW' },
    );
    // d3 needs no roll-call line (R-ATT-1) and is not left "unrecorded" in
    // the base, which would raise every threshold.
    expect(base.memberIds).toEqual(['a', 'd1']);
    expect(base.unrecorded).toEqual([]);
    expect(base.excluded).toEqual([
      { memberId: 'd2', reason: 'special-duty-absent' },
      { memberId: 'd3', reason: 'special-duty-absent' },
    ]);
  });

  it('R-VOTE-1 a member absent without reason stays in the base', () => {
    const members = [member('a'), member('u')];
    const base = votingBase(
      meetingWith([
        ...present('a'),
        { memberId: 'u', status: 'absent-unexcused' },
      ]),
      members,
    );
    expect(base.memberIds).toEqual(['a', 'u']);
    expect(base.excluded).toEqual([]);
  });

  it('R-VOTE-1 (24-QĐ/TW) a member absent with an accepted reason is out', () => {
    const members = [member('a'), member('x')];
    const base = votingBase(
      meetingWith(
        [...present('a'), { memberId: 'x', status: 'absent-excused' }],
        '2025-06-30T19:30:00+07:00',
      ),
      members,
    );
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([
      { memberId: 'x', reason: 'absent-excused' },
    ]);
  });

  it('R-VOTE-1 (v2, 294-QĐ/TW) a member absent with a reason, or on special duty and absent, counts', () => {
    const members = [
      member('a'),
      member('x'),
      member('d', { specialDuty: true }),
    ];
    const base = votingBase(
      meetingWith([
        ...present('a'),
        { memberId: 'x', status: 'absent-excused' },
      ]),
      members,
    );
    expect(base.memberIds).toEqual(['a', 'x', 'd']);
    expect(base.excluded).toEqual([]);
  });

  it('R-VOTE-1 (v2, [open]) suspended and prosecuted members are not convened by default; suspendedConvened counts them', () => {
    const members = [
      member('a'),
      member('s', { suspended: true }),
      member('l', { legalProceedings: 'detained' }),
    ];
    const meeting = meetingWith(present('a', 's'));
    expect(votingBase(meeting, members).memberIds).toEqual(['a']);
    expect(
      votingBase(meeting, members, { suspendedConvened: true }).memberIds,
    ).toEqual(['a', 's', 'l']);
    // Under 24-QĐ/TW they are out whatever the option says.
    expect(
      votingBase(meeting, members, {
        suspendedConvened: true,
        charter: '24-QĐ/TW',
      }).memberIds,
    ).toEqual(['a']);
  });

  it('R-VOTE-1 a suspended member is out, even if present', () => {
    const members = [member('a'), member('s', { suspended: true })];
    const base = votingBase(meetingWith(present('a', 's')), members);
    expect(base.memberIds).toEqual(['a']);
    expect(base.excluded).toEqual([{ memberId: 's', reason: 'suspended' }]);
  });

  it.each(['prosecuted', 'indicted', 'detained'] as const)(
    'R-VOTE-1 a member %s is out, even if present',
    (proceedings) => {
      const members = [
        member('a'),
        member('l', { legalProceedings: proceedings }),
      ];
      const base = votingBase(meetingWith(present('a', 'l')), members);
      expect(base.memberIds).toEqual(['a']);
      expect(base.excluded).toEqual([
        { memberId: 'l', reason: 'legal-proceedings' },
      ]);
    },
  );

  it('R-VOTE-1 a member with no roll-call line yet stays in the base and is listed as unrecorded', () => {
    const members = [member('a'), member('n')];
    const base = votingBase(meetingWith(present('a')), members);
    expect(base.memberIds).toEqual(['a', 'n']);
    expect(base.unrecorded).toEqual(['n']);
  });

  it('R-SET-1 records the rule set chosen by date, or the pinned one', () => {
    const members = [member('a')];
    expect(
      votingBase(
        meetingWith(present('a'), '2025-10-27T19:30:00+07:00'),
        members,
      ).ruleSet,
    ).toBe('HD12-2018');
    expect(
      votingBase(
        meetingWith(present('a'), '2025-10-28T19:30:00+07:00'),
        members,
      ).ruleSet,
    ).toBe('HD42-2025');
    expect(
      votingBase(meetingWith(present('a')), members, { ruleSet: 'HD12-2018' })
        .ruleSet,
    ).toBe('HD12-2018');
  });

  it('R-VOTE-1 getVotingBaseExclusion gives the first applicable reason', () => {
    expect(
      getVotingBaseExclusion(
        member('x', { exempt: true, suspended: true }),
        'present',
      ),
    ).toBe('suspended');
    expect(
      getVotingBaseExclusion(member('x', { exempt: true }), 'present'),
    ).toBeUndefined();
    expect(getVotingBaseExclusion(member('x'), undefined)).toBe(undefined);
    expect(getVotingBaseExclusion(member('x'), 'absent-excused')).toBe(
      undefined,
    );
    expect(
      getVotingBaseExclusion(member('x'), 'absent-excused', {
        reading: 'absent-excused-out',
      }),
    ).toBe('absent-excused');
  });
});

// ---------------------------------------------------------------- properties

const statusArb = fc.option(
  fc.constantFrom<AttendanceStatus>(
    'present',
    'absent-excused',
    'absent-unexcused',
  ),
  { nil: undefined },
);

const memberSpecArb = fc.record({
  standing: fc.constantFrom('official', 'probationary'),
  exempt: fc.boolean(),
  attachment: fc.constantFrom('regular', 'temporary-in', 'temporary-out'),
  suspended: fc.boolean(),
  specialDuty: fc.boolean(),
  legalProceedings: fc.option(
    fc.constantFrom('prosecuted', 'indicted', 'detained'),
    { nil: undefined },
  ),
  status: statusArb,
});

const cellArb = fc.record({
  specs: fc.array(memberSpecArb, { minLength: 0, maxLength: 25 }),
  temporaryInVotes: fc.option(fc.boolean(), { nil: undefined }),
  suspendedConvened: fc.option(fc.boolean(), { nil: undefined }),
  // Both sides of 294-QĐ/TW's first day (R-VOTE-1 v2).
  scheduledAt: fc.constantFrom(
    '2025-06-30T19:30:00+07:00',
    '2025-07-01T19:30:00+07:00',
    '2027-03-09T19:30:00+07:00',
  ),
});

type MemberSpec =
  typeof memberSpecArb extends fc.Arbitrary<infer T> ? T : never;

function build(specs: MemberSpec[], scheduledAt?: string) {
  const members = parseMembers(
    specs.map(({ status: _status, ...spec }, i) => ({
      id: `m${i}`,
      name: `Đảng viên ${i}`,
      ...spec,
    })),
  );
  const lines = specs.flatMap((spec, i): Line[] =>
    spec.status ? [{ memberId: `m${i}`, status: spec.status }] : [],
  );
  return { members, meeting: meetingWith(lines, scheduledAt) };
}

describe('R-VOTE-1 voting base: properties', () => {
  it('R-CELL-2 / R-VOTE-1 the base never contains a probationary or temporary-out member', () => {
    fc.assert(
      fc.property(cellArb, ({ specs, temporaryInVotes }) => {
        const { members, meeting } = build(specs);
        const base = votingBase(meeting, members, { temporaryInVotes });
        const byId = new Map(members.map((m) => [m.id, m]));
        for (const id of base.memberIds) {
          const m = byId.get(id);
          expect(m?.standing).toBe('official');
          expect(m?.attachment).not.toBe('temporary-out');
          if (!temporaryInVotes) expect(m?.attachment).not.toBe('temporary-in');
        }
      }),
    );
  });

  it('R-VOTE-1 base size + excluded count = member count, and they partition the members', () => {
    fc.assert(
      fc.property(cellArb, ({ specs, temporaryInVotes }) => {
        const { members, meeting } = build(specs);
        const base = votingBase(meeting, members, { temporaryInVotes });
        expect(base.size).toBe(base.memberIds.length);
        expect(base.size + base.excluded.length).toBe(members.length);
        const all = [
          ...base.memberIds,
          ...base.excluded.map((e) => e.memberId),
        ];
        expect(new Set(all)).toEqual(new Set(members.map((m) => m.id)));
      }),
    );
  });

  it('R-VOTE-1 membership matches an independent reading of the rule, on both sides of 2025-07-01', () => {
    fc.assert(
      fc.property(
        cellArb,
        ({ specs, temporaryInVotes, suspendedConvened, scheduledAt }) => {
          const { members, meeting } = build(specs, scheduledAt);
          const base = votingBase(meeting, members, {
            temporaryInVotes,
            suspendedConvened,
          });
          const under294 = scheduledAt >= '2025-07-01';
          const expected = specs
            .map((s, i) => ({ ...s, id: `m${i}` }))
            .filter((s) => {
              const always =
                s.standing === 'official' &&
                (s.attachment === 'regular' ||
                  (s.attachment === 'temporary-in' &&
                    temporaryInVotes === true)) &&
                (!s.exempt || s.status === 'present');
              const notSuspended =
                !s.suspended && s.legalProceedings === undefined;
              if (under294)
                // 294-QĐ/TW: the official members convened.
                return always && (notSuspended || suspendedConvened === true);
              // 24/232-QĐ/TW: also out when suspended or prosecuted, on special
              // duty and absent (not expected, R-ATT-1), absent with a reason.
              return (
                always &&
                notSuspended &&
                (!s.specialDuty || s.status === 'present') &&
                s.status !== 'absent-excused'
              );
            })
            .map((s) => s.id);
          expect(base.memberIds).toEqual(expected);
        },
      ),
    );
  });
});
