import { z } from 'zod';
import type { ChiboIssue } from '../errors';
import { findBallotExcess } from '../rules/ballotCount';
import {
  findBarredBallots,
  findDisciplineSumIssues,
  getVoteRegulations,
} from '../rules/checkDisciplineBallots';
import {
  DisciplineCompetence,
  MemberStanding,
  RuleSetId,
  VoteMode,
  VoteSubject,
  VotingBaseExclusion,
} from './enums';
import { Meta } from './meta';
import { Count, DateTime, Id, LongText, Text } from './primitives';
import { whenValid } from './refinements';

/**
 * The voting base of a meeting and how it was reached (R-VOTE-1, point 9.3.2
 * of the regulation on the Điều lệ in force): `votingBase` returns one with
 * every field, and the meeting machine stores it with each vote, so an old
 * vote keeps the reading and the texts it was counted under (R-SET-1). Votes
 * recorded before the reading was stored carry only `size`, `ruleSet` and
 * `memberIds`; those fields are optional here for them.
 */
export const VotingBase = z.strictObject({
  rule: z.literal('R-VOTE-1').optional(),
  ruleSet: RuleSetId,
  /**
   * The reading of point 9.3.2: `'convened'` (294-QĐ/TW, from 2025-07-01:
   * the official members convened; absent with a reason count) or
   * `'absent-excused-out'` (24-QĐ/TW, 232-QĐ/TW).
   */
  reading: z.enum(['absent-excused-out', 'convened']).optional(),
  /** The texts it rests on, by number, e.g. `['294-QĐ/TW 9.3.2']`. */
  texts: z.array(Text).optional(),
  /** How many members the majorities are counted against. */
  size: Count,
  /** The members in the base. */
  memberIds: z.array(Id).optional(),
  /** Everyone left out, each with the reason. */
  excluded: z
    .array(z.strictObject({ memberId: Id, reason: VotingBaseExclusion }))
    .optional(),
  /** Members of the base who had no roll-call line yet (kept in the base). */
  unrecorded: z.array(Id).optional(),
});
export type VotingBase = z.infer<typeof VotingBase>;

/**
 * The ballots for each disciplinary form, each ballot naming the form it
 * chooses (R-VOTE-3). Ballots for no discipline go to `against`. With the
 * member's `standing`, a ballot for dismissal or expulsion of a probationary
 * member is an error under 296-QĐ/TW; with `competence: 'higher-committee'`
 * the cell's vote is a proposal (R-VOTE-3, v2).
 */
export const DisciplineBallots = z.strictObject({
  reprimand: Count.default(0),
  warning: Count.default(0),
  dismissal: Count.default(0),
  expulsion: Count.default(0),
  /** The standing of the member the vote is about, on the vote's date (R-VOTE-3, v2). */
  standing: MemberStanding.describe(
    'The standing of the member disciplined, on the date of the vote: a probationary member can only be reprimanded or warned under 296-QĐ/TW (R-VOTE-3).',
  ).optional(),
  /**
   * Whose case it is (R-VOTE-3, v2): `'higher-committee'` when the member sits
   * on a grassroots committee or above, or is a cadre a higher committee
   * manages, and the breach concerns duties that level assigned; the cell
   * then proposes. Absent: the cell's.
   */
  competence: DisciplineCompetence.describe(
    "Whether the cell decides ('cell', the default) or only proposes to a higher committee ('higher-committee'): a member of a grassroots committee or above, or a cadre managed by a higher committee, for a breach of duties that level assigned (R-VOTE-3).",
  ).optional(),
});
export type DisciplineBallots = z.infer<typeof DisciplineBallots>;

/**
 * A vote of the cell: what it decides, how it was taken, and its counts.
 *
 * @example
 * ```ts
 * parseVote({
 *   id: 'v1',
 *   subject: 'resolution',
 *   mode: 'show-of-hands',
 *   for: 12,
 *   against: 0,
 *   abstain: 0,
 *   base: { size: 13, ruleSet: 'HD42-2025' },
 * });
 * ```
 */
export const Vote = z
  .strictObject({
    id: Id,
    subject: VoteSubject,
    mode: VoteMode,
    /** The member the vote is about (admission, confirmation, discipline…). */
    subjectMemberId: Id.optional(),
    /** For an admission: the candidate's name (not yet a member). */
    candidateName: LongText.optional(),
    for: Count,
    against: Count,
    abstain: Count.default(0),
    /** For a discipline vote: ballots per form; `for` is their sum. */
    discipline: DisciplineBallots.optional(),
    base: VotingBase.describe(
      'The voting base the vote was counted against: official members less the exclusions of R-VOTE-1, not the members present.',
    ).optional(),
    agendaItemId: Id.optional(),
    at: DateTime.optional(),
    meta: Meta.optional(),
  })
  .superRefine(
    (vote, ctx) => {
      const issues: ChiboIssue[] = [];
      if (vote.subject === 'discipline') {
        if (vote.discipline) {
          const text = getVoteRegulations({ at: vote.at }).discipline;
          for (const issue of findBarredBallots(vote.discipline, text))
            issues.push({ ...issue, path: ['discipline', ...issue.path] });
        }
        issues.push(...findDisciplineSumIssues(vote));
      }
      const excess = vote.base && findBallotExcess(vote, vote.base.size);
      if (excess) {
        issues.push({
          path: ['base', 'size'],
          code: 'custom',
          rule: 'R-VOTE-1',
          message: excess,
        });
      }
      for (const issue of issues) {
        ctx.addIssue({
          code: 'custom',
          path: issue.path,
          message: issue.message.en,
          params: { vi: issue.message.vi, rule: issue.rule },
        });
      }
    },
    whenValid(
      ['subject'],
      ['for'],
      ['against'],
      ['abstain'],
      ['discipline'],
      ['base'],
      ['at'],
    ),
  );
export type Vote = z.infer<typeof Vote>;
