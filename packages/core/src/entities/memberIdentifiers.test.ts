import { members as scenarioMembers } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { parseMember } from './parse';

const khanh = scenarioMembers.find((m) => m.name === 'Lò Văn Khánh');
if (!khanh) throw new Error('Lò Văn Khánh is in the scenario');

const issuesOf = (input: unknown) => {
  try {
    parseMember(input);
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    return (error as ChiboError).issues.map((i) => ({
      path: i.path,
      rule: i.rule,
      vi: i.message.vi,
      en: i.message.en,
    }));
  }
  throw new Error('parsed');
};

describe('R-MEM-1 (v2): the identifiers other systems match on', () => {
  it('R-MEM-1 a member carries the party card number, personal id, birth, decision, ceremony and confirmation dates', () => {
    const member = parseMember({
      ...khanh,
      partyCardNumber: '09.000.115',
      personalId: '010000000115',
      dateOfBirth: '1998-04-02',
      admittedOn: '2026-08-19',
      admissionCeremonyOn: '2026-09-08',
    });
    expect(member).toMatchObject({
      partyCardNumber: '09.000.115',
      personalId: '010000000115',
      dateOfBirth: '1998-04-02',
      admittedOn: '2026-08-19',
      admissionCeremonyOn: '2026-09-08',
    });
  });

  it('R-MEM-1 all of them are optional for a meeting', () => {
    const { admittedOn: _, ...bare } = khanh as typeof khanh & {
      admittedOn?: string;
    };
    expect(parseMember(bare).partyCardNumber).toBeUndefined();
  });

  it.each([
    ['personalId', '01000000011', 'đúng 12 chữ số'],
    ['personalId', '01000000011X', 'đúng 12 chữ số'],
    ['personalId', '0100 0000 0115', 'đúng 12 chữ số'],
    ['partyCardNumber', '09..000', '6 đến 16 chữ số'],
    ['partyCardNumber', '12345', '6 đến 16 chữ số'],
    ['partyCardNumber', 'TĐV-09000101', '6 đến 16 chữ số'],
  ])(
    'R-MEM-1 %s %o is refused with its path, in Vietnamese and English',
    (key, value, vi) => {
      const issues = issuesOf({ ...khanh, [key]: value });
      expect(issues).toEqual([
        expect.objectContaining({ path: [key], rule: 'R-MEM-1' }),
      ]);
      expect(issues[0]?.vi).toContain(vi);
      expect(issues[0]?.en).toMatch(/digits/);
    },
  );

  it('R-MEM-1 the dates of one life come in order: birth, decision, ceremony, confirmation', () => {
    expect(
      issuesOf({
        ...khanh,
        dateOfBirth: '2027-01-01',
        admittedOn: '2026-08-19',
      }),
    ).toEqual([
      expect.objectContaining({ path: ['admittedOn'], rule: 'R-MEM-1' }),
    ]);
    expect(
      issuesOf({
        ...khanh,
        admittedOn: '2026-08-19',
        admissionCeremonyOn: '2026-08-01',
      }).map((i) => i.path),
    ).toEqual([['admissionCeremonyOn']]);
    expect(
      issuesOf({
        ...khanh,
        admittedOn: '2026-08-19',
        confirmedOn: '2026-08-18',
      }).map((i) => i.path),
    ).toEqual([['confirmedOn']]);
  });
});
