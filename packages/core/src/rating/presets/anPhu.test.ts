import { describe, expect, it } from 'vitest';
import { anPhuScheme, createAnPhuScheme, rateMeeting } from '../../rating';
import {
  marchMeetingRecord,
  type SyntheticRecordOptions,
  scenarioInputs,
  scoreOf,
  syntheticRecord,
} from '../../testSupport/ratingRecords';

const full = { chairing: 10, principles: 5, 'praise-criticism': true };
const rate = (options: SyntheticRecordOptions, inputs = full) =>
  rateMeeting(syntheticRecord(options), anPhuScheme, inputs, { history: [] });

describe('R-RATE-2 An Phú HD42: the March 2027 meeting (SCENARIO.md)', () => {
  /*
   * Worked by hand from SCENARIO.md and DOMAIN.md §6:
   * - duration: 19:30–21:15 = 105 min ≥ 90                        →  5 / 5
   * - attendance: 15/16 = 93.75% ≥ 90% → 4; nobody absent without
   *   reason; Mai's one excused absence is not > 3 in a row → +1    →  5 / 5
   * - preparation: content 03-03, chi ủy 03-05, notice 03-06, all
   *   before the start; materials 03-07 20:00, 47.5 h ahead ≥ 24 h  → 10 / 10
   * - conduct (30):
   *   on time 19:30 = scheduled (3), agenda approved (1), recorder (1) →  5
   *   the 3 tasks of February all reviewed                            →  5
   *   speakers: m04, m12, m08, m10, m15 (the guest g01 does not count)
   *   = 5 of the 15 present = 33.3%, in 30–40%                        →  3
   *   praise and criticism given (human input)                        →  5
   *   the chair concluded (2); vote 12 for of a base of 12 passes (3) →  5
   *   5 tasks set for March                                           →  5
   *                                                                  = 28 / 30
   * - chairing: 9 (human input)                                      →  9 / 10
   * - principles: 5 (human input)                                    →  5 / 5
   * - resolution results: done 1 + partly 52/61 + not done 0
   *   = 1.8525 of 3 targets = 61.75%, in 60–<70%                     → 20 / 30
   * - closing: minutes approved 21:12 (3), end time 21:15 (2)         →  5 / 5
   * Total 5 + 5 + 10 + 28 + 9 + 5 + 20 + 5 = 87: 70 ≤ 87 < 90 → fair (Khá).
   */
  const result = rateMeeting(
    marchMeetingRecord(),
    anPhuScheme,
    scenarioInputs,
    {
      history: [],
    },
  );

  it('scores every criterion as worked out by hand', () => {
    expect(
      Object.fromEntries(result.criteria.map((c) => [c.criterionId, c.score])),
    ).toEqual({
      duration: 5,
      attendance: 5,
      preparation: 10,
      'conduct-order': 5,
      'conduct-task-review': 5,
      'conduct-speakers': 3,
      'praise-criticism': 5,
      'conduct-conclusion': 5,
      'conduct-new-tasks': 5,
      chairing: 9,
      principles: 5,
      results: 20,
      closing: 5,
    });
  });

  it('totals 87 of 100: fair, complete, nothing missing', () => {
    expect(result).toMatchObject({
      schemeId: 'an-phu-hd42',
      ruleSet: 'HD42-2025',
      rule: 'R-RATE-2',
      total: 87,
      maxTotal: 100,
      level: 'fair',
      complete: true,
      missingInputs: [],
      missingRecord: [],
    });
    expect(result.failed).toEqual(['conduct-speakers', 'chairing', 'results']);
  });

  it('gives each reason in Vietnamese and English', () => {
    const speakers = result.criteria.find(
      (c) => c.criterionId === 'conduct-speakers',
    );
    expect(speakers?.reason.vi).toContain('5/15');
    expect(speakers?.reason.vi).toContain('33,33%');
    expect(speakers?.reason.en).toContain('33.33%');
    for (const c of result.criteria) {
      expect(c.reason.vi).not.toBe(c.reason.en);
    }
  });

  it('groups add up to the sheet: 5, 5, 10, 30, 10, 5, 30, 5', () => {
    const sums: Record<string, number> = {};
    for (const c of anPhuScheme.criteria) {
      sums[c.group ?? ''] = (sums[c.group ?? ''] ?? 0) + c.maxPoints;
    }
    expect(sums).toEqual({
      duration: 5,
      attendance: 5,
      preparation: 10,
      conduct: 30,
      chairing: 10,
      principles: 5,
      results: 30,
      closing: 5,
    });
    expect(
      Object.fromEntries(
        anPhuScheme.groups?.map((g) => [g.id, g.maxPoints]) ?? [],
      ),
    ).toEqual(sums);
  });
});

describe('R-RATE-2 An Phú: attendance 4 + 1 (boundaries)', () => {
  it.each([
    [89, 3],
    [90, 4],
    [91, 4],
    [74, 2],
    [75, 3],
    [76, 3],
    [64, 1],
    [65, 2],
    [66, 2],
  ])('%i of 100 present → %i + 1 bonus', (present, points) => {
    expect(scoreOf(rate({ present }), 'attendance')).toBe(points + 1);
  });

  it('anyone absent without reason caps it at 1 (+1 bonus)', () => {
    expect(scoreOf(rate({ present: 99, unexcused: 1 }), 'attendance')).toBe(2);
    expect(scoreOf(rate({ present: 99, unexcused: 0 }), 'attendance')).toBe(5);
  });

  const absentFrom = (
    record: ReturnType<typeof syntheticRecord>,
    month: string,
  ) => ({
    id: `sh-${month}`,
    scheduledAt: `2027-${month}-09T19:30:00+07:00`,
    attendance: record.members.map((m) => ({
      memberId: m.id,
      status:
        m.id === 'm100' ? ('absent-excused' as const) : ('present' as const),
      late: false,
      leftEarly: false,
    })),
  });

  it('the bonus needs nobody with more than 3 excused absences in a row (R-ATT-2)', () => {
    const record = syntheticRecord({ present: 99 }); // m100 absent with reason
    const three = [absentFrom(record, '01'), absentFrom(record, '02')];
    const four = [
      ...three,
      {
        ...absentFrom(record, '02'),
        id: 'sh-02b',
        scheduledAt: '2027-02-20T19:30:00+07:00',
      },
    ];
    const at3 = rateMeeting(record, anPhuScheme, full, { history: three });
    const at4 = rateMeeting(record, anPhuScheme, full, { history: four });
    expect(scoreOf(at3, 'attendance')).toBe(5);
    expect(scoreOf(at4, 'attendance')).toBe(4);
    expect(
      at4.criteria.find((c) => c.criterionId === 'attendance')?.reason.en,
    ).toContain('no bonus');
  });

  it('without the year history the bonus is unknown: missing, never guessed', () => {
    const result = rateMeeting(syntheticRecord(), anPhuScheme, full);
    expect(result.complete).toBe(false);
    expect(result.level).toBeNull();
    expect(result.missingRecord.map((m) => m.criterionId)).toEqual([
      'attendance',
    ]);
  });
});

describe('R-RATE-2 An Phú: duration against 90 minutes (boundaries)', () => {
  it.each([
    [120, 5],
    [91, 5],
    [90, 5],
    [89, 4],
    [75, 4],
    [74, 3],
    [60, 3],
    [59, 2],
    [45, 2],
    [44, 1],
    [10, 1],
  ])('%i minutes → %i', (minutes, points) => {
    expect(scoreOf(rate({ minutes }), 'duration')).toBe(points);
  });
});

describe('R-RATE-2 An Phú: speakers among those present (boundaries)', () => {
  it.each([
    [51, 5],
    [50, 4],
    [49, 4],
    [41, 4],
    [40, 4],
    [39, 3],
    [31, 3],
    [30, 3],
    [29, 2],
    [0, 2],
  ])('%i of 100 present speak → %i', (speakers, points) => {
    expect(scoreOf(rate({ speakers }), 'conduct-speakers')).toBe(points);
  });
});

describe('R-RATE-2 An Phú: resolution results (boundaries)', () => {
  it.each([
    [91, 30],
    [90, 30],
    [89, 27],
    [80, 27],
    [79, 24],
    [70, 24],
    [69, 20],
    [60, 20],
    [59, 15],
    [50, 15],
    [49, 10],
    [0, 10],
  ])('%i of 100 targets met → %i', (done, points) => {
    const result = rate({ tasksDone: done, tasksNotDone: 100 - done });
    expect(scoreOf(result, 'results')).toBe(points);
  });

  it('a partly-done task without progress counts 0.5 by default, configurable ([open])', () => {
    const record = marchMeetingRecord();
    const review = record.meeting.taskReviews[1];
    const task = record.previousResolution?.tasks[1];
    if (review) delete review.progress;
    if (task) delete task.progress;
    // 1 + 0.5 + 0 = 1.5 of 3 = 50% → 15
    expect(
      scoreOf(
        rateMeeting(record, anPhuScheme, scenarioInputs, { history: [] }),
        'results',
      ),
    ).toBe(15);
    const strict = createAnPhuScheme({ partlyDoneShare: 0 });
    expect(
      scoreOf(
        rateMeeting(record, strict, scenarioInputs, { history: [] }),
        'results',
      ),
    ).toBe(10);
  });

  it('without the previous resolution the results are missing', () => {
    const record = marchMeetingRecord();
    delete record.previousResolution;
    const result = rateMeeting(record, anPhuScheme, scenarioInputs, {
      history: [],
    });
    expect(result.missingRecord.map((m) => m.criterionId)).toEqual([
      'conduct-task-review',
      'results',
    ]);
    expect(result.total).toBeNull();
  });
});

describe('R-PREP-2 An Phú: materials posted at least 1 day ahead', () => {
  it.each([
    [24 * 60 + 1, 10],
    [24 * 60, 10],
    [24 * 60 - 1, 7],
  ])('posted %i minutes before → preparation %i', (before, points) => {
    expect(
      scoreOf(rate({ materialsPostedMinutesBefore: before }), 'preparation'),
    ).toBe(points);
  });
});

describe('R-RATE-2 An Phú: starting on time ([open] tolerance, default 0)', () => {
  it.each([
    [0, 0, 5],
    [1, 0, 2],
    [5, 5, 5],
    [6, 5, 2],
  ])('%i min late with a tolerance of %i → %i', (late, tolerance, points) => {
    const scheme = createAnPhuScheme({ lateStartToleranceMinutes: tolerance });
    const result = rateMeeting(
      syntheticRecord({ startedLateBy: late }),
      scheme,
      full,
      { history: [] },
    );
    expect(scoreOf(result, 'conduct-order')).toBe(points);
  });
});

describe('R-RATE-2 An Phú: levels at 90 / 70 / 50 (boundaries)', () => {
  // Record A: every record criterion full (80) + praise 5 = 85 + chairing + principles.
  it.each([
    [5, 'good', 90],
    [4.5, 'fair', 89.5],
    [4, 'fair', 89],
    [10, 'good', 95],
  ])('full record, chairing %d → %s (%d)', (chairing, level, total) => {
    const result = rate(
      {},
      { chairing, principles: 0, 'praise-criticism': true },
    );
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
  });

  // Record B: results 10 instead of 30 → 65 + chairing.
  it.each([
    [5, 'fair', 70],
    [4.5, 'average', 69.5],
    [4, 'average', 69],
  ])('no target met, chairing %d → %s (%d)', (chairing, level, total) => {
    const result = rate(
      { tasksDone: 0, tasksNotDone: 10 },
      { chairing, principles: 0, 'praise-criticism': true },
    );
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
  });

  // Record C: results 10 (−20), 44 min (−4), nobody speaks (−3), 64% present (−3),
  // materials late (−3): 47 of 80, no praise → 47 + chairing.
  it.each([
    [3, 'average', 50],
    [2.5, 'poor', 49.5],
    [2, 'poor', 49],
  ])('a weak meeting, chairing %d → %s (%d)', (chairing, level, total) => {
    const result = rate(
      {
        tasksDone: 0,
        tasksNotDone: 10,
        minutes: 44,
        speakers: 0,
        present: 64,
        materialsPostedMinutesBefore: 60,
      },
      { chairing, principles: 0, 'praise-criticism': false },
    );
    expect(result.total).toBe(total);
    expect(result.level).toBe(level);
  });
});
