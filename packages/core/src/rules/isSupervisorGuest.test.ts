import { marchRecord, supervisor } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { parseMeetingRecord } from '../index';
import { isSupervisorGuest } from './isSupervisorGuest';

describe('R-RATE-3 an attending supervisor confirms the rating (isSupervisorGuest)', () => {
  const guests = [
    { id: 'g01', role: 'supervisor' as const },
    { id: 'g02', role: 'guest' as const },
  ];

  it('R-RATE-3 a guest with the role supervisor may confirm', () => {
    expect(isSupervisorGuest(guests, 'g01')).toBe(true);
  });

  it('R-RATE-3 another guest, someone who is not a guest, or no one may not', () => {
    expect(isSupervisorGuest(guests, 'g02')).toBe(false);
    expect(isSupervisorGuest(guests, 'm01')).toBe(false);
    expect(isSupervisorGuest(guests, undefined)).toBe(false);
    expect(isSupervisorGuest([], 'g01')).toBe(false);
  });

  it("R-RATE-3 the March 2027 meeting's supervisor is one", () => {
    const { meeting } = parseMeetingRecord(marchRecord);
    expect(isSupervisorGuest(meeting.guests, supervisor.id)).toBe(true);
  });
});
