import { marchRecord } from '@chibo/scenario';
import { propertyRuns } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ChiboError,
  DISCIPLINE_FORMS_HEAVIEST_FIRST,
  getMajorityKind,
  type MajorityKind,
  moreThanHalf,
  parseMeetingRecord,
  type TallyInput,
  tallyVote,
  twoThirds,
  votingBase,
} from '../index';
import type { DisciplineForm, VoteMode, VoteSubject } from '../schemas';

const resolution = (
  forVotes: number,
  against = 0,
  abstain = 0,
): TallyInput => ({
  subject: 'resolution',
  mode: 'show-of-hands',
  for: forVotes,
  against,
  abstain,
});

const admission = (forVotes: number, against = 0): TallyInput => ({
  subject: 'admission',
  mode: 'show-of-hands',
  for: forVotes,
  against,
});

type Ballots = Partial<Record<DisciplineForm, number>>;

const discipline = (
  ballots: Ballots,
  against = 0,
  mode: VoteMode = 'secret-ballot',
): TallyInput => ({
  subject: 'discipline',
  mode,
  for: Object.values(ballots).reduce((n, v) => n + (v ?? 0), 0),
  against,
  discipline: ballots,
});

function expectInvalidVote(run: () => unknown): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ChiboError);
  expect((caught as ChiboError).code).toBe('invalid-vote');
}

describe('R-VOTE-1 tally: the scenario vote', () => {
  it('R-VOTE-1 (v2) 12 for, 0 against, 0 abstain out of a base of 13 passes (294-QĐ/TW)', () => {
    const record = parseMeetingRecord(marchRecord);
    const base = votingBase(record.meeting, record.members);
    const vote = record.meeting.votes[0];
    if (!vote) throw new Error('the scenario has a vote');
    const tally = tallyVote(vote, base);
    expect(tally).toMatchObject({
      rule: 'R-VOTE-1',
      ruleSet: 'HD42-2025',
      majority: 'more-than-half',
      passed: true,
      base: 13,
      for: 12,
      against: 0,
      abstain: 0,
      required: 7,
      findings: [],
    });
    expect(tally.discipline).toBeUndefined();
  });
});

describe('R-VOTE-1 more than half of the voting base', () => {
  it('R-VOTE-1 exactly half (6 of 12) fails', () => {
    const tally = tallyVote(resolution(6, 0, 0), 12);
    expect(tally.passed).toBe(false);
    expect(tally.required).toBe(7);
  });

  it('R-VOTE-1 7 of 12 passes', () => {
    expect(tallyVote(resolution(7, 5), 12).passed).toBe(true);
  });

  it('R-VOTE-1 odd base: 6 of 13 fails, 7 of 13 passes', () => {
    expect(tallyVote(resolution(6, 7), 13).passed).toBe(false);
    expect(tallyVote(resolution(7, 6), 13).passed).toBe(true);
    expect(tallyVote(resolution(7), 13).required).toBe(7);
  });

  it('R-VOTE-1 base 1 needs 1; base 0 passes nothing', () => {
    expect(tallyVote(resolution(1), 1).passed).toBe(true);
    expect(tallyVote(resolution(0), 1).passed).toBe(false);
    expect(tallyVote(resolution(0), 0).passed).toBe(false);
  });

  it('R-VOTE-1 counts against the base, not the ballots cast: 6 unanimous of a base of 12 fails', () => {
    expect(tallyVote(resolution(6, 0, 0), 12).passed).toBe(false);
  });

  it('R-VOTE-1 abstentions do not count for: 6 for and 6 abstain of 12 fails', () => {
    const tally = tallyVote(resolution(6, 0, 6), 12);
    expect(tally.passed).toBe(false);
    expect(tally.abstain).toBe(6);
  });

  it.each([
    'resolution',
    'conclusion',
    'rating',
    'minutes',
    'exemption',
    'removal',
  ] as const)('R-VOTE-1 a %s needs more than half', (subject) => {
    expect(getMajorityKind(subject)).toBe('more-than-half');
    const vote = { subject, mode: 'show-of-hands' as const, against: 0 };
    const fail = tallyVote({ ...vote, for: 5 }, 10);
    const pass = tallyVote({ ...vote, for: 6 }, 10);
    expect(fail.passed).toBe(false);
    expect(pass.passed).toBe(true);
    expect(pass.rule).toBe('R-VOTE-1');
    expect(pass.majority).toBe('more-than-half');
  });

  it('R-VOTE-1 a number as base records no rule set; a voting base records its own', () => {
    expect(tallyVote(resolution(7), 12).ruleSet).toBeUndefined();
    expect(
      tallyVote(resolution(7), { size: 12, ruleSet: 'HD12-2018' }).ruleSet,
    ).toBe('HD12-2018');
  });
});

describe('R-VOTE-1 invalid counts throw ChiboError invalid-vote', () => {
  it('R-VOTE-1 ballots exceeding the base throw', () => {
    expectInvalidVote(() => tallyVote(resolution(13), 12));
    expectInvalidVote(() => tallyVote(resolution(7, 5, 1), 12));
    expectInvalidVote(() =>
      tallyVote(resolution(1), { size: 0, ruleSet: 'HD42-2025' }),
    );
  });

  it('R-VOTE-1 ballots equal to the base do not throw', () => {
    expect(() => tallyVote(resolution(7, 4, 1), 12)).not.toThrow();
  });

  it('R-VOTE-1 negative or fractional counts throw', () => {
    expectInvalidVote(() => tallyVote(resolution(-1), 12));
    expectInvalidVote(() => tallyVote(resolution(1.5), 12));
    expectInvalidVote(() => tallyVote(resolution(1, 0, -1), 12));
    expectInvalidVote(() => tallyVote(resolution(1), 12.5));
    expectInvalidVote(() => tallyVote(resolution(1), Number.NaN));
  });

  it('R-VOTE-3 discipline ballots that do not add up to "for" throw', () => {
    expectInvalidVote(() =>
      tallyVote(
        {
          subject: 'discipline',
          mode: 'secret-ballot',
          for: 5,
          against: 0,
          discipline: { reprimand: 4 },
        },
        12,
      ),
    );
    expectInvalidVote(() =>
      tallyVote(
        { subject: 'discipline', mode: 'secret-ballot', for: 3, against: 0 },
        12,
      ),
    );
  });

  it('R-VOTE-3 a negative discipline count throws', () => {
    expectInvalidVote(() =>
      tallyVote(
        {
          subject: 'discipline',
          mode: 'secret-ballot',
          for: 1,
          against: 0,
          discipline: { reprimand: 2, warning: -1 },
        },
        12,
      ),
    );
  });
});

describe('R-VOTE-2 admission and confirmation need at least 2/3', () => {
  it('R-VOTE-2 exactly 2/3 (8 of 12) passes, 7 fails', () => {
    expect(tallyVote(admission(8, 4), 12).passed).toBe(true);
    expect(tallyVote(admission(7, 5), 12).passed).toBe(false);
    expect(tallyVote(admission(8), 12).required).toBe(8);
  });

  it('R-VOTE-2 2/3 of 14 is 9⅓: 9 fails, 10 passes', () => {
    const nine = tallyVote(admission(9, 5), 14);
    expect(nine.passed).toBe(false);
    expect(nine.required).toBe(10);
    expect(tallyVote(admission(10, 4), 14).passed).toBe(true);
  });

  it('R-VOTE-2 base 3 needs 2; base 1 needs 1; base 0 passes nothing', () => {
    expect(tallyVote(admission(2, 1), 3).passed).toBe(true);
    expect(tallyVote(admission(1, 2), 3).passed).toBe(false);
    expect(tallyVote(admission(1), 1).passed).toBe(true);
    expect(tallyVote(admission(0), 0).passed).toBe(false);
  });

  it('R-VOTE-2 confirmation uses the same majority and cites R-VOTE-2', () => {
    expect(getMajorityKind('confirmation')).toBe('two-thirds');
    const tally = tallyVote(
      { subject: 'confirmation', mode: 'show-of-hands', for: 9, against: 0 },
      14,
    );
    expect(tally.passed).toBe(false);
    expect(tally.rule).toBe('R-VOTE-2');
    expect(tally.majority).toBe('two-thirds');
  });

  it('R-VOTE-2 a forced kind overrides the subject', () => {
    const tally = tallyVote(resolution(7, 5), 12, 'two-thirds');
    expect(tally.passed).toBe(false);
    expect(tally.rule).toBe('R-VOTE-2');
  });
});

describe('R-VOTE-4 elections', () => {
  it('R-VOTE-4 a secret-ballot election needs more than half and cites R-VOTE-4', () => {
    const vote = {
      subject: 'election' as const,
      mode: 'secret-ballot' as const,
    };
    const pass = tallyVote({ ...vote, for: 7, against: 5 }, 12);
    expect(pass.passed).toBe(true);
    expect(pass.rule).toBe('R-VOTE-4');
    expect(tallyVote({ ...vote, for: 6, against: 6 }, 12).passed).toBe(false);
  });

  it('R-VOTE-4 an election by show of hands never passes', () => {
    const tally = tallyVote(
      { subject: 'election', mode: 'show-of-hands', for: 12, against: 0 },
      12,
    );
    expect(tally.passed).toBe(false);
    expect(tally.findings).toEqual([
      expect.objectContaining({
        rule: 'R-VOTE-4',
        code: 'secret-ballot-required',
        severity: 'error',
      }),
    ]);
  });
});

describe('R-VOTE-3 discipline by secret ballot', () => {
  it('R-VOTE-3 a single form reaching more than half is adopted (7 reprimand of 12)', () => {
    const tally = tallyVote(discipline({ reprimand: 7 }, 5), 12);
    expect(tally.passed).toBe(true);
    expect(tally.rule).toBe('R-VOTE-3');
    expect(tally.majority).toBe('discipline');
    expect(tally.discipline?.adopted).toBe('reprimand');
    expect(tally.discipline?.decidedBy).toBe('single-form');
  });

  it('R-VOTE-3 a lighter form at exactly half (6 of 12) is not enough alone', () => {
    const tally = tallyVote(discipline({ warning: 6 }, 6), 12);
    expect(tally.passed).toBe(false);
    expect(tally.discipline?.adopted).toBeNull();
    expect(tally.discipline?.decidedBy).toBeNull();
  });

  it('R-VOTE-3 warning and dismissal reach alone at more than half', () => {
    expect(
      tallyVote(discipline({ warning: 7, reprimand: 2 }), 12).discipline,
    ).toMatchObject({ adopted: 'warning', decidedBy: 'single-form' });
    expect(
      tallyVote(discipline({ dismissal: 7, expulsion: 3 }), 12).discipline,
    ).toMatchObject({ adopted: 'dismissal', decidedBy: 'single-form' });
  });

  it('R-VOTE-3 none reaches alone, the heaviest-first cumulative count reaches warning', () => {
    // 12: expulsion 4, dismissal 2, warning 1. Cumulative: 4, 6, 7 → warning (7 > 6).
    const tally = tallyVote(
      discipline({ expulsion: 4, dismissal: 2, warning: 1 }, 5),
      12,
    );
    expect(tally.passed).toBe(true);
    expect(tally.discipline?.adopted).toBe('warning');
    expect(tally.discipline?.decidedBy).toBe('cascade');
    expect(
      tally.discipline?.forms.map((f) => [f.form, f.votes, f.cumulative]),
    ).toEqual([
      ['expulsion', 4, 4],
      ['dismissal', 2, 6],
      ['warning', 1, 7],
      ['reprimand', 0, 7],
    ]);
    expect(
      tally.discipline?.forms.find((f) => f.form === 'dismissal')
        ?.reachedInCascade,
    ).toBe(false);
  });

  it('R-VOTE-3 the cascade stops at the heaviest form that reaches (dismissal, not warning)', () => {
    // 12: expulsion 5, dismissal 2, warning 3. Cumulative: 5, 7 → dismissal.
    const tally = tallyVote(
      discipline({ expulsion: 5, dismissal: 2, warning: 3 }),
      12,
    );
    expect(tally.discipline).toMatchObject({
      adopted: 'dismissal',
      decidedBy: 'cascade',
    });
  });

  it('R-VOTE-3 the cascade can reach only reprimand', () => {
    // 13: 2, 2, 2, 1 → cumulative 2, 4, 6, 7 → reprimand (7 > 6.5).
    const tally = tallyVote(
      discipline({ expulsion: 2, dismissal: 2, warning: 2, reprimand: 1 }),
      13,
    );
    expect(tally.discipline).toMatchObject({
      adopted: 'reprimand',
      decidedBy: 'cascade',
    });
  });

  it('R-VOTE-3 when even the full cumulative count is half or less, nothing is adopted', () => {
    const tally = tallyVote(
      discipline({ expulsion: 2, warning: 2, reprimand: 2 }, 6),
      12,
    );
    expect(tally.passed).toBe(false);
    expect(tally.discipline?.adopted).toBeNull();
  });

  it('R-VOTE-3 expulsion at exactly 2/3 (8 of 12) is adopted', () => {
    const tally = tallyVote(discipline({ expulsion: 8 }, 4), 12);
    expect(tally.passed).toBe(true);
    expect(tally.discipline).toMatchObject({
      adopted: 'expulsion',
      decidedBy: 'single-form',
    });
    expect(
      tally.discipline?.forms.find((f) => f.form === 'expulsion')?.required,
    ).toBe(8);
  });

  it('R-VOTE-3 expulsion one short of 2/3 (7 of 12) falls to dismissal in the cascade', () => {
    const tally = tallyVote(discipline({ expulsion: 7 }, 5), 12);
    expect(tally.discipline).toMatchObject({
      adopted: 'dismissal',
      decidedBy: 'cascade',
    });
  });

  it('R-VOTE-3 expulsion of 14 needs 10: 9 falls to dismissal, 10 expels', () => {
    expect(
      tallyVote(discipline({ expulsion: 9 }), 14).discipline?.adopted,
    ).toBe('dismissal');
    expect(
      tallyVote(discipline({ expulsion: 10 }), 14).discipline?.adopted,
    ).toBe('expulsion');
  });

  it('R-VOTE-3 a show-of-hands discipline vote never passes, even unanimous for expulsion', () => {
    const tally = tallyVote(
      discipline({ expulsion: 12 }, 0, 'show-of-hands'),
      12,
    );
    expect(tally.passed).toBe(false);
    expect(tally.discipline?.adopted).toBeNull();
    expect(tally.discipline?.decidedBy).toBeNull();
    expect(tally.findings).toEqual([
      expect.objectContaining({
        rule: 'R-VOTE-3',
        code: 'secret-ballot-required',
        severity: 'error',
      }),
    ]);
  });

  it('R-VOTE-3 a base of 0 adopts nothing', () => {
    const tally = tallyVote(discipline({}), 0);
    expect(tally.passed).toBe(false);
    expect(tally.discipline?.adopted).toBeNull();
  });

  it('R-VOTE-3 forms are listed heaviest first', () => {
    expect(DISCIPLINE_FORMS_HEAVIEST_FIRST).toEqual([
      'expulsion',
      'dismissal',
      'warning',
      'reprimand',
    ]);
  });
});

describe('R-VOTE-3 (v2, 296-QĐ/TW): probationary members; decided or proposed', () => {
  /** 7 of 12 for dismissal of a probationary member, by secret ballot. */
  const dismissal = (at?: string): TallyInput => ({
    ...discipline({ dismissal: 7 }, 5),
    discipline: { dismissal: 7, standing: 'probationary' },
    ...(at ? { at } : {}),
  });

  it('R-VOTE-3 from 2025-05-30 dismissing a probationary member throws invalid-vote with the path and rule', () => {
    let caught: unknown;
    try {
      tallyVote(dismissal('2025-05-30T19:30:00+07:00'), 12);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ChiboError);
    const error = caught as ChiboError;
    expect(error.code).toBe('invalid-vote');
    expect(error.issues).toMatchObject([
      { path: ['vote', 'discipline', 'dismissal'], rule: 'R-VOTE-3' },
    ]);
    expect(error.messages.vi).toContain('Đảng viên dự bị');
    expect(error.messages.en).toContain('probationary member');
  });

  it('R-VOTE-3 before 2025-05-30 (22-QĐ/TW) the same vote keeps its old verdict: dismissal adopted', () => {
    const tally = tallyVote(dismissal('2025-05-29T19:30:00+07:00'), 12);
    expect(tally.passed).toBe(true);
    expect(tally.discipline).toMatchObject({
      adopted: 'dismissal',
      outcome: 'decided',
    });
    expect(tally.texts).toEqual(['22-QĐ/TW', '232-QĐ/TW 9.3.2']);
  });

  it("R-VOTE-3 options.at (the meeting's date) wins over the vote's at; without either the newest text applies", () => {
    expect(
      tallyVote(dismissal('2027-03-09T20:00:00+07:00'), 12, {
        at: '2025-05-20',
      }).discipline?.adopted,
    ).toBe('dismissal');
    expectInvalidVote(() =>
      tallyVote(dismissal('2025-05-20T20:00:00+07:00'), 12, {
        at: '2025-06-10',
      }),
    );
    expectInvalidVote(() => tallyVote(dismissal(), 12));
  });

  it('R-SET-1 a pinned text wins over the date', () => {
    const old = tallyVote(dismissal('2027-03-09T20:00:00+07:00'), 12, {
      regulations: { discipline: '22-QĐ/TW' },
    });
    expect(old.discipline?.adopted).toBe('dismissal');
    expect(old.texts[0]).toBe('22-QĐ/TW');
    expectInvalidVote(() =>
      tallyVote(dismissal('2024-03-09T20:00:00+07:00'), 12, {
        regulations: { discipline: '296-QĐ/TW' },
      }),
    );
  });

  it('R-VOTE-3 a probationary member can still be reprimanded or warned, through the cascade too', () => {
    const tally = tallyVote(
      {
        ...discipline({ warning: 4, reprimand: 3 }, 5),
        discipline: { warning: 4, reprimand: 3, standing: 'probationary' },
      },
      12,
      { at: '2027-03-09' },
    );
    expect(tally.discipline).toMatchObject({
      adopted: 'reprimand',
      decidedBy: 'cascade',
      outcome: 'decided',
    });
  });

  it('R-VOTE-3 the cell decides reprimand, warning and dismissal in its own cases', () => {
    for (const form of ['reprimand', 'warning', 'dismissal'] as const) {
      const tally = tallyVote(discipline({ [form]: 7 }), 12, {
        at: '2027-03-09',
      });
      expect(tally.discipline?.outcome, form).toBe('decided');
    }
    const own = tallyVote(
      {
        ...discipline({ warning: 7 }),
        discipline: { warning: 7, competence: 'cell' },
      },
      12,
    );
    expect(own.discipline?.outcome).toBe('decided');
  });

  it("R-VOTE-3 a case that is a higher committee's is only proposed, whatever the form", () => {
    for (const form of ['reprimand', 'warning', 'dismissal'] as const) {
      const tally = tallyVote(
        {
          ...discipline({ [form]: 9 }, 3),
          discipline: { [form]: 9, competence: 'higher-committee' },
        },
        12,
        { at: '2025-11-11' },
      );
      expect(tally.passed).toBe(true);
      expect(tally.discipline?.adopted).toBe(form);
      expect(tally.discipline?.outcome, form).toBe('proposed');
    }
  });

  it('R-VOTE-3 expulsion is always a proposal', () => {
    const tally = tallyVote(discipline({ expulsion: 8 }, 4), 12);
    expect(tally.discipline).toMatchObject({
      adopted: 'expulsion',
      outcome: 'proposed',
    });
  });

  it('R-VOTE-3 nothing adopted, or a show of hands, has no outcome', () => {
    expect(
      tallyVote(discipline({ warning: 6 }, 6), 12).discipline,
    ).toMatchObject({ adopted: null, outcome: null });
    const hands = tallyVote(
      {
        ...discipline({ warning: 9 }, 3, 'show-of-hands'),
        discipline: { warning: 9, competence: 'higher-committee' },
      },
      12,
    );
    expect(hands.discipline).toMatchObject({ adopted: null, outcome: null });
  });
});

describe('R-SET-1 every tally names the texts it applied', () => {
  it('R-VOTE-1 an ordinary majority names the point 9.3.2 of the charter text of the date', () => {
    const at = (date: string) =>
      tallyVote({ ...resolution(7), at: `${date}T20:00:00+07:00` }, 12).texts;
    expect(at('2025-06-30')).toEqual(['232-QĐ/TW 9.3.2']);
    expect(at('2025-07-01')).toEqual(['294-QĐ/TW 9.3.2']);
    expect(at('2024-03-09')).toEqual(['24-QĐ/TW 9.3.2']);
    expect(tallyVote(admission(8), 12, { at: '2025-08-12' }).texts).toEqual([
      '294-QĐ/TW 9.3.2',
    ]);
    expect(tallyVote(resolution(7), 12).texts).toEqual(['294-QĐ/TW 9.3.2']);
  });

  it("R-VOTE-3 discipline names the text on discipline first, then the base's", () => {
    expect(
      tallyVote(discipline({ warning: 7 }), 12, { at: '2025-08-12' }).texts,
    ).toEqual(['296-QĐ/TW', '294-QĐ/TW 9.3.2']);
  });

  it('R-SET-1 a voting base that names its own texts is quoted as it is', () => {
    const base = {
      size: 12,
      ruleSet: 'HD12-2018' as const,
      texts: ['24-QĐ/TW 9.3.2'],
    };
    expect(tallyVote(resolution(7), base, { at: '2025-08-12' }).texts).toEqual([
      '24-QĐ/TW 9.3.2',
    ]);
  });

  it('R-VOTE-2 the majority kind is still accepted alone, or in the options', () => {
    expect(tallyVote(resolution(8), 12, 'two-thirds').rule).toBe('R-VOTE-2');
    expect(tallyVote(resolution(7), 12, { kind: 'two-thirds' }).passed).toBe(
      false,
    );
  });

  it('R-SET-1 wrong options or a wrong date are a ChiboError naming them', () => {
    for (const [options, path] of [
      [{ at: 'yesterday' }, ['options']],
      [{ kind: 'unanimous' }, ['options']],
      [{ regulations: { discipline: '22-QD/TW' } }, ['options']],
      ['three-quarters', ['options']],
    ] as const) {
      let caught: unknown;
      try {
        tallyVote(resolution(7), 12, options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ChiboError);
      expect((caught as ChiboError).code).toBe('invalid-argument');
      expect((caught as ChiboError).issues[0]?.path.slice(0, 1)).toEqual(path);
    }
    expect(() => tallyVote({ ...resolution(7), at: 'tomorrow' }, 12)).toThrow(
      expect.objectContaining({ code: 'invalid-argument' }),
    );
  });
});

// ---------------------------------------------------------------- properties

function bruteMoreThanHalf(n: number): number {
  let k = 0;
  while (!(2 * k > n)) k++;
  return k;
}

function bruteTwoThirds(n: number): number {
  let k = 0;
  while (!(3 * k >= 2 * n)) k++;
  return k;
}

describe('R-VOTE-1 / R-VOTE-2 thresholds: properties', () => {
  it('R-VOTE-1 moreThanHalf(n) is the smallest k with 2k > n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        expect(moreThanHalf(n)).toBe(bruteMoreThanHalf(n));
      }),
    );
    for (let n = 0; n <= 60; n++) {
      expect(moreThanHalf(n)).toBe(bruteMoreThanHalf(n));
    }
  });

  it('R-VOTE-2 twoThirds(n) is the smallest k with 3k >= 2n', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), (n) => {
        expect(twoThirds(n)).toBe(bruteTwoThirds(n));
      }),
    );
    for (let n = 0; n <= 60; n++) {
      expect(twoThirds(n)).toBe(bruteTwoThirds(n));
    }
  });

  it('R-VOTE-1 / R-VOTE-2 a vote passes exactly when for reaches `required`', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 60 })
          .chain((base) =>
            fc.tuple(fc.constant(base), fc.integer({ min: 0, max: base })),
          ),
        fc.constantFrom<VoteSubject>('resolution', 'admission', 'confirmation'),
        ([base, forVotes], subject) => {
          const tally = tallyVote(
            { subject, mode: 'show-of-hands', for: forVotes, against: 0 },
            base,
          );
          expect(tally.passed).toBe(forVotes >= tally.required);
        },
      ),
    );
  });
});

type Choice = DisciplineForm | 'against' | 'abstain';
const FORMS: readonly DisciplineForm[] = [
  'expulsion',
  'dismissal',
  'warning',
  'reprimand',
];

const CHOICES: readonly Choice[] = [...FORMS, 'against', 'abstain'];

/**
 * A base and the ballots cast, at most one per member. Each case favours one
 * choice and often fills the base, so that exact thresholds (e.g. 8 of 12
 * for expulsion) come up often.
 */
const ballotsArb = (minBase: number) =>
  fc.integer({ min: minBase, max: 30 }).chain((base) =>
    fc.constantFrom(...CHOICES).chain((favourite) => {
      const choice = fc.oneof(
        { arbitrary: fc.constant(favourite), weight: 3 },
        { arbitrary: fc.constantFrom(...CHOICES), weight: 2 },
      );
      return fc.record({
        base: fc.constant(base),
        ballots: fc.oneof(
          fc.array(choice, { maxLength: base }),
          fc.array(choice, {
            minLength: Math.max(0, base - 3),
            maxLength: base,
          }),
        ),
      });
    }),
  );

function toInput(
  subject: VoteSubject,
  mode: VoteMode,
  ballots: readonly Choice[],
): TallyInput {
  const count = (c: Choice) => ballots.filter((b) => b === c).length;
  const forms: Ballots = {};
  for (const form of FORMS) forms[form] = count(form);
  return {
    subject,
    mode,
    for: FORMS.reduce((n, f) => n + count(f), 0),
    against: count('against'),
    abstain: count('abstain'),
    discipline: forms,
  };
}

const SUBJECTS: readonly VoteSubject[] = [
  'resolution',
  'conclusion',
  'rating',
  'minutes',
  'admission',
  'confirmation',
  'exemption',
  'removal',
  'discipline',
  'election',
];

describe('R-VOTE-1..3 monotonicity: one more vote for never turns a pass into a fail', () => {
  it('R-VOTE-1 / R-VOTE-2 / R-VOTE-3 moving an abstain or against ballot to for, or adding a for ballot', () => {
    fc.assert(
      fc.property(
        ballotsArb(0),
        fc.constantFrom(...SUBJECTS),
        fc.constantFrom<VoteMode>('show-of-hands', 'secret-ballot'),
        fc.constantFrom<MajorityKind | undefined>(
          undefined,
          'more-than-half',
          'two-thirds',
          'discipline',
        ),
        fc.constantFrom(...FORMS),
        fc.nat(),
        ({ base, ballots }, subject, mode, kind, newForm, pick) => {
          const before = tallyVote(toInput(subject, mode, ballots), base, kind);
          // The change: move a non-for ballot to `newForm`, or add a ballot.
          const others = ballots
            .map((b, i) => (b === 'against' || b === 'abstain' ? i : -1))
            .filter((i) => i >= 0);
          const next = [...ballots];
          if (others.length > 0 && (pick % 2 === 0 || ballots.length >= base)) {
            next[others[pick % others.length] ?? 0] = newForm;
          } else if (ballots.length < base) {
            next.push(newForm);
          } else {
            return; // every ballot is already for and the base is full
          }
          const after = tallyVote(toInput(subject, mode, next), base, kind);
          expect(after.for).toBe(before.for + 1);
          if (before.passed) expect(after.passed).toBe(true);
        },
      ),
      { numRuns: propertyRuns(500) },
    );
  });
});

/**
 * R-VOTE-3, written independently from the text: first, a form whose own
 * ballots reach its threshold is adopted; otherwise walk from the heaviest
 * form down, adding each form's ballots to those of the heavier forms, and
 * adopt the first form whose running total reaches its threshold.
 */
function bruteDiscipline(
  ballots: Record<DisciplineForm, number>,
  base: number,
): { adopted: DisciplineForm | null; decidedBy: string | null } {
  const threshold = (form: DisciplineForm) =>
    form === 'expulsion' ? bruteTwoThirds(base) : bruteMoreThanHalf(base);
  const reaches = (form: DisciplineForm, votes: number) =>
    votes > 0 && votes >= threshold(form);
  const order: DisciplineForm[] = [
    'expulsion',
    'dismissal',
    'warning',
    'reprimand',
  ];
  const alone = order.filter((f) => reaches(f, ballots[f]));
  if (alone.length > 1) throw new Error('two forms cannot both reach alone');
  if (alone[0]) return { adopted: alone[0], decidedBy: 'single-form' };
  for (let i = 0; i < order.length; i++) {
    const form = order[i] as DisciplineForm;
    let total = 0;
    for (let j = 0; j <= i; j++) total += ballots[order[j] as DisciplineForm];
    if (reaches(form, total)) return { adopted: form, decidedBy: 'cascade' };
  }
  return { adopted: null, decidedBy: null };
}

describe('R-VOTE-3 discipline: properties', () => {
  it('R-VOTE-3 the adopted form equals an independent brute force of the two-step procedure', () => {
    fc.assert(
      fc.property(ballotsArb(0), ({ base, ballots }) => {
        const input = toInput('discipline', 'secret-ballot', ballots);
        const tally = tallyVote(input, base);
        const expected = bruteDiscipline(
          {
            expulsion: input.discipline?.expulsion ?? 0,
            dismissal: input.discipline?.dismissal ?? 0,
            warning: input.discipline?.warning ?? 0,
            reprimand: input.discipline?.reprimand ?? 0,
          },
          base,
        );
        expect({
          adopted: tally.discipline?.adopted,
          decidedBy: tally.discipline?.decidedBy,
        }).toEqual(expected);
        expect(tally.passed).toBe(expected.adopted !== null);
      }),
      { numRuns: propertyRuns(1000) },
    );
  });

  it('R-VOTE-3 a show-of-hands discipline vote never passes', () => {
    fc.assert(
      fc.property(ballotsArb(0), ({ base, ballots }) => {
        const tally = tallyVote(
          toInput('discipline', 'show-of-hands', ballots),
          base,
        );
        expect(tally.passed).toBe(false);
        expect(tally.discipline?.adopted).toBeNull();
        expect(tally.findings.map((f) => f.code)).toEqual([
          'secret-ballot-required',
        ]);
      }),
    );
  });

  it('R-VOTE-1 more ballots than the base always throw invalid-vote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom<Choice>('against', 'abstain', 'reprimand'),
        fc.constantFrom(...SUBJECTS),
        (base, extra, filler, subject) => {
          const ballots = Array.from({ length: base + extra }, () => filler);
          expectInvalidVote(() =>
            tallyVote(toInput(subject, 'secret-ballot', ballots), base),
          );
        },
      ),
    );
  });
});

describe('R-VOTE-3 (v2): the standing matters only under 296-QĐ/TW', () => {
  it("R-VOTE-3 under 22-QĐ/TW a probationary member's tally is the old one; under 296-QĐ/TW it throws exactly when a ballot offers dismissal or expulsion", () => {
    fc.assert(
      fc.property(
        ballotsArb(1),
        fc.constantFrom(
          '2024-11-12T20:00:00+07:00',
          '2025-05-29T23:59:59+07:00',
          '2025-05-30T00:00:00+07:00',
          '2027-03-09T20:00:00+07:00',
        ),
        ({ base, ballots }, at) => {
          const plain = toInput('discipline', 'secret-ballot', ballots);
          const old = tallyVote(plain, base, { at: '2025-05-29' });
          const probationary: TallyInput = {
            ...plain,
            at,
            discipline: { ...plain.discipline, standing: 'probationary' },
          };
          const offers =
            (plain.discipline?.dismissal ?? 0) +
              (plain.discipline?.expulsion ?? 0) >
            0;
          if (at < '2025-05-30' || !offers) {
            const tally = tallyVote(probationary, base);
            expect(tally.discipline?.adopted).toBe(old.discipline?.adopted);
            expect(tally.passed).toBe(old.passed);
          } else {
            expectInvalidVote(() => tallyVote(probationary, base));
          }
        },
      ),
      { numRuns: propertyRuns(300) },
    );
  });
});
