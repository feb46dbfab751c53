import { describe, expect, it } from 'vitest';
import { phuThoScheme, rateMeeting } from '../../rating';
import {
  marchMeetingRecord,
  type SyntheticRecordOptions,
  scoreOf,
  syntheticRecord,
} from '../../testSupport/ratingRecords';

const full = { chairing: 5, principles: 5, 'praise-criticism': true };
const rate = (options: SyntheticRecordOptions) =>
  rateMeeting(syntheticRecord(options), phuThoScheme, full, { history: [] });

describe('R-RATE-2 Phú Thọ: preparation 15, attendance 20, conduct 45, closing 20', () => {
  it('the groups carry the sheet totals', () => {
    expect(phuThoScheme.groups?.map((g) => [g.id, g.maxPoints])).toEqual([
      ['preparation', 15],
      ['attendance', 20],
      ['conduct', 45],
      ['closing', 20],
    ]);
    const sums: Record<string, number> = {};
    for (const c of phuThoScheme.criteria)
      sums[c.group ?? ''] = (sums[c.group ?? ''] ?? 0) + c.maxPoints;
    expect(sums).toEqual({
      preparation: 15,
      attendance: 20,
      conduct: 45,
      closing: 20,
    });
  });

  it('a perfect meeting scores 100: good', () => {
    expect(rate({})).toMatchObject({ total: 100, level: 'good' });
  });

  it('the March meeting: 96, good (speakers 33% → 6 of 10; chairing 5, principles 5)', () => {
    const result = rateMeeting(marchMeetingRecord(), phuThoScheme, full, {
      history: [],
    });
    expect(scoreOf(result, 'speakers')).toBe(6);
    expect(result).toMatchObject({ total: 96, level: 'good', complete: true });
  });
});

describe('R-ATT-2 in Phú Thọ: attendance conditions (boundaries)', () => {
  it.each([
    [85, 0],
    [86, 10],
  ])('%i of 100 present → rate condition %i', (present, points) => {
    expect(scoreOf(rate({ present }), 'attendance-rate')).toBe(points);
  });

  it('someone absent without reason loses the 5 points of that condition', () => {
    expect(
      scoreOf(rate({ present: 99, unexcused: 1 }), 'attendance-no-unexcused'),
    ).toBe(0);
    expect(scoreOf(rate({ present: 99 }), 'attendance-no-unexcused')).toBe(5);
  });
});

describe('R-RATE-2 Phú Thọ: speakers and duration (boundaries, [open] points)', () => {
  it.each([
    [51, 10],
    [50, 8],
    [40, 8],
    [39, 6],
    [30, 6],
    [29, 4],
  ])('%i of 100 speak → %i', (speakers, points) => {
    expect(scoreOf(rate({ speakers }), 'speakers')).toBe(points);
  });

  it.each([
    [89, 0],
    [90, 5],
  ])('%i minutes → %i', (minutes, points) => {
    expect(scoreOf(rate({ minutes }), 'duration')).toBe(points);
  });
});
