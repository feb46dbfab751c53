import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import {
  getRegulation,
  getRegulationsInForce,
  REGULATIONS,
  RegulationLayer,
} from './regulations';

const ids = (at: string) =>
  Object.fromEntries(
    Object.entries(getRegulationsInForce(at)).map(([layer, r]) => [
      layer,
      r.id,
    ]),
  );

describe('R-SET-1 (v2): the texts in force on a date, one per layer', () => {
  it('2025-06-30 is the last day of 232-QĐ/TW, 2025-07-01 the first of 294-QĐ/TW', () => {
    expect(getRegulationsInForce('2025-06-30').charter.id).toBe('232-QĐ/TW');
    expect(getRegulationsInForce('2025-07-01').charter.id).toBe('294-QĐ/TW');
    // Viet Nam time: 2025-06-30T17:00Z is already 1 July in Viet Nam.
    expect(getRegulationsInForce('2025-06-30T17:00:00Z').charter.id).toBe(
      '294-QĐ/TW',
    );
    expect(getRegulationsInForce('2025-06-30T16:59:59Z').charter.id).toBe(
      '232-QĐ/TW',
    );
  });

  it('2025-10-27 is still 12-HD/BTCTW, 2025-10-28 is 42-HD/BTCTW', () => {
    expect(getRegulationsInForce('2025-10-27').guidance.id).toBe('12-HD/BTCTW');
    expect(getRegulationsInForce('2025-10-28').guidance.id).toBe('42-HD/BTCTW');
  });

  it('the layers change on different dates: 2025-08-12 is 12-HD with 294-QĐ, 2025-11-11 is 42-HD with 294-QĐ', () => {
    expect(ids('2025-08-12')).toEqual({
      guidance: '12-HD/BTCTW',
      charter: '294-QĐ/TW',
      discipline: '296-QĐ/TW',
      annualRating: '124-QĐ/TW',
      dues: '342-QĐ/TW',
    });
    expect(ids('2025-11-11')).toMatchObject({
      guidance: '42-HD/BTCTW',
      charter: '294-QĐ/TW',
      annualRating: '366-QĐ/TW',
    });
    expect(ids('2027-03-09')).toEqual({
      guidance: '42-HD/BTCTW',
      charter: '294-QĐ/TW',
      discipline: '296-QĐ/TW',
      annualRating: '366-QĐ/TW',
      dues: '01-QĐ/TW',
    });
    expect(ids('2022-05-10')).toEqual({
      guidance: '12-HD/BTCTW',
      charter: '24-QĐ/TW',
      discipline: '22-QĐ/TW',
      annualRating: '124-QĐ/TW',
      dues: '342-QĐ/TW',
    });
  });

  it('a caller may pin a text of a layer, and only of that layer', () => {
    const pinned = getRegulationsInForce('2027-03-09', { charter: '24-QĐ/TW' });
    expect(pinned.charter.id).toBe('24-QĐ/TW');
    expect(pinned.guidance.id).toBe('42-HD/BTCTW');
    expect(() =>
      getRegulationsInForce('2027-03-09', { charter: '42-HD/BTCTW' }),
    ).toThrowError(ChiboError);
    expect(() => getRegulation('999-QĐ/TW' as never)).toThrowError(
      expect.objectContaining({ code: 'unknown-rule-set' }),
    );
  });

  it('every layer has a text, the texts of a layer are in date order, and unconfirmed dates are marked', () => {
    for (const layer of RegulationLayer.options) {
      const dates = REGULATIONS.filter((r) => r.layer === layer).map(
        (r) => r.inForceFrom,
      );
      expect(dates.length).toBeGreaterThan(0);
      expect([...dates].sort()).toEqual(dates);
    }
    for (const r of REGULATIONS) expect(r.inForceFrom >= r.issuedOn).toBe(true);
    expect(
      REGULATIONS.filter((r) => !r.dateConfirmed).map((r) => r.id),
    ).toEqual(['296-QĐ/TW', '01-QĐ/TW']);
  });
});

describe('R-SET-1 wrong arguments', () => {
  it.each([null, 5, 'charter', []])(
    'pins %o is a ChiboError naming pins',
    (pins) => {
      expect(() =>
        getRegulationsInForce('2027-03-09', pins as never),
      ).toThrowError(
        expect.objectContaining({
          code: 'invalid-argument',
          issues: [expect.objectContaining({ path: ['pins'] })],
        }),
      );
    },
  );
});
