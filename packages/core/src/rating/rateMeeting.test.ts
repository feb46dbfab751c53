import { marchRecord } from '@chibo/scenario';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendanceSummary, ChiboError } from '../index';
import {
  anPhuScheme,
  binhThuanScheme,
  createRatingFacts,
  durationCriterion,
  getRatingInputsSchema,
  getRatingLevel,
  hd12Scheme,
  parseRatingInputs,
  phuThoScheme,
  RATING_LEVELS_BEST_FIRST,
  type RatingScheme,
  rateMeeting,
  safeRateMeeting,
} from '../rating';
import { expectBilingual, issueAt } from '../testSupport/fixtures';
import {
  marchMeetingRecord,
  scenarioInputs,
  syntheticRecord,
} from '../testSupport/ratingRecords';

const record = marchMeetingRecord();
const rank = (level: string) =>
  RATING_LEVELS_BEST_FIRST.indexOf(level as never);

function expectInvalidInputs(run: () => unknown, path: PropertyKey[]) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    const chibo = error as ChiboError;
    expect(chibo.code).toBe('invalid-input');
    const issue = issueAt(chibo, path);
    expectBilingual(issue);
    expect(issue.rule).toBe('R-RATE-2');
    return chibo;
  }
  throw new Error('expected a ChiboError');
}

describe('R-RATE-2 rateMeeting: inputs are validated (zod)', () => {
  it.each([
    ['a score above the maximum', { chairing: 11 }, ['chairing']],
    ['a negative score', { principles: -1 }, ['principles']],
    ['NaN', { chairing: Number.NaN }, ['chairing']],
    ['Infinity', { chairing: Number.POSITIVE_INFINITY }, ['chairing']],
    ['a boolean for points', { chairing: true }, ['chairing']],
    ['points for a yes-no', { 'praise-criticism': 5 }, ['praise-criticism']],
    ['an unknown criterion id', { charing: 9 }, ['charing']],
    ['a criterion scored from the record', { duration: 5 }, ['duration']],
  ])(
    '%s → ChiboError at the path, in both languages, citing R-RATE-2',
    (_, inputs, path) => {
      expectInvalidInputs(
        () =>
          rateMeeting(record, anPhuScheme, inputs as never, { history: [] }),
        path,
      );
    },
  );

  it('reports every bad input at once, and never a partial result', () => {
    const error = expectInvalidInputs(
      () =>
        rateMeeting(record, anPhuScheme, {
          chairing: 12,
          principles: Number.NaN,
          x: 1,
        } as never),
      ['chairing'],
    );
    expect(error.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'chairing',
      'principles',
      'x',
    ]);
  });

  it('the message of an unknown id names it and says why', () => {
    const error = expectInvalidInputs(
      () => rateMeeting(record, anPhuScheme, { duration: 5 }),
      ['duration'],
    );
    expect(error.issues[0]?.message.vi).toContain('được tính từ hồ sơ');
    expect(error.issues[0]?.message.en).toContain(
      'scored from the meeting record',
    );
  });
});

describe('safeRateMeeting parses a raw record first', () => {
  it('rates the raw scenario record like the parsed one', () => {
    const safe = safeRateMeeting(marchRecord, anPhuScheme, scenarioInputs, {
      history: [],
    });
    expect(safe.success && safe.data.total).toBe(87);
  });

  it('returns the record errors with their paths instead of throwing', () => {
    const raw = structuredClone(marchRecord) as unknown as {
      meeting: { chairId: string };
    };
    raw.meeting.chairId = 'm99';
    const safe = safeRateMeeting(raw, anPhuScheme, scenarioInputs);
    expect(safe.success).toBe(false);
    if (!safe.success) issueAt(safe.error, ['meeting', 'chairId']);
  });

  it('returns bad inputs as an error', () => {
    const safe = safeRateMeeting(marchRecord, anPhuScheme, { chairing: 11 });
    expect(safe.success).toBe(false);
    if (!safe.success) issueAt(safe.error, ['chairing']);
  });
});

describe('R-RATE-2 a missing human input is never scored', () => {
  it('leaves the result incomplete, with no total and no level, naming what is missing', () => {
    const result = rateMeeting(
      record,
      anPhuScheme,
      { chairing: 9 },
      { history: [] },
    );
    expect(result.complete).toBe(false);
    expect(result.total).toBeNull();
    expect(result.level).toBeNull();
    expect(result.missingInputs).toEqual(['praise-criticism', 'principles']);
    const principles = result.criteria.find(
      (c) => c.criterionId === 'principles',
    );
    expect(principles).toMatchObject({ score: null, missing: true });
  });
});

describe('R-RATE-2 custom schemes are checked', () => {
  const base: RatingScheme = {
    id: 'mine',
    title: { vi: 'Của tôi', en: 'Mine' },
    outcome: { kind: 'levels', cutoffs: { good: 9, fair: 7, average: 5 } },
    criteria: [durationCriterion({ id: 'd', maxPoints: 10 })],
  };

  it('a scheme of your own rates with the same types', () => {
    expect(rateMeeting(record, base).level).toBe('good');
  });

  it.each([
    [
      'a repeated criterion id',
      { criteria: [...base.criteria, ...base.criteria] },
    ],
    [
      'a gate naming no criterion',
      {
        gates: [
          {
            id: 'g',
            label: { vi: 'x', en: 'x' },
            criterionIds: ['nope'],
            maxLevel: 'fair' as const,
          },
        ],
      },
    ],
    [
      'a criterion in a group the scheme does not list',
      {
        criteria: [{ ...base.criteria[0], group: 'nope' } as never],
        groups: [],
      },
    ],
    [
      'a group that does not add up',
      {
        criteria: [{ ...base.criteria[0], group: 'g' } as never],
        groups: [{ id: 'g', label: { vi: 'x', en: 'x' }, maxPoints: 11 }],
      },
    ],
  ])('%s → ChiboError invalid-argument', (_, change) => {
    expect(() => rateMeeting(record, { ...base, ...change })).toThrow(
      ChiboError,
    );
  });

  it('a record criterion scoring above its maximum is refused, not summed', () => {
    const broken: RatingScheme = {
      ...base,
      criteria: [
        {
          id: 'bad',
          source: 'record',
          maxPoints: 1,
          label: { vi: 'Hỏng', en: 'Broken' },
          score: () => ({ score: 2, reason: { vi: 'x', en: 'x' } }),
        },
      ],
    };
    expect(() => rateMeeting(record, broken)).toThrow(/outside 0..1/);
  });
});

const presets = [anPhuScheme, binhThuanScheme, phuThoScheme, hd12Scheme];

/** A full set of valid inputs for a scheme, from random draws. */
const inputsFor = (scheme: RatingScheme) =>
  fc.record(
    Object.fromEntries(
      scheme.criteria.flatMap((c) =>
        c.source === 'input'
          ? [
              [
                c.id,
                c.input === 'yes-no'
                  ? fc.boolean()
                  : fc
                      .integer({ min: 0, max: c.maxPoints * 2 })
                      .map((n) => n / 2),
              ],
            ]
          : [],
      ),
    ),
  ) as fc.Arbitrary<Record<string, number | boolean>>;

const records = fc
  .record({
    members: fc.integer({ min: 3, max: 30 }),
    presentShare: fc.double({ min: 0.1, max: 1, noNaN: true }),
    speakShare: fc.double({ min: 0, max: 1, noNaN: true }),
    minutes: fc.integer({ min: 1, max: 180 }),
    tasksDone: fc.integer({ min: 0, max: 6 }),
    tasksNotDone: fc.integer({ min: 0, max: 6 }),
    late: fc.integer({ min: 0, max: 30 }),
  })
  .filter((r) => r.tasksDone + r.tasksNotDone > 0)
  .map((r) => {
    const present = Math.max(2, Math.round(r.members * r.presentShare));
    return syntheticRecord({
      members: r.members,
      present,
      speakers: Math.round(present * r.speakShare),
      minutes: r.minutes,
      tasksDone: r.tasksDone,
      tasksNotDone: r.tasksNotDone,
      startedLateBy: r.late,
    });
  });

describe('R-RATE-2 properties of every preset (fast-check)', () => {
  it.each(presets.map((s) => [s.id, s] as const))(
    '%s: total = sum of criteria; 0 ≤ score ≤ max',
    (_, scheme) => {
      fc.assert(
        fc.property(records, inputsFor(scheme), (rec, inputs) => {
          const result = rateMeeting(rec, scheme, inputs, { history: [] });
          expect(result.complete).toBe(true);
          let sum = 0;
          for (const c of result.criteria) {
            expect(c.score).not.toBeNull();
            expect(c.score).toBeGreaterThanOrEqual(0);
            expect(c.score).toBeLessThanOrEqual(c.maxPoints);
            sum += c.score ?? 0;
          }
          expect(result.total).toBeCloseTo(sum, 9);
          expect(result.maxTotal).toBe(
            scheme.outcome.kind === 'levels' ? 100 : scheme.criteria.length,
          );
        }),
        { numRuns: propertyRuns(40) },
      );
    },
  );

  it.each(presets.map((s) => [s.id, s] as const))(
    '%s: a missing input is always reported, never scored',
    (_, scheme) => {
      fc.assert(
        fc.property(
          records,
          inputsFor(scheme),
          fc.func(fc.boolean()),
          (rec, inputs, drop) => {
            const kept = Object.fromEntries(
              Object.entries(inputs).filter(([key]) => !drop(key)),
            );
            const dropped = Object.keys(inputs)
              .filter((key) => drop(key))
              .sort();
            const result = rateMeeting(rec, scheme, kept, { history: [] });
            expect([...result.missingInputs].sort()).toEqual(dropped);
            for (const id of dropped) {
              expect(
                result.criteria.find((c) => c.criterionId === id)?.score,
              ).toBeNull();
            }
            if (dropped.length > 0) {
              expect(result.complete).toBe(false);
              expect(result.total).toBeNull();
              expect(result.level).toBeNull();
            }
          },
        ),
        { numRuns: propertyRuns(40) },
      );
    },
  );

  it('the level is monotone in the total (getRatingLevel)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          expect(rank(getRatingLevel(lo))).toBeGreaterThanOrEqual(
            rank(getRatingLevel(hi)),
          );
        },
      ),
    );
  });

  it.each(
    [anPhuScheme, binhThuanScheme, phuThoScheme].map((s) => [s.id, s] as const),
  )('%s: more points from a person never lower the level', (_, scheme) => {
    const points = scheme.criteria.filter(
      (c) => c.source === 'input' && c.input === 'points',
    );
    fc.assert(
      fc.property(
        records,
        inputsFor(scheme),
        fc.constantFrom(...points.map((c) => c.id)),
        (rec, inputs, id) => {
          const lower = rateMeeting(
            rec,
            scheme,
            { ...inputs, [id]: 0 },
            { history: [] },
          );
          const higher = rateMeeting(rec, scheme, inputs, { history: [] });
          expect(higher.total ?? 0).toBeGreaterThanOrEqual(lower.total ?? 0);
          expect(rank(higher.level ?? 'poor')).toBeLessThanOrEqual(
            rank(lower.level ?? 'poor'),
          );
        },
      ),
      { numRuns: propertyRuns(30) },
    );
  });
});

describe('the fast paths agree with the slow ones', () => {
  it('parseRatingInputs accepts exactly what the zod schema accepts (fast-check)', () => {
    const keys = fc.constantFrom(
      'chairing',
      'principles',
      'praise-criticism',
      'duration',
      'x',
      'toString',
    );
    const values = fc.oneof(
      fc.double(),
      fc.integer({ min: -2, max: 12 }),
      fc.boolean(),
      fc.constant(undefined),
      fc.string({ maxLength: 2 }),
      fc.constant(null),
    );
    fc.assert(
      fc.property(fc.dictionary(keys, values, { maxKeys: 4 }), (inputs) => {
        const zodAccepts =
          getRatingInputsSchema(anPhuScheme).safeParse(inputs).success;
        let accepted = true;
        try {
          parseRatingInputs(anPhuScheme, inputs);
        } catch (error) {
          expect(error).toBeInstanceOf(ChiboError);
          accepted = false;
        }
        expect(accepted).toBe(zodAccepts);
      }),
      { numRuns: propertyRuns(500) },
    );
  });

  it('the facts of a first meeting of the year (history []) equal attendanceSummary with history []', () => {
    fc.assert(
      fc.property(records, (rec) => {
        const facts = createRatingFacts(rec, { history: [] });
        const direct = attendanceSummary(rec.meeting, rec.members, {
          history: [],
        });
        expect(facts.attendance).toEqual(direct);
      }),
      { numRuns: propertyRuns(60) },
    );
  });
});

describe('R-SET-1 a rating names the texts it rests on (R-RATE-1, R-RATE-2)', () => {
  const on = (scheduledAt: string) => ({
    ...record,
    meeting: { ...record.meeting, scheduledAt },
  });

  it('R-RATE-2 the March meeting: 42-HD/BTCTW, then the An Phú sheet', () => {
    expect(
      rateMeeting(record, anPhuScheme, scenarioInputs, { history: [] }).texts,
    ).toEqual([
      '42-HD/BTCTW',
      'Đảng ủy phường An Phú, 2025, căn cứ Hướng dẫn 42-HD/BTCTW',
    ]);
  });

  it('R-RATE-1 2025-10-27 rests on 12-HD/BTCTW, 2025-10-28 on 42-HD/BTCTW, whatever the scheme', () => {
    const source = 'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018';
    expect(
      rateMeeting(on('2025-10-27T19:30:00+07:00'), hd12Scheme).texts,
    ).toEqual(['12-HD/BTCTW', source]);
    expect(
      rateMeeting(on('2025-10-28T19:30:00+07:00'), hd12Scheme).texts,
    ).toEqual(['42-HD/BTCTW', source]);
  });

  it('R-RATE-2 a pinned rule set names its own guidance; a scheme without a source adds nothing', () => {
    const { source: _source, ...bare } = anPhuScheme;
    expect(
      rateMeeting(record, bare, scenarioInputs, { ruleSet: 'HD12-2018' }).texts,
    ).toEqual(['12-HD/BTCTW']);
  });
});
