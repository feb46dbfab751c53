import { cell, members } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  parseCell,
  parseMember,
  parseMembers,
  safeParseCell,
  safeParseMember,
  safeParseMembers,
} from '../index';
import {
  DELETE,
  expectFailure,
  issueAt,
  modify,
  pathsOf,
  sortedPaths,
} from '../testSupport/fixtures';

describe('parseMembers on the scenario (SCENARIO.md)', () => {
  const parsed = parseMembers(members);

  it('parses the 17 members: 14 official, 3 probationary, one exempt', () => {
    expect(parsed).toHaveLength(17);
    expect(parsed.filter((m) => m.standing === 'official')).toHaveLength(14);
    expect(parsed.filter((m) => m.standing === 'probationary')).toHaveLength(3);
    expect(parsed.filter((m) => m.exempt).map((m) => m.name)).toEqual([
      'Giàng A Páo',
    ]);
  });

  it('applies the defaults', () => {
    const binh = parsed.find((m) => m.id === 'm03');
    expect(binh).toEqual({
      id: 'm03',
      name: 'Nguyễn Văn Bình',
      standing: 'official',
      exempt: false,
      attachment: 'regular',
      suspended: false,
      specialDuty: false,
      roles: ['committee-member'],
    });
    expect(parsed.find((m) => m.id === 'm04')?.roles).toEqual([]);
  });

  it('keeps the admission dates and the chi ủy roles', () => {
    expect(parsed.find((m) => m.id === 'm15')?.admittedOn).toBe('2026-08-19');
    expect(
      parsed.filter((m) => m.roles.length > 0).map((m) => [m.id, m.roles]),
    ).toEqual([
      ['m01', ['secretary']],
      ['m02', ['deputy-secretary']],
      ['m03', ['committee-member']],
    ]);
  });
});

describe('parseMember', () => {
  it('normalises an NFD-decomposed name to NFC (R-DOC-8)', () => {
    const nfd = 'Lò Thị Hoa'.normalize('NFD');
    expect(nfd).not.toBe('Lò Thị Hoa');
    const member = parseMember({ id: 'm02', name: nfd, standing: 'official' });
    expect(member.name).toBe('Lò Thị Hoa');
    expect(member.name).toBe(member.name.normalize('NFC'));
  });

  it('reads a Date admission day in Viet Nam time (R-TIME-1)', () => {
    // 23:30 on 18 August in UTC is 06:30 on 19 August in Viet Nam.
    const member = parseMember({
      id: 'm15',
      name: 'Lò Văn Khánh',
      standing: 'probationary',
      admittedOn: new Date('2026-08-18T23:30:00Z'),
      confirmedOn: '2027-08-19',
    });
    expect(member.admittedOn).toBe('2026-08-19');
    expect(member.confirmedOn).toBe('2027-08-19');
  });

  it('keeps the SHT attachment, suspension and legal proceedings', () => {
    const member = parseMember({
      id: 'm20',
      name: 'Ma Văn Tiến',
      standing: 'official',
      attachment: 'temporary-in',
      attachedCellName: 'Chi bộ thôn Nậm Hù',
      suspended: true,
      legalProceedings: 'detained',
      specialDuty: true,
    });
    expect(member).toMatchObject({
      attachment: 'temporary-in',
      attachedCellName: 'Chi bộ thôn Nậm Hù',
      suspended: true,
      legalProceedings: 'detained',
      specialDuty: true,
    });
  });

  it('throws a ChiboError listing every problem of a malformed member', () => {
    const bad = {
      name: '   ',
      standing: 'honorary',
      admittedOn: '09/03/2027',
      confirmedOn: '2027-02-30',
      exempt: 'yes',
      roles: ['secretary', 'treasurer'],
      legalProceedings: 'arrested',
    };
    expect(() => parseMember(bad)).toThrow(ChiboError);
    const error = expectFailure(safeParseMember(bad));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['id'],
        ['name'],
        ['standing'],
        ['admittedOn'],
        ['confirmedOn'],
        ['exempt'],
        ['roles', 1],
        ['legalProceedings'],
      ]),
    );
    expect(issueAt(error, ['id']).code).toBe('invalid_type');
    expect(issueAt(error, ['standing']).code).toBe('invalid_value');
    expect(issueAt(error, ['admittedOn']).code).toBe('invalid_format');
    expect(issueAt(error, ['confirmedOn']).code).toBe('invalid_format');
    expect(error.messages.en).toBe('Invalid member: 8 problems.');
  });

  it.each([
    ['null', null],
    ['a string', 'Lò Thị Hoa'],
    ['an array', []],
  ])('rejects %s as a member, at the root', (_label, input) => {
    const error = expectFailure(safeParseMember(input));
    expect(pathsOf(error)).toEqual([[]]);
    expect(error.format('en')).toContain('(root)');
  });
});

describe('parseMembers', () => {
  it('gives each problem its index in the list', () => {
    const list = modify(members, {
      '3.id': DELETE,
      '16.standing': 'candidate',
      '14.admittedOn': '19/08/2026',
    });
    const error = expectFailure(safeParseMembers(list));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        [3, 'id'],
        [14, 'admittedOn'],
        [16, 'standing'],
      ]),
    );
    expect(() => parseMembers(list)).toThrow(ChiboError);
  });

  it('rejects duplicate member ids', () => {
    const list = modify(members, { '5.id': 'm01', '16.id': 'm02' });
    const error = expectFailure(safeParseMembers(list));
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        [5, 'id'],
        [16, 'id'],
      ]),
    );
    expect(issueAt(error, [5, 'id']).message.en).toContain('m01');
    expect(issueAt(error, [5, 'id']).message.vi).toContain('m01');
  });
});

describe('parseCell', () => {
  it('parses the scenario cell', () => {
    expect(parseCell(cell)).toEqual({
      id: 'trang-nung',
      name: 'Chi bộ thôn Trang Nùng',
      kind: 'subordinate',
      sector: 'residential',
      parent: {
        id: 'xuan-quang',
        name: 'Đảng bộ xã Xuân Quang',
        level: 'grassroots',
      },
      placeName: 'Xuân Quang',
    });
  });

  it('normalises the names to NFC', () => {
    const parsed = parseCell(
      modify(cell, {
        name: 'Chi bộ thôn Trang Nùng'.normalize('NFD'),
        'parent.name': 'Đảng bộ xã Xuân Quang'.normalize('NFD'),
      }),
    );
    expect(parsed.name).toBe('Chi bộ thôn Trang Nùng');
    expect(parsed.parent.name).toBe('Đảng bộ xã Xuân Quang');
  });

  it('lists every problem of a malformed cell', () => {
    const error = expectFailure(
      safeParseCell(
        modify(cell, {
          id: DELETE,
          kind: 'village',
          sector: 'farm',
          'parent.level': 'district',
          minimumMeetingMinutes: 0,
        }),
      ),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['id'],
        ['kind'],
        ['sector'],
        ['parent', 'level'],
        ['minimumMeetingMinutes'],
      ]),
    );
  });

  it('takes a per-cell minimum meeting length in whole minutes (R-DUR-1)', () => {
    expect(
      parseCell(modify(cell, { minimumMeetingMinutes: 60 }))
        .minimumMeetingMinutes,
    ).toBe(60);
    expect(
      safeParseCell(modify(cell, { minimumMeetingMinutes: 60.5 })).success,
    ).toBe(false);
  });
});
