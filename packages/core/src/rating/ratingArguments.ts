import { z } from 'zod';
import { MeetingKind, RatingLevel } from '../entities/enums';
import { Resolution, TaskReview } from '../entities/resolution';
import { Label } from './stepArguments';

// What the rating functions read of their arguments, for `checkArgument`
// and `guardArguments`: a wrong argument is a ChiboError naming it (issue 13
// §4), never a TypeError or a score computed from garbage. What is only
// copied to the result (a criterion builder's id, label and group…) is
// checked where it is read: the scheme by `rateMeeting`, the rating by
// `proposeRating`. The steps' own arguments are in stepArguments.ts, which
// the meeting machine loads without the rest.

const Points = z.number().min(0);
const Fn = z.function();

/** A share of one task: from 0 to 1. */
const Share = z.number().min(0).max(1);

/** A band compares with `above` when it has one, else with `atLeast`. */
export const ShareScaleArgument = z.looseObject({
  bands: z.array(
    z.union([
      z.looseObject({ above: z.number(), points: Points }),
      z.looseObject({
        atLeast: z.number(),
        above: z.undefined().optional(),
        points: Points,
      }),
    ]),
  ),
  otherwise: Points,
});

/** `durationCriterion`'s options. */
export const DurationOptionsArgument = z.looseObject({
  maxPoints: Points.optional(),
  scale: z
    .looseObject({
      full: Points,
      shortBy: z.array(z.looseObject({ atMost: z.number(), points: Points })),
      atLeastHalf: Points,
      belowHalf: Points,
    })
    .optional(),
});

/**
 * The options of the criteria scored on a share: `speakersCriterion`,
 * `taskResultsCriterion` and `attendanceCriterion` (each reads its own).
 */
export const ScaleOptionsArgument = z.looseObject({
  scale: ShareScaleArgument,
  partlyDoneShare: Share.optional(),
  unexcusedCap: Points.optional(),
  streakBonus: Points.optional(),
});

/** `attendanceConditionCriterion`'s options. */
export const ConditionOptionsArgument = z.looseObject({
  condition: z.enum(['rate', 'no-unexcused', 'no-long-streak']),
  maxPoints: Points.optional(),
});

/** `checklistCriterion`'s options. */
export const ChecklistOptionsArgument = z.looseObject({
  items: z.array(
    z.looseObject({
      check: z.looseObject({ id: z.string(), label: Label, test: Fn }),
      points: Points,
    }),
  ),
});

/** The [open] options of the presets (each reads its own). */
export const PresetOptionsArgument = z.looseObject({
  lateStartToleranceMinutes: Points.optional(),
  partlyDoneShare: Share.optional(),
  minSpeakerPercent: z.number().min(0).max(100).optional(),
  goodResultsPercent: z.number().min(0).max(100).optional(),
});

const criterion = {
  id: z.string(),
  label: Label,
  maxPoints: Points,
  group: z.string().optional(),
};

/**
 * A rating scheme, as `rateMeeting` reads it (its title and the labels of
 * its groups and gates are only copied; its source is cited).
 */
export const RatingSchemeArgument = z.looseObject({
  id: z.string(),
  /** Cited in the result's `texts` (R-SET-1). */
  source: Label.optional(),
  criteria: z.array(
    z.discriminatedUnion('source', [
      z.looseObject({ ...criterion, source: z.literal('record'), score: Fn }),
      z.looseObject({
        ...criterion,
        source: z.literal('input'),
        input: z.enum(['points', 'yes-no']),
      }),
    ]),
  ),
  groups: z
    .array(z.looseObject({ id: z.string(), maxPoints: z.number() }))
    .optional(),
  gates: z
    .array(
      z.looseObject({
        id: z.string(),
        criterionIds: z.array(z.string()),
        maxLevel: RatingLevel,
      }),
    )
    .optional(),
  outcome: z.looseObject({ kind: z.enum(['levels', 'quality']) }),
});

/**
 * The options of `createRatingFacts` and `rateMeeting` (the rule set, the
 * meetings of `history` and the planned times are checked where they are
 * read).
 */
export const RatingFactsOptionsArgument = z.looseObject({
  history: z.array(z.unknown()).optional(),
  combined: z.boolean().optional(),
  plannedClosing: z.looseObject({}).optional(),
});

/** What `getTaskResults` reads of a record. */
export const TaskRecordArgument = z.looseObject({
  meeting: z.looseObject({ taskReviews: z.array(TaskReview) }),
  previousResolution: Resolution.optional(),
});

/** The share of a partly-done task without measured progress. */
export const PartlyDoneShareArgument = Share;

/** The levels of a meeting's rating that the counts read. */
const RatedLevels = z.looseObject({
  approvedLevel: RatingLevel.optional(),
  proposedLevel: RatingLevel.optional(),
});

/** `rateYear`'s meetings (their dates are `getVietNamCivilTime`'s to check). */
export const YearMeetingsArgument = z.array(
  z.looseObject({ kind: MeetingKind, rating: RatedLevels.optional() }),
);

const LevelOf = z.enum(['approved', 'approved-or-proposed']).optional();

/** `rateYear`'s options (the disciplines' ids and forms are only quoted). */
export const RateYearOptionsArgument = z.looseObject({
  year: z.number().int(),
  minGood: z.number().optional(),
  levelOf: LevelOf,
  includeThematic: z.boolean().optional(),
  otherwise: RatingLevel.optional(),
  disciplines: z.array(z.looseObject({ decidedOn: z.iso.date() })).optional(),
});

const noYear = { year: z.undefined().optional() };

/**
 * `summarizeRatings`' items: a meeting record, a plain entry, or a year
 * rating (told apart by `meeting` and `year`; dates are
 * `getVietNamCivilTime`'s to check).
 */
export const SummarizableArgument = z.array(
  z.union([
    z.looseObject({
      ...noYear,
      cell: z.looseObject({ id: z.string() }),
      meeting: z.looseObject({ rating: RatedLevels.optional() }),
    }),
    z.looseObject({
      ...noYear,
      meeting: z.undefined().optional(),
      cellId: z.string(),
      level: RatingLevel.nullable(),
    }),
    z.looseObject({
      year: z.number().int(),
      cellId: z.string().optional(),
      level: RatingLevel.nullable(),
    }),
  ]),
);

/** `summarizeRatings`' options. */
export const SummarizeOptionsArgument = z.looseObject({ levelOf: LevelOf });
