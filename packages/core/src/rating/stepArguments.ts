import { z } from 'zod';
import { DateTime } from '../entities/primitives';

// What the steps of R-RATE-3 (`proposeRating`, `approveRating`,
// `confirmRating`) read of their arguments, apart from ratingArguments.ts:
// the meeting machine approves a rating with `approveRating` and carries
// these few schemas, not the schemes'.

/** A text in both languages, as the rating functions read it. */
export const Label = z.looseObject({ vi: z.string(), en: z.string() });

/** What `proposeRating` reads of a result (the rest is checked as the `Rating` it makes). */
export const RatingResultArgument = z.looseObject({
  complete: z.boolean(),
  missingInputs: z.array(z.string()),
  missingRecord: z.array(z.looseObject({ reason: Label })),
  criteria: z.array(z.looseObject({ label: Label, reason: Label })),
  gates: z.array(z.looseObject({})),
});

/**
 * The options of the steps: `proposeRating`, `approveRating` and
 * `confirmRating` (the approval's level, time and vote id are checked as the
 * `Rating` it makes; the vote's counts by `tallyVote`).
 */
export const StepOptionsArgument = z.looseObject({
  at: DateTime.optional(),
  vote: z.looseObject({}).optional(),
  guests: z.array(z.looseObject({})).optional(),
});
