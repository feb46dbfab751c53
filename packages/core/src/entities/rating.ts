import { z } from 'zod';
import { RatingLevel, RuleSetId } from './enums';
import { DateTime, Id, LongText, Text } from './primitives';
import { whenValid } from './refinements';

/** The score of one criterion of a rating scheme, with its reason. */
export const CriterionScore = z.object({
  criterionId: Id,
  label: Text.optional(),
  maxPoints: z.number().nonnegative(),
  score: z.number().nonnegative(),
  reason: LongText.optional(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Who confirmed a rating: an attending supervisor (R-RATE-3). */
export const RatingConfirmation = z.object({
  name: Text,
  guestId: Id.optional(),
  at: DateTime.optional(),
});
export type RatingConfirmation = z.infer<typeof RatingConfirmation>;

/**
 * The quality rating of a meeting: the scheme, each criterion's score, and the
 * three steps of R-RATE-3: the chi ủy's proposal, the members' approval, the
 * supervisor's confirmation.
 */
export const Rating = z
  .object({
    schemeId: Id,
    ruleSet: RuleSetId.optional(),
    criteria: z.array(CriterionScore).default([]),
    total: z.number().nonnegative().optional(),
    /** For the 12-HD framework: of quality or not (R-RATE-1). */
    quality: z.boolean().optional(),
    proposedScore: z.number().nonnegative().optional(),
    proposedLevel: RatingLevel.optional(),
    proposedAt: DateTime.optional(),
    approvedLevel: RatingLevel.optional(),
    approvedAt: DateTime.optional(),
    approvalVoteId: Id.optional(),
    confirmedBy: RatingConfirmation.optional(),
  })
  .superRefine(
    (rating, ctx) => {
      rating.criteria.forEach((criterion, index) => {
        if (criterion.score > criterion.maxPoints) {
          ctx.addIssue({
            code: 'custom',
            path: ['criteria', index, 'score'],
            message: `Score ${criterion.score} is above the criterion's maximum ${criterion.maxPoints}.`,
            params: {
              vi: `Điểm ${criterion.score} vượt quá điểm tối đa ${criterion.maxPoints} của tiêu chí.`,
              rule: 'R-RATE-2',
            },
          });
        }
      });
    },
    whenValid(['criteria']),
  );
export type Rating = z.infer<typeof Rating>;
