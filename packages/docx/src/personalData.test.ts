import { describe, expect, it } from 'vitest';
import { renderMinutes } from './minutes';
import { renderRatingSheet } from './ratingSheet';
import { renderResolution } from './resolution';
import { readDocxParts } from './testSupport/docxText';
import { marchRating, ratedMarchRecord } from './testSupport/records';

// R-MEM-1 (v2): a member's identifiers are personal data. The record may
// carry them (other systems match on them), and no document prints them.
const withIdentifiers = {
  ...ratedMarchRecord,
  members: ratedMarchRecord.members.map((member, i) => ({
    ...member,
    partyCardNumber: `09.000.${101 + i}`,
    personalId: `010000000${101 + i}`,
    dateOfBirth: `19${60 + i}-04-0${(i % 9) + 1}`,
  })),
};

const secrets = withIdentifiers.members.flatMap((m) => [
  m.partyCardNumber,
  m.personalId,
  m.partyCardNumber.replaceAll('.', ''),
]);

describe('R-MEM-1: no document prints a member’s identifiers', () => {
  it.each([
    ['the minutes', () => renderMinutes(withIdentifiers)],
    ['the resolution', () => renderResolution(withIdentifiers)],
    [
      'the score sheet',
      () => renderRatingSheet(marchRating, { record: withIdentifiers }),
    ],
  ])(
    'R-MEM-1 %s hold no party card number or personal id',
    async (_, render) => {
      const parts = readDocxParts(await render());
      const xml = Object.values(parts).join('\n');
      expect(xml).toContain('Hoàng Văn Minh');
      for (const secret of secrets) expect(xml).not.toContain(secret);
    },
  );
});
