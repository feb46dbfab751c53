import {
  cell as scenarioCell,
  members as scenarioMembers,
} from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CELL_COMMITTEE_THRESHOLD,
  checkComposition,
  type Member,
  MIN_CELL_COMMITTEE_SIZE,
  MIN_OFFICIAL_MEMBERS,
  parseCell,
  parseMembers,
} from '../index';
import type { MemberRole } from '../schemas';
import { member } from '../testSupport/members';

const cell = parseCell(scenarioCell);

/** `n` official members; the first holds `roles[0]`, the second `roles[1]`… */
const officials = (n: number, roles: MemberRole[] = ['secretary']): Member[] =>
  Array.from({ length: n }, (_, i) =>
    member(`m${i + 1}`, roles[i] ? { roles: [roles[i]] } : {}),
  );

const codes = (members: readonly Member[], at?: string) =>
  checkComposition(cell, members, at ? { at } : {}).findings.map((f) => f.code);

describe('R-CELL-1 composition: the scenario cell', () => {
  it('R-CELL-1 Trang Nùng (14 official, one exempt) with a chi ủy of three is valid', () => {
    const verdict = checkComposition(cell, parseMembers(scenarioMembers), {
      at: '2027-03-09',
    });
    expect(verdict).toMatchObject({
      rule: 'R-CELL-1',
      ruleSet: 'HD42-2025',
      valid: true,
      officialCount: 14,
      probationaryCount: 3,
      exemptCount: 1,
      temporaryInCount: 0,
      requiresCellCommittee: true,
      secretaryIds: ['m01'],
      deputySecretaryIds: ['m02'],
      cellCommitteeIds: ['m01', 'm02', 'm03'],
      findings: [],
    });
  });

  it('R-CELL-1 the same cell with no roles at all must have a chi ủy and a bí thư', () => {
    const noRoles = parseMembers(
      scenarioMembers.map((m) => ({ ...m, roles: [] })),
    );
    const verdict = checkComposition(cell, noRoles, { at: '2027-03-09' });
    expect(verdict.valid).toBe(false);
    expect(verdict.cellCommitteeIds).toEqual([]);
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        rule: 'R-CELL-1',
        code: 'cell-committee-required',
        severity: 'error',
      }),
    );
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        rule: 'R-CELL-1',
        code: 'secretary-missing',
        severity: 'error',
      }),
    );
    const required = verdict.findings.find(
      (f) => f.code === 'cell-committee-required',
    );
    expect(required?.message.vi).toContain('chi ủy');
    expect(required?.message.en).toContain('14');
  });
});

describe('R-CELL-1 the chi ủy threshold: 9 official members', () => {
  it('R-CELL-1 constants', () => {
    expect(MIN_OFFICIAL_MEMBERS).toBe(3);
    expect(CELL_COMMITTEE_THRESHOLD).toBe(9);
    expect(MIN_CELL_COMMITTEE_SIZE).toBe(3);
  });

  it('R-CELL-1 9 official members require a chi ủy: a bí thư alone is not enough', () => {
    const verdict = checkComposition(cell, officials(9));
    expect(verdict.requiresCellCommittee).toBe(true);
    expect(verdict.valid).toBe(false);
    expect(verdict.findings.map((f) => f.code)).toEqual([
      'cell-committee-required',
    ]);
  });

  it('R-CELL-1 8 official members do not: a bí thư alone is valid', () => {
    const verdict = checkComposition(cell, officials(8));
    expect(verdict.requiresCellCommittee).toBe(false);
    expect(verdict.valid).toBe(true);
    expect(verdict.findings).toEqual([]);
  });

  it('R-CELL-1 8 official members with a bí thư and a phó bí thư are valid', () => {
    const verdict = checkComposition(
      cell,
      officials(8, ['secretary', 'deputy-secretary']),
    );
    expect(verdict.valid).toBe(true);
    expect(verdict.deputySecretaryIds).toEqual(['m2']);
  });

  it('R-CELL-1 9 official members with a chi ủy of three are valid', () => {
    const verdict = checkComposition(
      cell,
      officials(9, ['secretary', 'deputy-secretary', 'committee-member']),
    );
    expect(verdict.valid).toBe(true);
    expect(verdict.cellCommitteeIds).toEqual(['m1', 'm2', 'm3']);
  });

  it('R-CELL-1 9 official members with only two post holders are not', () => {
    expect(codes(officials(9, ['secretary', 'deputy-secretary']))).toContain(
      'cell-committee-required',
    );
  });

  it('R-CELL-1 exempt members count toward the đảng số: 8 active + 1 exempt = 9', () => {
    const members = [...officials(8), member('e', { exempt: true })];
    const verdict = checkComposition(cell, members);
    expect(verdict.officialCount).toBe(9);
    expect(verdict.exemptCount).toBe(1);
    expect(verdict.requiresCellCommittee).toBe(true);
    expect(verdict.findings.map((f) => f.code)).toContain(
      'cell-committee-required',
    );
  });

  it('R-CELL-2 probationary members do not count: 8 official + 3 probationary need no chi ủy', () => {
    const members = [
      ...officials(8),
      member('p1', { standing: 'probationary' }),
      member('p2', { standing: 'probationary' }),
      member('p3', { standing: 'probationary' }),
    ];
    const verdict = checkComposition(cell, members);
    expect(verdict.officialCount).toBe(8);
    expect(verdict.probationaryCount).toBe(3);
    expect(verdict.requiresCellCommittee).toBe(false);
  });

  it('R-CELL-3 members attached temporarily from elsewhere do not count', () => {
    const members = [
      ...officials(8),
      member('t', { attachment: 'temporary-in' }),
    ];
    const verdict = checkComposition(cell, members);
    expect(verdict.officialCount).toBe(8);
    expect(verdict.temporaryInCount).toBe(1);
    expect(verdict.requiresCellCommittee).toBe(false);
  });

  it('R-CELL-1 a chi ủy viên in a cell under 9 is a warning, not an error', () => {
    const verdict = checkComposition(
      cell,
      officials(5, ['secretary', 'committee-member']),
    );
    expect(verdict.valid).toBe(true);
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        rule: 'R-CELL-1',
        code: 'cell-committee-not-allowed',
        severity: 'warning',
        memberIds: ['m2'],
      }),
    ]);
  });
});

describe('R-CELL-1 at least 3 official members', () => {
  it('R-CELL-1 2 official members (and 2 probationary) are too few', () => {
    const members = [
      ...officials(2),
      member('p1', { standing: 'probationary' }),
      member('p2', { standing: 'probationary' }),
    ];
    const verdict = checkComposition(cell, members);
    expect(verdict.valid).toBe(false);
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        rule: 'R-CELL-1',
        code: 'too-few-official-members',
        severity: 'error',
      }),
    );
  });

  it('R-CELL-1 3 official members are enough, even when one is exempt', () => {
    const members = [...officials(2), member('e', { exempt: true })];
    const verdict = checkComposition(cell, members);
    expect(verdict.valid).toBe(true);
    expect(verdict.findings).toEqual([]);
  });

  it('R-CELL-1 no members at all: too few, and no bí thư', () => {
    expect(codes([])).toEqual([
      'too-few-official-members',
      'secretary-missing',
    ]);
  });
});

describe('R-CELL-1 leadership', () => {
  it('R-CELL-1 a cell with no bí thư is invalid', () => {
    expect(codes(officials(4, []))).toEqual(['secretary-missing']);
  });

  it('R-CELL-1 two bí thư are invalid, naming both', () => {
    const verdict = checkComposition(
      cell,
      officials(4, ['secretary', 'secretary']),
    );
    expect(verdict.valid).toBe(false);
    expect(verdict.findings).toEqual([
      expect.objectContaining({
        code: 'several-secretaries',
        memberIds: ['m1', 'm2'],
      }),
    ]);
  });

  it('R-CELL-2 a probationary member cannot hold a post', () => {
    const members = [
      ...officials(3),
      member('p', { standing: 'probationary', roles: ['deputy-secretary'] }),
    ];
    const verdict = checkComposition(cell, members);
    expect(verdict.valid).toBe(false);
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        rule: 'R-CELL-2',
        code: 'leader-not-official',
        memberIds: ['p'],
      }),
    );
  });

  it('R-CELL-1 a post holder who is suspended or attached elsewhere is a warning', () => {
    const members = [
      member('m1', { roles: ['secretary'], suspended: true }),
      ...officials(3, []).map((m) => ({ ...m, id: `x${m.id}` })),
    ];
    const verdict = checkComposition(cell, members);
    expect(verdict.findings).toContainEqual(
      expect.objectContaining({
        code: 'leader-not-active-here',
        severity: 'warning',
        memberIds: ['m1'],
      }),
    );
  });
});

describe('R-CELL-2 probation lasts 12 months', () => {
  const members = [
    ...officials(3),
    member('p', { standing: 'probationary', admittedOn: '2026-08-19' }),
  ];

  it('R-CELL-2 confirmation is due on the day 12 months after admission, not the day before', () => {
    expect(codes(members, '2027-08-18')).not.toContain('confirmation-due');
    expect(codes(members, '2027-08-19')).toContain('confirmation-due');
  });

  it('R-CELL-2 without `at` the probation is not checked', () => {
    expect(codes(members)).not.toContain('confirmation-due');
  });

  it('R-CELL-2 / R-TIME-1 `at` is read as a Viet Nam date (2027-08-18T17:00Z is the 19th)', () => {
    expect(codes(members, '2027-08-18T16:59:00Z')).not.toContain(
      'confirmation-due',
    );
    expect(codes(members, '2027-08-18T17:00:00Z')).toContain(
      'confirmation-due',
    );
  });

  it('R-CELL-2 in the scenario, Khánh (admitted 2026-08-19) is due on 2027-08-19 and the others are not', () => {
    const verdict = checkComposition(cell, parseMembers(scenarioMembers), {
      at: '2027-08-19',
    });
    expect(verdict.findings).toEqual([
      expect.objectContaining({ code: 'confirmation-due', memberIds: ['m15'] }),
    ]);
  });
});

describe('R-SET-1 composition records its rule set', () => {
  it('R-SET-1 by `at`, the newest without it, or pinned', () => {
    const members = officials(3);
    expect(checkComposition(cell, members, { at: '2025-10-27' }).ruleSet).toBe(
      'HD12-2018',
    );
    expect(checkComposition(cell, members, { at: '2025-10-28' }).ruleSet).toBe(
      'HD42-2025',
    );
    expect(checkComposition(cell, members).ruleSet).toBe('HD42-2025');
    expect(
      checkComposition(cell, members, {
        at: '2027-03-09',
        ruleSet: 'HD12-2018',
      }).ruleSet,
    ).toBe('HD12-2018');
  });
});

describe('R-CELL-1 composition: properties', () => {
  const specArb = fc.record({
    standing: fc.constantFrom(
      'official',
      'official',
      'official',
      'probationary',
    ),
    exempt: fc.boolean(),
    attachment: fc.constantFrom('regular', 'temporary-in', 'temporary-out'),
  });

  it('R-CELL-1 officialCount counts own official members (exempt included); the thresholds follow it', () => {
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 24 }), (specs) => {
        const members = parseMembers(
          specs.map((s, i) => ({ id: `m${i}`, name: `Đảng viên ${i}`, ...s })),
        );
        const verdict = checkComposition(cell, members);
        const own = specs.filter(
          (s) => s.standing === 'official' && s.attachment !== 'temporary-in',
        ).length;
        expect(verdict.officialCount).toBe(own);
        expect(verdict.requiresCellCommittee).toBe(own >= 9);
        const found = verdict.findings.map((f) => f.code);
        expect(found.includes('too-few-official-members')).toBe(own < 3);
        expect(found.includes('cell-committee-required')).toBe(own >= 9);
      }),
    );
  });
});

describe('R-CELL-1 (v2, 294-QĐ/TW): one phó bí thư, a chi ủy of at most 7, from 2025-07-01', () => {
  const roles = (secretary: number, deputies: number, committee: number) =>
    [
      ...Array.from({ length: secretary }, () => 'secretary' as const),
      ...Array.from({ length: deputies }, () => 'deputy-secretary' as const),
      ...Array.from({ length: committee }, () => 'committee-member' as const),
    ] satisfies MemberRole[];

  it('R-CELL-1 two phó bí thư are an error from 2025-07-01, not on 2025-06-30', () => {
    const cell20 = officials(20, roles(1, 2, 2));
    expect(codes(cell20, '2025-06-30')).not.toContain(
      'several-deputy-secretaries',
    );
    expect(codes(cell20, '2025-07-01')).toContain('several-deputy-secretaries');
    const verdict = checkComposition(cell, cell20, { at: '2025-07-01' });
    expect(verdict.valid).toBe(false);
    expect(verdict.texts).toEqual(['Điều lệ Đảng Art. 24', '294-QĐ/TW']);
    expect(
      verdict.findings.find((f) => f.code === 'several-deputy-secretaries'),
    ).toMatchObject({
      rule: 'R-CELL-1',
      severity: 'error',
      memberIds: ['m2', 'm3'],
    });
  });

  it('R-CELL-1 a chi ủy of 8 is an error from 2025-07-01, a chi ủy of 7 is not', () => {
    expect(codes(officials(30, roles(1, 1, 5)), '2025-07-01')).not.toContain(
      'cell-committee-too-large',
    );
    const eight = officials(30, roles(1, 1, 6));
    expect(codes(eight, '2025-07-01')).toContain('cell-committee-too-large');
    expect(codes(eight, '2025-06-30')).not.toContain(
      'cell-committee-too-large',
    );
    expect(checkComposition(cell, eight, { at: '2025-06-30' }).texts).toEqual([
      'Điều lệ Đảng Art. 24',
      '232-QĐ/TW',
    ]);
  });

  it('R-CELL-1 a caller may pin the regulation; without a date the newest one applies', () => {
    const eight = officials(30, roles(1, 1, 6));
    expect(
      checkComposition(cell, eight, {
        at: '2025-06-30',
        charter: '294-QĐ/TW',
      }).findings.map((f) => f.code),
    ).toContain('cell-committee-too-large');
    expect(
      checkComposition(cell, eight, {
        at: '2027-03-09',
        charter: '24-QĐ/TW',
      }).findings.map((f) => f.code),
    ).not.toContain('cell-committee-too-large');
    expect(checkComposition(cell, eight).findings.map((f) => f.code)).toContain(
      'cell-committee-too-large',
    );
  });
});

describe('R-CELL-2 / R-ADM-1: probation runs from the ceremony when it is recorded', () => {
  it('R-CELL-2 Khánh (decision 2026-08-19, ceremony 2026-09-08) is due on 2027-09-08, not 2027-08-19', () => {
    const withCeremony = parseMembers(
      scenarioMembers.map((m) =>
        m.name === 'Lò Văn Khánh'
          ? {
              ...m,
              admittedOn: '2026-08-19',
              admissionCeremonyOn: '2026-09-08',
            }
          : m,
      ),
    );
    expect(codes(withCeremony, '2027-08-19')).not.toContain('confirmation-due');
    expect(codes(withCeremony, '2027-09-08')).toContain('confirmation-due');
  });
});
