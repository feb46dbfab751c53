import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CivilDate, Count, DateTime, Id, Progress, Text } from '../schemas';
import { toVietNamDate, toVietNamDateTime } from '../timeEntry';

const ISO_VN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?\+07:00$/;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The civil fields of an instant in a zone `offsetMinutes` east of UTC. */
function withOffset(instant: Date, offsetMinutes: number): string {
  const shifted = new Date(instant.getTime() + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return (
    `${pad(shifted.getUTCFullYear(), 4)}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Dates whose Viet Nam civil year has four digits. */
const instants = fc.date({
  min: new Date('1976-01-01T00:00:00Z'),
  max: new Date('2199-12-31T00:00:00Z'),
  noInvalidDate: true,
});

describe('Id', () => {
  it('trims and keeps any non-empty string up to 200 characters', () => {
    expect(Id.parse('  m01 ')).toBe('m01');
    expect(Id.parse('x'.repeat(200))).toHaveLength(200);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(201)],
    ['a number', 1],
    ['null', null],
  ])('rejects %s', (_label, value) => {
    expect(Id.safeParse(value).success).toBe(false);
  });
});

describe('Text (R-DOC-8: NFC)', () => {
  it('normalises NFD-decomposed Vietnamese to NFC and trims it', () => {
    const nfc = 'Lò Thị Hoa';
    const nfd = nfc.normalize('NFD');
    expect(nfd).not.toBe(nfc); // the input really is decomposed
    const parsed = Text.parse(`  ${nfd}\n`);
    expect(parsed).toBe(nfc);
    expect(parsed).toBe(parsed.normalize('NFC'));
  });

  it('rejects a blank text', () => {
    expect(Text.safeParse('   ').success).toBe(false);
    expect(Text.safeParse('').success).toBe(false);
  });

  it('property: output is NFC, trimmed and canonically equal to the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (raw) => {
        const result = Text.safeParse(raw);
        const expected = raw.normalize('NFC').trim();
        if (expected === '') {
          expect(result.success).toBe(false);
        } else {
          expect(result.success).toBe(true);
          expect(result.data).toBe(expected);
        }
      }),
    );
  });
});

describe('DateTime (R-TIME-1: ISO 8601 with +07:00)', () => {
  it.each([
    [
      'already +07:00',
      '2027-03-09T19:30:00+07:00',
      '2027-03-09T19:30:00+07:00',
    ],
    ['a Z string', '2027-03-09T12:30:00Z', '2027-03-09T19:30:00+07:00'],
    [
      'a Z string with zero ms',
      '2027-03-09T12:30:00.000Z',
      '2027-03-09T19:30:00+07:00',
    ],
    [
      '+09:00 (Tokyo)',
      '2027-03-09T14:30:00+09:00',
      '2027-03-09T12:30:00+07:00',
    ],
    [
      '-05:00 (New York), across midnight',
      '2027-03-08T19:30:00-05:00',
      '2027-03-09T07:30:00+07:00',
    ],
    [
      'no offset: Viet Nam civil time',
      '2027-03-09T19:30:00',
      '2027-03-09T19:30:00+07:00',
    ],
    ['no offset, no seconds', '2027-03-09T19:30', '2027-03-09T19:30:00+07:00'],
    [
      'no offset, with ms',
      '2027-03-09T19:30:00.250',
      '2027-03-09T19:30:00.250+07:00',
    ],
    [
      'UTC evening that is the next day in Viet Nam',
      '2027-03-08T17:00:00Z',
      '2027-03-09T00:00:00+07:00',
    ],
    [
      'new year in Viet Nam before UTC',
      '2027-12-31T17:30:00Z',
      '2028-01-01T00:30:00+07:00',
    ],
  ])('normalises %s', (_label, input, expected) => {
    expect(DateTime.parse(input)).toBe(expected);
  });

  it('normalises a Date by its instant, not by the host zone', () => {
    expect(DateTime.parse(new Date('2027-03-09T12:30:00Z'))).toBe(
      '2027-03-09T19:30:00+07:00',
    );
    expect(DateTime.parse(new Date(Date.UTC(2027, 2, 8, 18, 0)))).toBe(
      '2027-03-09T01:00:00+07:00',
    );
  });

  it('reads "08:00" without an offset as 01:00Z on a UTC server (R-TIME-1)', () => {
    const normalised = DateTime.parse('2027-03-09T08:00');
    expect(new Date(normalised).toISOString()).toBe('2027-03-09T01:00:00.000Z');
  });

  it.each([
    ['a Vietnamese-style date', '09/03/2027'],
    ['a date without a time', '2027-03-09'],
    ['30 February', '2027-02-30T19:30:00+07:00'],
    ['29 February of a common year', '2027-02-29T19:30'],
    ['hour 25', '2027-03-09T25:00'],
    ['a space instead of T', '2027-03-09 19:30'],
    ['an offset without a colon', '2027-03-09T19:30:00+0700'],
    ['words', 'tối thứ Ba'],
    ['an empty string', ''],
    ['an invalid Date', new Date(Number.NaN)],
    ['epoch milliseconds', 1_804_595_400_000],
    ['null', null],
  ])('rejects %s', (_label, value) => {
    expect(DateTime.safeParse(value).success).toBe(false);
  });

  it('property: a Date comes out as the same instant in +07:00, idempotently', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const out = DateTime.parse(instant);
        expect(out).toMatch(ISO_VN);
        expect(Date.parse(out)).toBe(instant.getTime());
        expect(DateTime.parse(out)).toBe(out);
        expect(out).toBe(toVietNamDateTime(instant));
      }),
    );
  });

  it('property: the same instant written with any offset normalises the same', () => {
    const offsets = fc
      .integer({ min: -12 * 4, max: 14 * 4 })
      .map((quarters) => quarters * 15);
    fc.assert(
      fc.property(
        instants.map((d) => new Date(Math.floor(d.getTime() / 1000) * 1000)),
        offsets,
        (instant, offset) => {
          expect(DateTime.parse(withOffset(instant, offset))).toBe(
            DateTime.parse(instant.toISOString()),
          );
        },
      ),
    );
  });

  it('property: a string without an offset keeps its civil fields', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const civil = withOffset(instant, 0).slice(0, 19); // YYYY-MM-DDTHH:MM:SS
        expect(DateTime.parse(civil)).toBe(`${civil}+07:00`);
      }),
    );
  });
});

describe('CivilDate (R-TIME-1: dates in UTC+7)', () => {
  it.each([
    ['a YYYY-MM-DD string', '2027-03-09', '2027-03-09'],
    ['29 February of a leap year', '2028-02-29', '2028-02-29'],
    [
      'a Date at 18:00Z, 01:00 the next day in Viet Nam',
      new Date('2027-03-08T18:00:00Z'),
      '2027-03-09',
    ],
    [
      'a Date at 16:59:59Z, still the same day',
      new Date('2027-03-08T16:59:59Z'),
      '2027-03-08',
    ],
    [
      'a Date at 17:00Z, midnight in Viet Nam',
      new Date('2027-03-08T17:00:00Z'),
      '2027-03-09',
    ],
    [
      'a Date on 31 December at 17:00Z',
      new Date('2026-12-31T17:00:00Z'),
      '2027-01-01',
    ],
  ])('reads %s', (_label, input, expected) => {
    expect(CivilDate.parse(input)).toBe(expected);
  });

  it.each([
    ['a Vietnamese-style date', '09/03/2027'],
    ['30 February', '2027-02-30'],
    ['29 February of a common year', '2027-02-29'],
    ['month 13', '2027-13-01'],
    ['missing leading zeros', '2027-3-9'],
    ['a date-time', '2027-03-09T00:00:00+07:00'],
    ['an empty string', ''],
    ['an invalid Date', new Date(Number.NaN)],
  ])('rejects %s', (_label, value) => {
    expect(CivilDate.safeParse(value).success).toBe(false);
  });

  it('property: a Date gives the civil date of its Viet Nam date-time', () => {
    fc.assert(
      fc.property(instants, (instant) => {
        const date = CivilDate.parse(instant);
        expect(date).toBe(DateTime.parse(instant).slice(0, 10));
        expect(date).toBe(toVietNamDate(instant));
        expect(CivilDate.parse(date)).toBe(date);
      }),
    );
  });
});

describe('Count and Progress', () => {
  it('Count takes non-negative integers only', () => {
    expect(Count.parse(0)).toBe(0);
    expect(Count.parse(12)).toBe(12);
    for (const bad of [-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '12']) {
      expect(Count.safeParse(bad).success).toBe(false);
    }
  });

  it('Progress needs a positive target; its unit is NFC text', () => {
    expect(
      Progress.parse({ achieved: 52, target: 61, unit: 'hộ'.normalize('NFD') }),
    ).toEqual({ achieved: 52, target: 61, unit: 'hộ' });
    expect(Progress.safeParse({ achieved: 1, target: 0 }).success).toBe(false);
    expect(Progress.safeParse({ achieved: -1, target: 5 }).success).toBe(false);
  });
});
