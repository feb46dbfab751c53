import {
  cell as scenarioCell,
  members as scenarioMembers,
} from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  checkOnlineEligibility,
  parseCell,
  parseMembers,
} from '../index';
import { member } from '../testSupport/members';

const cell = parseCell(scenarioCell);
const trangNung = parseMembers(scenarioMembers);

const ids = (from: number, to: number) =>
  Array.from(
    { length: to - from + 1 },
    (_, i) => `m${String(from + i).padStart(2, '0')}`,
  );

describe('R-ONLINE-1 online meetings: more than half cannot meet in person', () => {
  it('R-ONLINE-1 Trang Nùng counts 16 (Páo is exempt): 8 away is exactly half and not enough', () => {
    const verdict = checkOnlineEligibility(cell, trangNung, ids(1, 8));
    expect(verdict).toEqual({
      rule: 'R-ONLINE-1',
      texts: ['03-HD/TW'],
      cellId: 'trang-nung',
      eligible: false,
      reason: 'not-enough-unavailable',
      base: 16,
      unavailable: 8,
      required: 9,
    });
  });

  it('R-ONLINE-1 9 of 16 away is more than half: eligible', () => {
    const verdict = checkOnlineEligibility(cell, trangNung, ids(1, 9));
    expect(verdict.eligible).toBe(true);
    expect(verdict.reason).toBe('majority-unavailable');
    expect(verdict.unavailable).toBe(9);
  });

  it('R-ONLINE-1 odd count: 2 of 5 is not enough, 3 of 5 is', () => {
    const members = ['a', 'b', 'c', 'd', 'e'].map((id) => member(id));
    expect(checkOnlineEligibility(cell, members, ['a', 'b']).eligible).toBe(
      false,
    );
    const three = checkOnlineEligibility(cell, members, ['a', 'b', 'c']);
    expect(three.eligible).toBe(true);
    expect(three.required).toBe(3);
  });

  it('R-ONLINE-1 an exempt member who is away is not counted, on either side', () => {
    // 16 counted; 8 away plus Páo (exempt) is still only 8 of 16.
    const verdict = checkOnlineEligibility(cell, trangNung, [
      ...ids(1, 8),
      'm14',
    ]);
    expect(verdict.base).toBe(16);
    expect(verdict.unavailable).toBe(8);
    expect(verdict.eligible).toBe(false);
  });

  it('R-ONLINE-1 suspended members are not counted', () => {
    const members = [
      member('a'),
      member('b'),
      member('c'),
      member('s1', { suspended: true }),
      member('s2', { suspended: true }),
    ];
    // Counting the suspended, 2 of 5 would fail; without them 2 of 3 passes.
    const verdict = checkOnlineEligibility(cell, members, ['a', 'b']);
    expect(verdict.base).toBe(3);
    expect(verdict.eligible).toBe(true);
    // A suspended member away does not help.
    expect(
      checkOnlineEligibility(cell, members, ['a', 's1', 's2']).eligible,
    ).toBe(false);
  });

  it('R-ONLINE-1 members attached elsewhere (temporary-out) are not counted; probationary and temporary-in are', () => {
    const members = [
      member('a'),
      member('o', { attachment: 'temporary-out' }),
      member('p', { standing: 'probationary' }),
      member('t', { attachment: 'temporary-in' }),
    ];
    const verdict = checkOnlineEligibility(cell, members, []);
    expect(verdict.base).toBe(3);
  });

  it('R-ONLINE-1 an id listed twice counts once', () => {
    const verdict = checkOnlineEligibility(cell, trangNung, [
      ...ids(1, 8),
      'm01',
    ]);
    expect(verdict.unavailable).toBe(8);
    expect(verdict.eligible).toBe(false);
  });

  it('R-ONLINE-1 a cell of special character is eligible whatever the count', () => {
    const verdict = checkOnlineEligibility(cell, trangNung, [], {
      specialCharacter: true,
    });
    expect(verdict.eligible).toBe(true);
    expect(verdict.reason).toBe('special-character');
    expect(verdict.unavailable).toBe(0);
  });

  it('R-ONLINE-1 nobody counted: not eligible', () => {
    const verdict = checkOnlineEligibility(
      cell,
      [member('e', { exempt: true })],
      ['e'],
    );
    expect(verdict.base).toBe(0);
    expect(verdict.eligible).toBe(false);
  });

  it('R-ONLINE-1 unknown ids throw ChiboError invalid-argument', () => {
    let caught: unknown;
    try {
      checkOnlineEligibility(cell, trangNung, ['m01', 'x99']);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChiboError);
    expect((caught as ChiboError).code).toBe('invalid-argument');
    expect((caught as ChiboError).messages.en).toContain('x99');
  });

  it('R-ONLINE-1 a guest id is not a member id either', () => {
    expect(() => checkOnlineEligibility(cell, trangNung, ['g01'])).toThrow(
      ChiboError,
    );
  });
});

describe('R-ONLINE-1 properties', () => {
  it('R-ONLINE-1 eligible exactly when 2 × unavailable > counted members', () => {
    const specArb = fc.record({
      exempt: fc.boolean(),
      suspended: fc.boolean(),
      away: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(specArb, { maxLength: 30 }), (specs) => {
        const members = specs.map((s, i) =>
          member(`m${i}`, { exempt: s.exempt, suspended: s.suspended }),
        );
        const away = specs.flatMap((s, i) => (s.away ? [`m${i}`] : []));
        const verdict = checkOnlineEligibility(cell, members, away);
        const counted = specs.filter((s) => !s.exempt && !s.suspended);
        const awayCounted = counted.filter((s) => s.away).length;
        expect(verdict.base).toBe(counted.length);
        expect(verdict.unavailable).toBe(awayCounted);
        expect(verdict.eligible).toBe(2 * awayCounted > counted.length);
        expect(verdict.eligible).toBe(
          counted.length > 0 && awayCounted >= verdict.required,
        );
      }),
    );
  });
});
