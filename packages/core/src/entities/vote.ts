import { z } from 'zod';
import { RuleSetId, VoteMode, VoteSubject } from './enums';
import { Meta } from './meta';
import { Count, DateTime, Id, LongText } from './primitives';
import { whenValid } from './refinements';

/** The voting base a vote was counted against (R-VOTE-1, Quy định 24 point 9.3.2). */
export const VoteBase = z.strictObject({
  size: Count,
  ruleSet: RuleSetId,
  /** The members counted in the base. */
  memberIds: z.array(Id).optional(),
});
export type VoteBase = z.infer<typeof VoteBase>;

/**
 * The ballots for each disciplinary form, each ballot naming the form it
 * chooses (R-VOTE-3). Ballots for no discipline go to `against`.
 */
export const DisciplineBallots = z.strictObject({
  reprimand: Count.default(0),
  warning: Count.default(0),
  dismissal: Count.default(0),
  expulsion: Count.default(0),
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
 *   base: { size: 12, ruleSet: 'HD42-2025' },
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
    base: VoteBase.describe(
      'The voting base the vote was counted against: official members less the exclusions of R-VOTE-1, not the members present.',
    ).optional(),
    agendaItemId: Id.optional(),
    at: DateTime.optional(),
    meta: Meta.optional(),
  })
  .superRefine(
    (vote, ctx) => {
      if (vote.subject === 'discipline') {
        if (!vote.discipline) {
          ctx.addIssue({
            code: 'custom',
            path: ['discipline'],
            message: 'A discipline vote needs the ballots for each form.',
            params: {
              vi: 'Biểu quyết kỷ luật phải ghi số phiếu cho từng hình thức.',
              rule: 'R-VOTE-3',
            },
          });
        } else {
          const d = vote.discipline;
          const sum = d.reprimand + d.warning + d.dismissal + d.expulsion;
          if (sum !== vote.for) {
            ctx.addIssue({
              code: 'custom',
              path: ['for'],
              message: `A discipline vote's "for" (${vote.for}) must equal the ballots for the forms (${sum}).`,
              params: {
                vi: `Số phiếu tán thành kỷ luật (${vote.for}) phải bằng tổng số phiếu các hình thức (${sum}).`,
                rule: 'R-VOTE-3',
              },
            });
          }
        }
      }
      if (
        vote.base &&
        vote.for + vote.against + vote.abstain > vote.base.size
      ) {
        ctx.addIssue({
          code: 'custom',
          path: ['base', 'size'],
          message: `More ballots (${vote.for + vote.against + vote.abstain}) than the voting base (${vote.base.size}).`,
          params: {
            vi: `Số phiếu (${vote.for + vote.against + vote.abstain}) nhiều hơn số đảng viên có quyền biểu quyết (${vote.base.size}).`,
            rule: 'R-VOTE-1',
          },
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
    ),
  );
export type Vote = z.infer<typeof Vote>;
