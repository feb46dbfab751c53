import { describe, expect, it } from 'vitest';
import {
  BINH_THUAN_GATING_CRITERIA,
  binhThuanScheme,
  rateMeeting,
} from '../../rating';
import {
  marchMeetingRecord,
  type SyntheticRecordOptions,
  scenarioInputs,
  scoreOf,
  syntheticRecord,
} from '../../testSupport/ratingRecords';

const full = { minutes: 10, principles: 5, 'praise-criticism': true };
const rate = (
  options: SyntheticRecordOptions,
  inputs: Record<string, number | boolean> = full,
) =>
  rateMeeting(syntheticRecord(options), binhThuanScheme, inputs, {
    history: [],
  });

describe('R-RATE-2 Bình Thuận: 90+ is good only with full marks on the four gates', () => {
  it('a perfect meeting is good (100) and the gate holds', () => {
    const result = rate({});
    expect(result).toMatchObject({
      total: 100,
      level: 'good',
      levelBeforeGates: 'good',
    });
    expect(result.gates[0]).toMatchObject({ passed: true, applied: false });
  });

  it.each([
    ['attendance at 89%', { present: 89 }, {}, 90, ['attendance']],
    ['89 minutes', { minutes: 89 }, {}, 95, ['duration']],
    ['50% speaking', { speakers: 50 }, {}, 96, ['speakers']],
    ['minutes judged 9/10', {}, { minutes: 9 }, 99, ['minutes']],
  ])(
    '%s: %s points, good before the gate, fair after',
    (_, record, inputs, total, failed) => {
      const result = rate(record, { ...full, ...inputs });
      expect(result.total).toBe(total);
      expect(result.levelBeforeGates).toBe('good');
      expect(result.level).toBe('fair');
      expect(result.gates[0]).toMatchObject({
        passed: false,
        applied: true,
        failedCriterionIds: failed,
      });
    },
  );

  it('a non-gating shortfall keeps good at 90+', () => {
    const result = rate({ startedLateBy: 1 }); // on time and in order: −5
    expect(result).toMatchObject({ total: 95, level: 'good' });
    expect(result.gates[0]?.passed).toBe(true);
  });

  it('below 90 the failed gate changes nothing (already fair)', () => {
    const result = rate({ present: 89 }, { ...full, minutes: 0 });
    expect(result).toMatchObject({
      total: 80,
      level: 'fair',
      levelBeforeGates: 'fair',
    });
    expect(result.gates[0]).toMatchObject({ passed: false, applied: false });
  });

  it('gates on attendance, duration, speakers and the minutes', () => {
    expect(BINH_THUAN_GATING_CRITERIA).toEqual([
      'attendance',
      'duration',
      'speakers',
      'minutes',
    ]);
  });

  it('the March meeting: 91 but fair, because only 33% spoke (a gate)', () => {
    const result = rateMeeting(
      marchMeetingRecord(),
      binhThuanScheme,
      {
        minutes: 10,
        principles: scenarioInputs.principles,
        'praise-criticism': true,
      },
      { history: [] },
    );
    // attendance 20 (93.75%) + duration 10 + speakers 6 (5/15) + minutes 10
    // + preparation 15 + order 5 + review 5 + praise 5 + conclusion 5
    // + principles 5 + results 5 (61.75%, in 50–<70%) = 91 → good, capped to fair.
    expect(scoreOf(result, 'speakers')).toBe(6);
    expect(scoreOf(result, 'results')).toBe(5);
    expect(result.total).toBe(91);
    expect(result.levelBeforeGates).toBe('good');
    expect(result.level).toBe('fair');
  });
});

describe('R-RATE-2 Bình Thuận: attendance 20 (boundaries, [open] points)', () => {
  it.each([
    [91, 20],
    [90, 20],
    [89, 10],
    [86, 10],
    [85, 0],
  ])('%i of 100 present → %i', (present, points) => {
    expect(scoreOf(rate({ present }), 'attendance')).toBe(points);
  });

  it('someone absent without reason caps it at 10', () => {
    expect(scoreOf(rate({ present: 99, unexcused: 1 }), 'attendance')).toBe(10);
  });
});

describe('R-RATE-2 Bình Thuận: duration 10 and speakers 10 (boundaries, [open] points)', () => {
  it.each([
    [90, 10],
    [89, 5],
    [45, 5],
    [44, 0],
  ])('%i minutes → %i', (minutes, points) => {
    expect(scoreOf(rate({ minutes }), 'duration')).toBe(points);
  });

  it.each([
    [51, 10],
    [50, 6],
    [30, 6],
    [29, 3],
  ])('%i of 100 speak → %i', (speakers, points) => {
    expect(scoreOf(rate({ speakers }), 'speakers')).toBe(points);
  });

  it.each([
    [90, 10],
    [89, 8],
    [70, 8],
    [69, 5],
    [50, 5],
    [49, 2],
  ])('%i of 100 targets → %i', (done, points) => {
    expect(
      scoreOf(rate({ tasksDone: done, tasksNotDone: 100 - done }), 'results'),
    ).toBe(points);
  });
});
