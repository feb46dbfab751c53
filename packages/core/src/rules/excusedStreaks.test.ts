import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AttendedMeeting, excusedStreaks, meetingsOfYear } from '../index';
import type { AttendanceStatus } from '../schemas';

const meeting = (
  id: string,
  scheduledAt: string,
  lines: Record<string, AttendanceStatus> = {},
): AttendedMeeting => ({
  id,
  scheduledAt,
  attendance: Object.entries(lines).map(([memberId, status]) => ({
    memberId,
    status,
  })),
});

const E: AttendanceStatus = 'absent-excused';
const U: AttendanceStatus = 'absent-unexcused';
const P: AttendanceStatus = 'present';

/** Monthly meetings of 2027 with `a`'s statuses in order; `null` = no line. */
const months = (...statuses: Array<AttendanceStatus | null>) =>
  statuses.map((status, i) =>
    meeting(
      `sh${i + 1}`,
      `2027-${String(i + 1).padStart(2, '0')}-09T19:30:00+07:00`,
      status === null ? {} : { a: status },
    ),
  );

describe('R-ATT-2 meetingsOfYear: the Viet Nam calendar year, in date order', () => {
  it('R-ATT-2 / R-TIME-1 keeps the meetings of the year, sorted by time', () => {
    const list = [
      meeting('mar', '2027-03-09T19:30:00+07:00'),
      meeting('jan', '2027-01-12T19:30:00+07:00'),
      meeting('prev', '2026-12-08T19:30:00+07:00'),
      meeting('next', '2028-01-11T19:30:00+07:00'),
      meeting('feb', '2027-02-10T19:30:00+07:00'),
    ];
    expect(meetingsOfYear(list, 2027).map((m) => m.id)).toEqual([
      'jan',
      'feb',
      'mar',
    ]);
  });

  it('R-TIME-1 2026-12-31T17:00Z is 1 January 2027 in Viet Nam; 16:59Z is still 2026', () => {
    const list = [
      meeting('nye', '2026-12-31T16:59:00Z'),
      meeting('newYear', '2026-12-31T17:00:00Z'),
      meeting('last', '2027-12-31T16:59:00Z'),
      meeting('after', '2027-12-31T17:00:00Z'),
    ];
    expect(meetingsOfYear(list, 2027).map((m) => m.id)).toEqual([
      'newYear',
      'last',
    ]);
    expect(meetingsOfYear(list, 2026).map((m) => m.id)).toEqual(['nye']);
  });

  it('R-TIME-1 sorts by instant, whatever the offset the times are written in', () => {
    const list = [
      meeting('b', '2027-03-09T13:00:00Z'), // 20:00 in Viet Nam
      meeting('a', '2027-03-09T19:30:00+07:00'), // 12:30Z
    ];
    expect(meetingsOfYear(list, 2027).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('R-ATT-2 does not change the list it is given', () => {
    const list = [
      meeting('b', '2027-02-09T19:30:00+07:00'),
      meeting('a', '2027-01-09T19:30:00+07:00'),
    ];
    meetingsOfYear(list, 2027);
    expect(list.map((m) => m.id)).toEqual(['b', 'a']);
  });
});

describe('R-ATT-2 excusedStreaks: the longest run of excused absences', () => {
  it('R-ATT-2 4 in a row', () => {
    expect(excusedStreaks(months(E, E, E, E), ['a'])).toEqual([
      { memberId: 'a', length: 4, meetingIds: ['sh1', 'sh2', 'sh3', 'sh4'] },
    ]);
  });

  it('R-ATT-2 attending breaks the run; the longest run is reported', () => {
    const [streak] = excusedStreaks(months(E, E, P, E, E, E, P, E), ['a']);
    expect(streak).toEqual({
      memberId: 'a',
      length: 3,
      meetingIds: ['sh4', 'sh5', 'sh6'],
    });
  });

  it('R-ATT-2 an absence without reason also breaks the run', () => {
    const [streak] = excusedStreaks(months(E, E, U, E, E), ['a']);
    expect(streak?.length).toBe(2);
    expect(streak?.meetingIds).toEqual(['sh1', 'sh2']);
  });

  it('R-ATT-2 a meeting without a line for the member neither breaks nor extends the run', () => {
    const [streak] = excusedStreaks(months(E, null, E, E, null, E), ['a']);
    expect(streak).toEqual({
      memberId: 'a',
      length: 4,
      meetingIds: ['sh1', 'sh3', 'sh4', 'sh6'],
    });
  });

  it('R-ATT-2 the first of two equally long runs is kept', () => {
    const [streak] = excusedStreaks(months(E, E, P, E, E), ['a']);
    expect(streak?.meetingIds).toEqual(['sh1', 'sh2']);
  });

  it('R-ATT-2 never absent with reason: length 0; one entry per member, in order', () => {
    const meetings = [
      meeting('x', '2027-01-09T19:30:00+07:00', { a: P, b: E }),
      meeting('y', '2027-02-09T19:30:00+07:00', { a: P, b: E }),
    ];
    expect(excusedStreaks(meetings, ['b', 'a', 'z'])).toEqual([
      { memberId: 'b', length: 2, meetingIds: ['x', 'y'] },
      { memberId: 'a', length: 0, meetingIds: [] },
      { memberId: 'z', length: 0, meetingIds: [] },
    ]);
  });

  it('R-ATT-2 no meetings: every streak is empty', () => {
    expect(excusedStreaks([], ['a'])).toEqual([
      { memberId: 'a', length: 0, meetingIds: [] },
    ]);
  });
});

describe('R-ATT-2 excusedStreaks: properties', () => {
  it('R-ATT-2 the length is the longest run of consecutive excused lines (brute force)', () => {
    const statusArb = fc.option(fc.constantFrom<AttendanceStatus>(E, U, P), {
      nil: null,
    });
    fc.assert(
      fc.property(fc.array(statusArb, { maxLength: 12 }), (statuses) => {
        const [streak] = excusedStreaks(months(...statuses), ['a']);
        const lines = statuses.filter((s) => s !== null);
        let best = 0;
        for (let i = 0; i < lines.length; i++) {
          let j = i;
          while (j < lines.length && lines[j] === E) j++;
          best = Math.max(best, j - i);
        }
        expect(streak?.length).toBe(best);
        expect(streak?.meetingIds).toHaveLength(best);
        for (const id of streak?.meetingIds ?? []) {
          const index = Number(id.slice(2)) - 1;
          expect(statuses[index]).toBe(E);
        }
      }),
    );
  });
});
