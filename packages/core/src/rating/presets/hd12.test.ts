import { describe, expect, it } from 'vitest';
import { createHd12Scheme, hd12Scheme, rateMeeting } from '../../rating';
import {
  marchMeetingRecord,
  type SyntheticRecordOptions,
  scoreOf,
  syntheticRecord,
} from '../../testSupport/ratingRecords';

/** Every judged condition: yes. */
const allYes = Object.fromEntries(
  hd12Scheme.criteria
    .filter((c) => c.source === 'input')
    .map((c) => [c.id, true]),
);
const rate = (options: SyntheticRecordOptions, scheme = hd12Scheme) =>
  rateMeeting(syntheticRecord(options), scheme, allYes, { history: [] });

describe('R-RATE-1 12-HD framework: quality yes/no with every failed condition', () => {
  it('a meeting meeting every condition is of quality', () => {
    const result = rate({});
    expect(result).toMatchObject({
      quality: true,
      failed: [],
      level: null,
      complete: true,
      rule: 'R-RATE-1',
    });
  });

  it('the March meeting fails only "good results": 61.75% of targets < 70% ([open] default)', () => {
    const result = rateMeeting(marchMeetingRecord(), hd12Scheme, allYes, {
      history: [],
    });
    expect(result.quality).toBe(false);
    expect(result.failed).toEqual(['previous-results']);
    const lenient = createHd12Scheme({ goodResultsPercent: 60 });
    expect(
      rateMeeting(marchMeetingRecord(), lenient, allYes, { history: [] })
        .quality,
    ).toBe(true);
  });

  it('lists every failed condition, from the record and from people', () => {
    const result = rateMeeting(
      syntheticRecord({
        present: 80,
        unexcused: 1,
        minutes: 80,
        speakers: 10,
        tasksDone: 1,
        tasksNotDone: 9,
        startedLateBy: 10,
      }),
      hd12Scheme,
      { ...allYes, principles: false, 'minutes-complete': false },
      { history: [] },
    );
    expect(result.quality).toBe(false);
    expect(result.failed).toEqual([
      'attendance-rate',
      'attendance-no-unexcused',
      'on-time-in-order',
      'many-speakers',
      'duration',
      'minutes-complete',
      'principles',
      'previous-results',
    ]);
  });

  it('judged conditions are inputs: missing ones leave quality undecided (null), never assumed', () => {
    const result = rateMeeting(
      syntheticRecord(),
      hd12Scheme,
      {},
      { history: [] },
    );
    expect(result.quality).toBeNull();
    expect(result.missingInputs).toHaveLength(7);
  });

  it('a failed condition decides "not of quality" even while inputs are missing', () => {
    const result = rateMeeting(
      syntheticRecord({ minutes: 80 }),
      hd12Scheme,
      {},
      { history: [] },
    );
    expect(result.quality).toBe(false);
    expect(result.complete).toBe(false);
    expect(result.failed).toEqual(['duration']);
  });
});

describe('R-ATT-2 in 12-HD: the rate must be above 85% (boundaries)', () => {
  it.each([
    [84, 0],
    [85, 0],
    [86, 1],
  ])('%i of 100 present → %i', (present, points) => {
    expect(scoreOf(rate({ present }), 'attendance-rate')).toBe(points);
  });
});

describe('R-DUR-1 in 12-HD: at least 90 minutes (boundaries)', () => {
  it.each([
    [89, 0],
    [90, 1],
    [91, 1],
  ])('%i minutes → %i', (minutes, points) => {
    expect(scoreOf(rate({ minutes }), 'duration')).toBe(points);
  });
});

describe('R-RATE-1 12-HD [open] thresholds: many speakers ≥ 30%, good results ≥ 70% (boundaries)', () => {
  it.each([
    [29, 0],
    [30, 1],
    [31, 1],
  ])('%i of 100 speak → %i', (speakers, points) => {
    expect(scoreOf(rate({ speakers }), 'many-speakers')).toBe(points);
  });

  it.each([
    [69, 0],
    [70, 1],
    [71, 1],
  ])('%i of 100 targets → %i', (done, points) => {
    expect(
      scoreOf(
        rate({ tasksDone: done, tasksNotDone: 100 - done }),
        'previous-results',
      ),
    ).toBe(points);
  });

  it('both are configurable', () => {
    const scheme = createHd12Scheme({
      minSpeakerPercent: 50,
      goodResultsPercent: 90,
    });
    expect(scoreOf(rate({ speakers: 49 }, scheme), 'many-speakers')).toBe(0);
    expect(
      scoreOf(
        rate({ tasksDone: 89, tasksNotDone: 11 }, scheme),
        'previous-results',
      ),
    ).toBe(0);
  });
});
