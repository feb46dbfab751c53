import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { ChiboError, checkDisciplineBallots, tallyVote } from '../index';
import type { MeetingEvent } from '../procedure/meetingEvents';
import { meetingMachine } from '../procedure/meetingMachine';
import { replayMeeting } from '../procedure/replayMeeting';
import { safeParseVote } from '../schemas';
import { marchEvents, marchInput } from '../testSupport/marchEvents';
import {
  findDisciplineSumIssues,
  sumDisciplineBallots,
} from './checkDisciplineBallots';

/** Ballots about a probationary member, 5 for warning and 3 for dismissal. */
const probationary = {
  standing: 'probationary',
  warning: 5,
  dismissal: 3,
} as const;

describe('R-VOTE-3 (v2, 296-QĐ/TW): a probationary member is only reprimanded or warned', () => {
  it('R-VOTE-3 from 2025-05-30 a ballot for dismissal is an error with its path, in vi and en', () => {
    const issues = checkDisciplineBallots(probationary, { at: '2025-05-30' });
    expect(issues).toHaveLength(1);
    const [issue] = issues;
    expect(issue).toMatchObject({
      path: ['dismissal'],
      code: 'custom',
      rule: 'R-VOTE-3',
    });
    expect(issue?.message.vi).toContain('Đảng viên dự bị');
    expect(issue?.message.vi).toContain('cách chức (3)');
    expect(issue?.message.vi).toContain('296-QĐ/TW');
    expect(issue?.message.vi).toContain('xóa tên (R-ATT-3)');
    expect(issue?.message.en).toContain('dismissal (3)');
    expect(issue?.message.en).toContain('removed instead (R-ATT-3)');
  });

  it('R-VOTE-3 before 2025-05-30 (22-QĐ/TW) the same ballots are valid: old records keep their verdicts', () => {
    expect(checkDisciplineBallots(probationary, { at: '2025-05-29' })).toEqual(
      [],
    );
  });

  it('R-VOTE-3 the date is the Viet Nam civil date (R-TIME-1)', () => {
    // 2025-05-29T17:00Z is midnight of the 30th in Viet Nam.
    expect(
      checkDisciplineBallots(probationary, { at: '2025-05-29T16:59:59Z' }),
    ).toEqual([]);
    expect(
      checkDisciplineBallots(probationary, { at: '2025-05-29T17:00:00Z' }),
    ).toHaveLength(1);
    expect(
      checkDisciplineBallots(probationary, {
        at: new Date('2025-05-29T17:00:00Z'),
      }),
    ).toHaveLength(1);
  });

  it('R-VOTE-3 expulsion is barred too, each form with its own issue', () => {
    const issues = checkDisciplineBallots(
      { ...probationary, expulsion: 2 },
      { at: '2027-03-09T20:00:00+07:00' },
    );
    expect(issues.map((i) => i.path)).toEqual([['dismissal'], ['expulsion']]);
    expect(issues[1]?.message.vi).toContain('khai trừ (2)');
  });

  it('R-VOTE-3 reprimand and warning are allowed; zero ballots for a barred form are no offer', () => {
    expect(
      checkDisciplineBallots(
        { standing: 'probationary', reprimand: 4, warning: 5, dismissal: 0 },
        { at: '2027-03-09' },
      ),
    ).toEqual([]);
  });

  it('R-VOTE-3 an official member, or a vote that does not give the standing, is not limited', () => {
    const { standing: _standing, ...unknownStanding } = probationary;
    expect(
      checkDisciplineBallots(
        { ...probationary, standing: 'official' },
        { at: '2027-03-09' },
      ),
    ).toEqual([]);
    expect(
      checkDisciplineBallots(unknownStanding, { at: '2027-03-09' }),
    ).toEqual([]);
  });

  it('R-SET-1 without a date the newest text applies; a pinned text wins over the date', () => {
    expect(checkDisciplineBallots(probationary)).toHaveLength(1);
    expect(
      checkDisciplineBallots(probationary, {
        at: '2027-03-09',
        regulations: { discipline: '22-QĐ/TW' },
      }),
    ).toEqual([]);
    const pinned = checkDisciplineBallots(probationary, {
      at: '2024-01-10',
      regulations: { discipline: '296-QĐ/TW' },
    });
    expect(pinned.map((i) => i.path)).toEqual([['dismissal']]);
  });

  it('R-VOTE-3 wrong arguments are a ChiboError naming them, never a wrong answer', () => {
    const cases: Array<[unknown, unknown, PropertyKey[]]> = [
      [{ ...probationary, dismissal: -3 }, {}, ['ballots', 'dismissal']],
      [{ ...probationary, dismissal: '3' }, {}, ['ballots', 'dismissal']],
      [{ ...probationary, standing: 'trial' }, {}, ['ballots', 'standing']],
      [probationary, { at: 'yesterday' }, ['options', 'at']],
      [probationary, { regulation: {} }, ['options']],
      [
        probationary,
        { regulations: { disicpline: '22-QĐ/TW' } },
        ['options', 'regulations'],
      ],
    ];
    for (const [ballots, options, path] of cases) {
      let caught: unknown;
      try {
        checkDisciplineBallots(ballots as never, options as never);
      } catch (error) {
        caught = error;
      }
      expect(caught, JSON.stringify([ballots, options])).toBeInstanceOf(
        ChiboError,
      );
      expect((caught as ChiboError).code).toBe('invalid-argument');
      expect((caught as ChiboError).issues[0]?.path).toEqual(path);
    }
    // A text of another layer, as getRegulationsInForce says (R-SET-1).
    expect(() =>
      checkDisciplineBallots(probationary, {
        regulations: { discipline: '294-QĐ/TW' },
      }),
    ).toThrow(expect.objectContaining({ code: 'unknown-rule-set' }));
  });
});

describe('R-VOTE-3 a discipline vote gives its ballots per form, and "for" is their sum', () => {
  const ballots = { reprimand: 4, warning: 3, expulsion: 2 };

  it('R-VOTE-3 the ballots that name a form are summed', () => {
    expect(sumDisciplineBallots(ballots)).toBe(9);
    expect(sumDisciplineBallots({})).toBe(0);
  });

  it('R-VOTE-3 the counts agree, do not add up (at "for"), or the ballots are missing (at "discipline")', () => {
    expect(findDisciplineSumIssues({ for: 9, discipline: ballots })).toEqual(
      [],
    );
    expect(findDisciplineSumIssues({ for: 8, discipline: ballots })).toEqual([
      {
        path: ['for'],
        code: 'custom',
        rule: 'R-VOTE-3',
        message: {
          vi: 'Số phiếu tán thành kỷ luật (8) phải bằng tổng số phiếu các hình thức (9).',
          en: 'A discipline vote\'s "for" (8) must equal the ballots for the forms (9).',
        },
      },
    ]);
    expect(findDisciplineSumIssues({ for: 0 })).toMatchObject([
      { path: ['discipline'], rule: 'R-VOTE-3' },
    ]);
  });

  /** The refusals of parseVote, tallyVote and the machine for `vote`. */
  function refusals(vote: { for: number; discipline?: object | undefined }) {
    const full = {
      id: 'kl1',
      subject: 'discipline' as const,
      mode: 'secret-ballot' as const,
      against: 3,
      ...vote,
    };
    const parsed = safeParseVote(full);
    let thrown: unknown;
    try {
      tallyVote(full, 13);
    } catch (error) {
      thrown = error;
    }
    const events = marchEvents();
    const snapshot = replayMeeting(
      marchInput(),
      events.slice(
        0,
        events.findIndex((e) => e.type === 'VOTE'),
      ),
    );
    const [next] = transition(meetingMachine, snapshot, {
      type: 'VOTE',
      at: '2027-03-09T20:55:00+07:00',
      vote: full,
    } as MeetingEvent);
    return {
      entity: parsed.success ? [] : parsed.error.issues,
      tally: thrown instanceof ChiboError ? thrown.issues : [],
      machine: next.context.rejected.at(-1)?.issues ?? [],
    };
  }

  it('R-VOTE-3 one predicate: parseVote, tallyVote and the machine refuse ballots that do not add up, in the same words', () => {
    const expected = findDisciplineSumIssues({ for: 8, discipline: ballots });
    const { entity, tally, machine } = refusals({
      for: 8,
      discipline: ballots,
    });
    expect(entity).toEqual(expected);
    expect(tally).toEqual([{ ...expected[0], path: ['vote', 'for'] }]);
    expect(machine).toEqual([{ ...expected[0], path: ['vote', 'for'] }]);
  });

  it('R-VOTE-3 a discipline vote without its ballots is refused by all three, tallyVote too (it used to count it as no ballots)', () => {
    const [expected] = findDisciplineSumIssues({ for: 0 });
    const { entity, tally, machine } = refusals({ for: 0 });
    expect(entity).toEqual([expected]);
    expect(tally).toEqual([{ ...expected, path: ['vote', 'discipline'] }]);
    expect(machine).toEqual([{ ...expected, path: ['vote', 'discipline'] }]);
  });
});
