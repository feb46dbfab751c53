import { z } from 'zod';
import { RatingLevel, RuleSetId } from './enums';
import { Meta } from './meta';
import { DateTime, Id, LongText, Text } from './primitives';
import { whenValid } from './refinements';

/** The score of one criterion of a rating scheme, with its reason. */
export const CriterionScore = z.strictObject({
  criterionId: Id,
  label: Text.optional(),
  maxPoints: z.number().nonnegative(),
  score: z.number().nonnegative(),
  reason: LongText.optional(),
  /** The label in English (`label` is Vietnamese). */
  labelEn: Text.optional(),
  /** The reason in English (`reason` is Vietnamese). */
  reasonEn: LongText.optional(),
  /** Scored from the meeting record, or judged by people (R-RATE-2). */
  source: z.enum(['record', 'input']).optional(),
  /** The group of the sheet it belongs to, e.g. `conduct`. */
  group: Id.optional(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

/** Who confirmed a rating: an attending supervisor (R-RATE-3). */
export const RatingConfirmation = z.strictObject({
  name: Text,
  guestId: Id.optional(),
  at: DateTime.optional(),
});
export type RatingConfirmation = z.infer<typeof RatingConfirmation>;

/** Whether a gate of the scheme held, and whether it lowered the level (R-RATE-2). */
export const RatingGateOutcome = z.strictObject({
  gateId: Id,
  passed: z.boolean(),
  applied: z.boolean(),
  maxLevel: RatingLevel,
  failedCriterionIds: z.array(Id).default([]),
});
export type RatingGateOutcome = z.infer<typeof RatingGateOutcome>;

/**
 * The quality rating of a meeting: the scheme, each criterion's score, and the
 * three steps of R-RATE-3: the chi ủy's proposal, the members' approval, the
 * supervisor's confirmation.
 */
export const Rating = z
  .strictObject({
    schemeId: Id,
    ruleSet: RuleSetId.optional(),
    /**
     * The texts the rating rests on, by number (R-SET-1), e.g.
     * `['42-HD/BTCTW', 'Đảng ủy phường An Phú, 2025, …']`: kept with the
     * record, so an old rating keeps the texts it was given under.
     */
    texts: z.array(Text).optional(),
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
    /** The highest total the scheme allows. */
    maxTotal: z.number().nonnegative().optional(),
    /** The level from the total alone, before gates (R-RATE-2). */
    levelBeforeGates: RatingLevel.optional(),
    gates: z.array(RatingGateOutcome).optional(),
    /** Criteria below full marks: for 12-HD, the failed conditions (R-RATE-1). */
    failed: z.array(Id).optional(),
    /** For the 12-HD framework: what the members approved (R-RATE-3). */
    approvedQuality: z.boolean().optional(),
    meta: Meta.optional(),
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
