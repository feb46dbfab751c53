import { marchMeeting } from '@chibo/scenario';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChiboError } from '../index';
import { parseVote, safeParseVote } from '../schemas';
import {
  expectFailure,
  issueAt,
  pathsOf,
  sortedPaths,
} from '../testSupport/fixtures';

const resolutionVote = marchMeeting.votes[0];

/** A secret-ballot discipline vote on member m11 (R-VOTE-3). */
const disciplineVote = {
  id: 'v2',
  subject: 'discipline',
  mode: 'secret-ballot',
  subjectMemberId: 'm11',
  for: 9,
  against: 3,
  abstain: 0,
  discipline: { reprimand: 4, warning: 3, dismissal: 0, expulsion: 2 },
  base: { size: 12, ruleSet: 'HD42-2025' },
};

describe('parseVote', () => {
  it('parses the resolution vote of March 2027 (R-VOTE-1)', () => {
    expect(parseVote(resolutionVote)).toEqual({
      id: 'v1',
      subject: 'resolution',
      mode: 'show-of-hands',
      for: 12,
      against: 0,
      abstain: 0,
      base: { size: 13, ruleSet: 'HD42-2025' },
      agendaItemId: 'a5',
      at: '2027-03-09T20:55:00+07:00',
    });
  });

  it('defaults abstain to 0 and each discipline form to 0', () => {
    const vote = parseVote({
      id: 'v3',
      subject: 'discipline',
      mode: 'secret-ballot',
      for: 7,
      against: 5,
      discipline: { warning: 7 },
    });
    expect(vote.abstain).toBe(0);
    expect(vote.discipline).toEqual({
      reprimand: 0,
      warning: 7,
      dismissal: 0,
      expulsion: 0,
    });
  });

  it('parses a discipline vote whose form ballots add up to "for"', () => {
    expect(parseVote(disciplineVote).discipline).toEqual(
      disciplineVote.discipline,
    );
  });

  it('rejects a discipline vote without its ballots per form (R-VOTE-3)', () => {
    const { discipline: _omitted, ...input } = disciplineVote;
    const error = expectFailure(safeParseVote(input));
    expect(error.issues).toMatchObject([
      { path: ['discipline'], code: 'custom', rule: 'R-VOTE-3' },
    ]);
  });

  it('rejects a discipline vote whose form ballots do not add up (R-VOTE-3)', () => {
    const input = {
      ...disciplineVote,
      discipline: { reprimand: 4, warning: 3, dismissal: 0, expulsion: 1 },
    };
    expect(() => parseVote(input)).toThrow(ChiboError);
    const error = expectFailure(safeParseVote(input));
    expect(pathsOf(error)).toEqual([['for']]);
    const issue = issueAt(error, ['for']);
    expect(issue.rule).toBe('R-VOTE-3');
    expect(issue.message.en).toContain('(9)');
    expect(issue.message.en).toContain('(8)');
    expect(issue.message.vi).toContain('(9)');
    expect(issue.message.vi).toContain('(8)');
  });

  it('R-VOTE-3 (296-QĐ/TW) refuses ballots to dismiss or expel a probationary member from 2025-05-30', () => {
    const input = {
      ...disciplineVote,
      at: '2025-05-30T20:00:00+07:00',
      discipline: { ...disciplineVote.discipline, standing: 'probationary' },
    };
    expect(() => parseVote(input)).toThrow(ChiboError);
    const error = expectFailure(safeParseVote(input));
    expect(pathsOf(error)).toEqual(sortedPaths([['discipline', 'expulsion']]));
    const issue = issueAt(error, ['discipline', 'expulsion']);
    expect(issue.rule).toBe('R-VOTE-3');
    expect(issue.message.vi).toContain('khai trừ (2)');
    expect(issue.message.en).toContain('expulsion (2)');
  });

  it('R-VOTE-3 (22-QĐ/TW) an older record keeps the same ballots valid', () => {
    const vote = parseVote({
      ...disciplineVote,
      at: '2025-05-29T20:00:00+07:00',
      discipline: { ...disciplineVote.discipline, standing: 'probationary' },
    });
    expect(vote.discipline?.standing).toBe('probationary');
    expect(vote.discipline?.expulsion).toBe(2);
  });

  it('R-VOTE-3 without a date the newest text judges the vote; reprimand and warning stay valid', () => {
    const probationary = {
      ...disciplineVote,
      discipline: { ...disciplineVote.discipline, standing: 'probationary' },
    };
    expect(safeParseVote(probationary).success).toBe(false);
    expect(
      parseVote({
        ...probationary,
        for: 7,
        discipline: { reprimand: 4, warning: 3, standing: 'probationary' },
      }).discipline,
    ).toEqual({
      reprimand: 4,
      warning: 3,
      dismissal: 0,
      expulsion: 0,
      standing: 'probationary',
    });
  });

  it("R-VOTE-3 keeps whose case it is: the cell's or a higher committee's", () => {
    const vote = parseVote({
      ...disciplineVote,
      discipline: {
        ...disciplineVote.discipline,
        competence: 'higher-committee',
      },
    });
    expect(vote.discipline?.competence).toBe('higher-committee');
    const error = expectFailure(
      safeParseVote({
        ...disciplineVote,
        discipline: { ...disciplineVote.discipline, competence: 'district' },
      }),
    );
    expect(pathsOf(error)).toEqual([['discipline', 'competence']]);
  });

  it('rejects more ballots than the voting base (R-VOTE-1)', () => {
    const error = expectFailure(
      safeParseVote({ ...resolutionVote, for: 12, against: 1, abstain: 1 }),
    );
    expect(pathsOf(error)).toEqual([['base', 'size']]);
    expect(error.issues[0]?.rule).toBe('R-VOTE-1');
    expect(error.issues[0]?.message.en).toContain('(14)');
  });

  it('accepts exactly as many ballots as the base', () => {
    expect(
      safeParseVote({ ...resolutionVote, for: 10, against: 1, abstain: 1 })
        .success,
    ).toBe(true);
  });

  it('reports both vote problems at once', () => {
    const error = expectFailure(
      safeParseVote({
        ...disciplineVote,
        against: 10,
        discipline: { reprimand: 1 },
      }),
    );
    expect(pathsOf(error)).toEqual(sortedPaths([['for'], ['base', 'size']]));
    expect(error.issues.map((i) => i.rule).sort()).toEqual([
      'R-VOTE-1',
      'R-VOTE-3',
    ]);
  });

  it('lists every structural problem of a vote', () => {
    const error = expectFailure(
      safeParseVote({
        subject: 'impeachment',
        mode: 'raised-hands',
        for: 1.5,
        against: -1,
        abstain: '0',
        base: { size: 12, ruleSet: 'HD99-2030' },
        discipline: { reprimand: -2 },
        at: '09/03/2027 20:55',
      }),
    );
    expect(pathsOf(error)).toEqual(
      sortedPaths([
        ['id'],
        ['subject'],
        ['mode'],
        ['for'],
        ['against'],
        ['abstain'],
        ['discipline', 'reprimand'],
        ['base', 'ruleSet'],
        ['at'],
      ]),
    );
  });

  it('property: counts within the base parse; counts above it fail with R-VOTE-1', () => {
    fc.assert(
      fc.property(
        fc.nat(40),
        fc.nat(40),
        fc.nat(40),
        fc.nat(120),
        (yes, no, other, size) => {
          const result = safeParseVote({
            id: 'v',
            subject: 'resolution',
            mode: 'show-of-hands',
            for: yes,
            against: no,
            abstain: other,
            base: { size, ruleSet: 'HD42-2025' },
          });
          if (yes + no + other <= size) {
            expect(result.success).toBe(true);
          } else {
            const error = expectFailure(result);
            expect(error.issues.map((i) => i.rule)).toEqual(['R-VOTE-1']);
          }
        },
      ),
    );
  });
});
