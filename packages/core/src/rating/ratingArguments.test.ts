import { marchRecord } from '@chibo/scenario';
import { describe, expect, it } from 'vitest';
import { ChiboError, safeParseMeetingRecord } from '../index';
import {
  anPhuScheme,
  approveRating,
  attendanceConditionCriterion,
  attendanceCriterion,
  checklistCriterion,
  confirmRating,
  createAnPhuScheme,
  createHd12Scheme,
  createRatingFacts,
  durationCriterion,
  getRatingInputsSchema,
  getTaskResults,
  parseRatingInputs,
  proposeRating,
  type RatingScheme,
  rateMeeting,
  rateYear,
  safeParseRatingInputs,
  safeRateMeeting,
  scoreShare,
  speakersCriterion,
  summarizeRatings,
  taskResultsCriterion,
} from '../rating';
import {
  marchMeetingRecord,
  scenarioInputs,
} from '../testSupport/ratingRecords';

// Issue 13 §4: a wrong argument to a rating function is a ChiboError
// (`invalid-argument`) whose issues' paths start with the argument's name:
// never a TypeError, and never a score, level or count computed from it.

const record = marchMeetingRecord();
const result = rateMeeting(record, anPhuScheme, scenarioInputs, {
  history: [],
});
const proposed = proposeRating(result, { at: '2027-03-09T21:05' });
const approved = approveRating(proposed, { at: '2027-03-09T21:08' });
const scale = { bands: [{ atLeast: 40, points: 4 }], otherwise: 2 };

/** Run `call` and return the ChiboError it throws. */
function errorOf(call: () => unknown): ChiboError {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(ChiboError);
    return error as ChiboError;
  }
  throw new Error('expected a ChiboError, got a value');
}

/** `call` throws `invalid-argument` with an issue at `path`. */
function expectInvalid(call: () => unknown, path: PropertyKey[]): void {
  const error = errorOf(call);
  expect(error.code).toBe('invalid-argument');
  expect(error.issues.map((issue) => issue.path)).toContainEqual(path);
  expect(error.messages.vi).toMatch(/không hợp lệ/);
  expect(error.messages.en).toMatch(/Invalid/);
}

describe('R-RATE-2 scoring a share refuses what is not a share', () => {
  it('scoreShare: NaN of 5, or 2 of 0, is an error, not a band', () => {
    expect(scoreShare(2, 5, scale).points).toBe(4);
    expectInvalid(() => scoreShare(Number.NaN, 5, scale), ['part']);
    expectInvalid(() => scoreShare(2, 0, scale), ['whole']);
    expectInvalid(
      () => scoreShare(2, 5, { bands: 0 } as never),
      ['scale', 'bands'],
    );
    expectInvalid(
      () =>
        scoreShare(2, 5, {
          bands: [{ atLeast: 40, above: '50', points: 4 }],
          otherwise: 2,
        } as never),
      ['scale', 'bands', 0],
    );
  });
});

describe('R-RATE-2 criterion builders check their options when built', () => {
  it.each([
    ['attendanceCriterion', () => attendanceCriterion(0 as never), []],
    [
      'attendanceCriterion',
      () => attendanceCriterion({ id: 'a', scale, unexcusedCap: '1' } as never),
      ['unexcusedCap'],
    ],
    [
      'attendanceConditionCriterion',
      () =>
        attendanceConditionCriterion({
          id: 'a',
          condition: Object.create(null),
        }),
      ['condition'],
    ],
    [
      'checklistCriterion',
      () => checklistCriterion({ id: 'c', items: [{ points: 1 }] } as never),
      ['items', 0, 'check'],
    ],
    [
      'durationCriterion',
      () => durationCriterion({ id: 'd', maxPoints: Number.NaN }),
      ['maxPoints'],
    ],
    [
      'speakersCriterion',
      () => speakersCriterion({ id: 's', scale: { bands: [] } } as never),
      ['scale', 'otherwise'],
    ],
    [
      'taskResultsCriterion',
      () => taskResultsCriterion({ id: 't', scale, partlyDoneShare: 2 }),
      ['partlyDoneShare'],
    ],
  ])('%s', (_name, call, path) => {
    expectInvalid(call, ['options', ...path]);
  });

  it('the presets check their [open] options', () => {
    expectInvalid(() => createAnPhuScheme(null as never), ['options']);
    expectInvalid(
      () => createAnPhuScheme({ lateStartToleranceMinutes: '5' as never }),
      ['options', 'lateStartToleranceMinutes'],
    );
    expectInvalid(
      () => createHd12Scheme({ minSpeakerPercent: Number.NaN }),
      ['options', 'minSpeakerPercent'],
    );
  });
});

describe('R-RATE-2 a scheme that cannot be rated with is refused', () => {
  const groupless: RatingScheme = {
    ...anPhuScheme,
    criteria: anPhuScheme.criteria.map((c, i) =>
      i === 0 ? { ...c, group: Object.create(null) } : c,
    ),
  };

  it('by every function that takes a scheme', () => {
    const path = ['scheme', 'criteria', 0, 'group'];
    expectInvalid(() => getRatingInputsSchema(groupless), path);
    expectInvalid(() => parseRatingInputs(groupless, scenarioInputs), path);
    expectInvalid(() => rateMeeting(record, groupless, scenarioInputs), path);
    expectInvalid(() => parseRatingInputs('' as never, {}), ['scheme']);
  });

  it('the safe variants return the error instead of throwing', () => {
    const inputs = safeParseRatingInputs(null as never, scenarioInputs);
    expect(inputs.success).toBe(false);
    expect(inputs.error?.code).toBe('invalid-argument');
    const rating = safeRateMeeting(marchRecord, groupless, scenarioInputs);
    expect(rating.error?.code).toBe('invalid-argument');
    // A bad record is reported as `safeParseMeetingRecord` reports it.
    expect(safeRateMeeting({}, anPhuScheme, {}).error?.messages).toEqual(
      safeParseMeetingRecord({}).error?.messages,
    );
  });
});

describe('R-RATE-2 rating a record checks the record and the options', () => {
  it('a record that is not a MeetingRecord', () => {
    expectInvalid(
      () => rateMeeting({} as never, anPhuScheme, scenarioInputs),
      ['record', 'cell'],
    );
    expectInvalid(() => createRatingFacts(0 as never), ['record']);
    expectInvalid(() => createRatingFacts(record, 5 as never), ['options']);
    expectInvalid(
      () => createRatingFacts(record, { history: {} as never }),
      ['options', 'history'],
    );
  });

  it('R-DUR-1 a combined session flag of "yes" is refused, not read as true', () => {
    expectInvalid(
      () =>
        rateMeeting(record, anPhuScheme, scenarioInputs, {
          combined: 'yes' as never,
        }),
      ['options', 'combined'],
    );
  });

  it('R-TASK-1 getTaskResults checks the record and the share', () => {
    expect(getTaskResults(record)?.tasks).toBe(3);
    expectInvalid(
      () => getTaskResults({ ...record, previousResolution: [] as never }),
      ['record', 'previousResolution'],
    );
    expectInvalid(
      () => getTaskResults(record, Number.NaN),
      ['partlyDoneShare'],
    );
  });
});

describe('R-RATE-3 the steps check what they are given', () => {
  it('proposeRating takes a result of rateMeeting', () => {
    expectInvalid(() => proposeRating(0 as never), ['result']);
    expectInvalid(
      () => proposeRating({ ...result, complete: 'yes' } as never),
      ['result', 'complete'],
    );
    expectInvalid(
      () => proposeRating({ ...result, total: -1 }),
      ['result', 'total'],
    );
  });

  it('approveRating: a level that is not one names the options', () => {
    expectInvalid(
      () => approveRating(proposed, { level: 'excellent' as never }),
      ['options', 'approvedLevel'],
    );
    expectInvalid(
      () => approveRating({ ...proposed, proposedScore: '87' } as never),
      ['rating', 'proposedScore'],
    );
  });

  it('confirmRating checks the rating, the confirmation and the guests', () => {
    expectInvalid(
      () => confirmRating(approved, { name: 5 } as never),
      ['confirmation', 'name'],
    );
    expectInvalid(
      () =>
        confirmRating(
          approved,
          { name: 'Triệu Văn Long' },
          { guests: 1 as never },
        ),
      ['options', 'guests'],
    );
  });
});

describe('R-RATE-4 a year and a summary count only real levels', () => {
  const meetings = [{ ...record.meeting, rating: approved }];

  it("rateYear: the year '2027' is refused, never rated as a year without meetings", () => {
    expect(rateYear(meetings, { year: 2027 }).meetingIds).toEqual([
      'sh-2027-03',
    ]);
    expectInvalid(
      () => rateYear(meetings, { year: '2027' as never }),
      ['options', 'year'],
    );
    expectInvalid(
      () =>
        rateYear([{ ...meetings[0], kind: 'monthly' } as never], {
          year: 2027,
        }),
      ['meetings', 0, 'kind'],
    );
  });

  it('summarizeRatings: a level that is not one is refused, never left out of the shares', () => {
    const at = '2027-03-09';
    expect(
      summarizeRatings([{ cellId: 'a', at, level: 'good' }]).years[0]?.rated,
    ).toBe(1);
    expectInvalid(
      () =>
        summarizeRatings([{ cellId: 'a', at, level: 'excellent' as never }]),
      ['items', 0],
    );
    expectInvalid(() => summarizeRatings(' ' as never), ['items']);
  });
});
