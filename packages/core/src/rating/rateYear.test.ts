import { describe, expect, it } from 'vitest';
import { rateYear } from '../rating';
import type { RatingLevel } from '../schemas';

/** A year of regular meetings, one a month, with the given approved levels. */
const year = (levels: Array<RatingLevel | undefined>, y = 2027) =>
  levels.map((level, i) => ({
    id: `sh-${i + 1}`,
    kind: 'regular' as const,
    scheduledAt: `${y}-${String(i + 1).padStart(2, '0')}-09T19:30:00+07:00`,
    rating: level
      ? {
          schemeId: 'an-phu-hd42',
          criteria: [],
          proposedLevel: level,
          approvedLevel: level,
        }
      : {
          schemeId: 'an-phu-hd42',
          criteria: [],
          proposedLevel: 'good' as const,
        },
  }));
const times = (n: number, value: RatingLevel): RatingLevel[] =>
  Array.from({ length: n }, () => value);

describe('R-RATE-4 a year of a cell (Phú Thọ)', () => {
  it.each([
    [6, 'fair'],
    [7, 'good'],
    [8, 'good'],
  ])('%i good and the rest fair → %s (7 good needed)', (good, level) => {
    const result = rateYear(
      year([...times(good, 'good'), ...times(12 - good, 'fair')]),
      { year: 2027 },
    );
    expect(result.level).toBe(level);
    expect(result.counts).toEqual({
      good,
      fair: 12 - good,
      average: 0,
      poor: 0,
    });
  });

  it('one average meeting makes even 11 good a fair year', () => {
    const result = rateYear(year([...times(11, 'good'), 'average']), {
      year: 2027,
    });
    expect(result.level).toBe('fair');
  });

  it('a poor meeting: neither good nor fair → the [open] default, average, or what the host sets', () => {
    const meetings = year([...times(11, 'good'), 'poor']);
    expect(rateYear(meetings, { year: 2027 }).level).toBe('average');
    expect(rateYear(meetings, { year: 2027, otherwise: 'poor' }).level).toBe(
      'poor',
    );
  });

  it('minGood is configurable', () => {
    const meetings = year([...times(8, 'good'), ...times(4, 'fair')]);
    expect(rateYear(meetings, { year: 2027, minGood: 9 }).level).toBe('fair');
  });

  it('uses the approved level; an unapproved meeting leaves the year unrated unless told otherwise', () => {
    const meetings = year([...times(11, 'good'), undefined]);
    const strict = rateYear(meetings, { year: 2027 });
    expect(strict.level).toBeNull();
    expect(strict.unrated).toEqual(['sh-12']);
    expect(
      rateYear(meetings, { year: 2027, levelOf: 'approved-or-proposed' }).level,
    ).toBe('good');
  });

  it('counts regular meetings of that year only, and reports months without one (R-FREQ-1)', () => {
    const meetings = [
      ...year(times(10, 'good')),
      ...year(times(12, 'poor'), 2026),
      {
        id: 'cd',
        kind: 'thematic' as const,
        scheduledAt: '2027-05-18T19:30:00+07:00',
        rating: { schemeId: 'x', criteria: [], approvedLevel: 'poor' as const },
      },
    ];
    const result = rateYear(meetings, { year: 2027 });
    expect(result.level).toBe('good');
    expect(result.meetingIds).toHaveLength(10);
    expect(result.monthsWithoutMeeting).toEqual(['2027-11', '2027-12']);
    expect(
      rateYear(meetings, { year: 2027, includeThematic: true }).level,
    ).toBe('average');
  });

  it('reads the year in Viet Nam time (R-TIME-1): 17:30Z on 31 Dec is 1 Jan in Viet Nam', () => {
    const meetings = [
      {
        id: 'x',
        kind: 'regular' as const,
        scheduledAt: '2027-12-31T17:30:00Z',
        rating: { schemeId: 'x', criteria: [], approvedLevel: 'good' as const },
      },
    ];
    expect(rateYear(meetings, { year: 2027 }).meetingIds).toEqual([]);
    expect(rateYear(meetings, { year: 2028 }).meetingIds).toEqual(['x']);
  });
});

describe('R-RATE-5 (Trà Vinh, optional): a disciplined member makes the year poor', () => {
  const good = year(times(12, 'good'));

  it('is off by default', () => {
    const result = rateYear(good, { year: 2027 });
    expect(result.level).toBe('good');
    expect(result.rules).toEqual(['R-RATE-4']);
  });

  it('a reprimand in the year → poor; one in another year does not count', () => {
    const on = rateYear(good, {
      year: 2027,
      disciplines: [
        { memberId: 'm08', form: 'reprimand', decidedOn: '2027-06-02' },
      ],
    });
    expect(on.level).toBe('poor');
    expect(on.rules).toEqual(['R-RATE-4', 'R-RATE-5']);
    expect(on.reasons.at(-1)?.vi).toContain('m08');
    const other = rateYear(good, {
      year: 2027,
      disciplines: [
        { memberId: 'm08', form: 'warning', decidedOn: '2026-12-30' },
      ],
    });
    expect(other.level).toBe('good');
  });
});
