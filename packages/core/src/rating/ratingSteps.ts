import { checkArgument } from '../entities/checkArgument';
import type { RatingLevel } from '../entities/enums';
import type { Guest } from '../entities/meeting';
import { Rating, RatingConfirmation } from '../entities/rating';
import type { Vote } from '../entities/vote';
import { ChiboError, parseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { isSupervisorGuest } from '../rules/isSupervisorGuest';
import { tallyVote } from '../rules/tallyVote';
import type { RatingResult } from './rateMeeting';
import { RatingResultArgument, StepOptionsArgument } from './stepArguments';

const entity = { vi: 'Xếp loại chất lượng', en: 'rating' };

/** The options of `proposeRating`. */
export interface ProposeRatingOptions {
  /** When the chi ủy proposed it. @defaultValue not recorded */
  at?: string | Date | undefined;
}

/**
 * The chi ủy's proposal (R-RATE-3, first step): turn a complete rating
 * result into the core `Rating` entity, with every criterion's score and
 * reason (Vietnamese in `label`/`reason`, English in `labelEn`/`reasonEn`),
 * the proposed score and level (or, for 12-HD, `quality` and the failed
 * conditions), and the gates.
 *
 * @param result - a complete result of `rateMeeting`.
 * @param options - when it was proposed.
 * @returns the rating entity, proposed but not yet approved.
 * @throws ChiboError `invalid-argument` when the result is incomplete (a rating
 *   with missing inputs is never proposed) or not a result of `rateMeeting`.
 * @example
 * ```ts
 * const proposed = proposeRating(rateMeeting(record, anPhuScheme, inputs, { history: [] }), { at: '2027-03-09T21:05' });
 * proposed.proposedScore; // 87
 * ```
 */
export function proposeRating(
  result: RatingResult,
  options: ProposeRatingOptions = {},
): Rating {
  checkArgument('result', RatingResultArgument, result);
  checkArgument('options', StepOptionsArgument, options);
  if (!result.complete || result.total === null) {
    const missing = [
      ...result.missingInputs,
      ...result.missingRecord.map((m) => m.criterionId),
    ].join(', ');
    throw new ChiboError(
      'invalid-argument',
      {
        vi: `Chưa thể đề xuất xếp loại: còn thiếu ${missing}.`,
        en: `The rating cannot be proposed yet: missing ${missing}.`,
      },
      {
        issues: [
          ...result.missingInputs.map((id) => ({
            path: ['inputs', id],
            code: 'missing-input',
            message: {
              vi: `Chưa có đánh giá cho tiêu chí "${id}".`,
              en: `No input for criterion "${id}".`,
            },
            rule: 'R-RATE-3',
          })),
          ...result.missingRecord.map((m) => ({
            path: ['record', m.criterionId],
            code: 'missing-record',
            message: m.reason,
            rule: 'R-RATE-3',
          })),
        ],
      },
    );
  }
  // The options are checked: a value the rating refuses is the result's.
  return checkArgument('result', Rating, {
    schemeId: result.schemeId,
    ruleSet: result.ruleSet,
    texts: result.texts,
    criteria: result.criteria.map((c) => ({
      criterionId: c.criterionId,
      label: c.label.vi,
      labelEn: c.label.en,
      maxPoints: c.maxPoints,
      score: c.score,
      reason: c.reason.vi,
      reasonEn: c.reason.en,
      source: c.source,
      group: c.group,
    })),
    total: result.total,
    maxTotal: result.maxTotal,
    quality: result.quality ?? undefined,
    failed: result.failed,
    proposedScore: result.total,
    proposedLevel: result.level ?? undefined,
    levelBeforeGates: result.levelBeforeGates ?? undefined,
    gates: result.gates.map((g) => ({
      gateId: g.gateId,
      passed: g.passed,
      applied: g.applied,
      maxLevel: g.maxLevel,
      failedCriterionIds: g.failedCriterionIds,
    })),
    proposedAt: options.at,
  });
}

/** The options of `approveRating`. */
export interface ApproveRatingOptions {
  /** When the members approved it. */
  at?: string | Date | undefined;
  /** The id of the vote of the meeting that approved it (subject `rating`). */
  voteId?: string | undefined;
  /**
   * The vote itself: when given, it must be about the rating and pass more
   * than half of its voting base (R-VOTE-1, counted by `tallyVote`), and its
   * id is recorded. Its `base` is required then.
   * @defaultValue undefined: the vote is not checked
   */
  vote?:
    | Pick<
        Vote,
        'id' | 'subject' | 'mode' | 'for' | 'against' | 'abstain' | 'base'
      >
    | undefined;
  /**
   * The level the members approved, when it differs from the proposal; the
   * proposal stays on record. A 12-HD rating (one with `quality`) has no
   * level (R-RATE-1): giving one is refused.
   * @defaultValue the proposed level
   */
  level?: RatingLevel | undefined;
  /**
   * For a quality scheme (12-HD, R-RATE-1): what the members approved. A
   * rating with a proposed level takes none: giving one is refused.
   * @defaultValue the proposal
   */
  quality?: boolean | undefined;
}

/**
 * Why `approveRating` would refuse to approve this rating with these
 * options (R-RATE-3), leaving the vote aside; `undefined` when it would
 * approve it. The meeting machine asks before it approves, so a
 * `RATING_APPROVED` that does not fit the proposal is refused, not thrown.
 *
 * @param rating - the rating as proposed.
 * @param options - the level or quality the members approve, if any.
 * @returns the reason in Vietnamese and English, or `undefined`.
 */
export function getRatingApprovalProblem(
  rating: Pick<Rating, 'proposedScore' | 'proposedLevel' | 'quality'>,
  options: Pick<ApproveRatingOptions, 'level' | 'quality'> = {},
): LocalizedText | undefined {
  if (rating.quality !== undefined && options.level !== undefined) {
    return {
      vi: `Xếp loại theo Hướng dẫn 12-HD/BTCTW chỉ thông qua đạt hay không đạt chất lượng, không có mức "${options.level}" (R-RATE-1).`,
      en: `A 12-HD/BTCTW rating is approved as of quality or not; it has no level "${options.level}" (R-RATE-1).`,
    };
  }
  if (rating.proposedLevel !== undefined && options.quality !== undefined) {
    return {
      vi: 'Xếp loại đã đề xuất theo mức (Tốt, Khá, Trung bình, Kém) nên thông qua một mức, không thông qua đạt hay không đạt chất lượng (R-RATE-2).',
      en: 'The rating was proposed as a level (good, fair, average, poor), so the members approve a level, not quality (R-RATE-2).',
    };
  }
  const proposed =
    rating.proposedScore !== undefined ||
    rating.proposedLevel !== undefined ||
    rating.quality !== undefined;
  const level = options.level ?? rating.proposedLevel;
  const quality = options.quality ?? rating.quality;
  if (!proposed || (level === undefined && quality === undefined)) {
    return {
      vi: 'Chi ủy chưa đề xuất xếp loại nên chưa thể biểu quyết thông qua (R-RATE-3).',
      en: 'The rating has not been proposed by the chi ủy, so it cannot be approved (R-RATE-3).',
    };
  }
  return undefined;
}

/**
 * The members' approval (R-RATE-3, second step): records what the members
 * approved — for a four-level scheme the level (by default the proposed
 * one) in `approvedLevel`, for the 12-HD framework (R-RATE-1) of quality or
 * not in `approvedQuality` and never a level — when, and the vote, checked
 * with `tallyVote` (R-VOTE-1) when given. The proposal is kept. The meeting
 * machine's `RATING_APPROVED` records its approval with it.
 *
 * @param rating - a proposed rating (`proposeRating`): a score, a level or,
 *   for 12-HD, `quality`.
 * @param options - when, the vote, a different level (or quality).
 * @returns a new rating with the approval.
 * @throws ChiboError `invalid-argument` when the rating was never proposed,
 *   when a level is given for a 12-HD rating (or quality for a rating with a
 *   level), when the vote does not pass, or when the rating or the options
 *   are not valid.
 * @example
 * ```ts
 * const approved = approveRating(proposed, { at: '2027-03-09T21:08', voteId: 'v2' });
 * approved.approvedLevel; // 'fair'
 * approveRating(proposedUnder12Hd).approvedQuality; // false: no level
 * ```
 */
export function approveRating(
  rating: Rating,
  options: ApproveRatingOptions = {},
): Rating {
  checkArgument('rating', Rating, rating);
  checkArgument('options', StepOptionsArgument, options);
  const problem = getRatingApprovalProblem(rating, options);
  if (problem) throw new ChiboError('invalid-argument', problem);
  const level = options.level ?? rating.proposedLevel;
  const quality = options.quality ?? rating.quality;
  const { vote } = options;
  if (vote !== undefined) {
    const tally =
      vote.subject === 'rating' && vote.base
        ? tallyVote(vote, vote.base)
        : null;
    if (!tally?.passed) {
      throw new ChiboError('invalid-argument', {
        vi: `Biểu quyết "${vote.id}" không thông qua xếp loại: cần biểu quyết về xếp loại, có số đảng viên có quyền biểu quyết, và quá nửa tán thành (R-RATE-3, R-VOTE-1).`,
        en: `Vote "${vote.id}" does not approve the rating: it must be a rating vote, with its voting base, passed by more than half (R-RATE-3, R-VOTE-1).`,
      });
    }
  }
  // The rating is checked: a value the approval refuses is the options'.
  return checkArgument('options', Rating, {
    ...rating,
    approvedLevel: level,
    approvedQuality: level === undefined ? quality : undefined,
    approvedAt: options.at,
    approvalVoteId: vote?.id ?? options.voteId,
  });
}

/** The options of `confirmRating`. */
export interface ConfirmRatingOptions {
  /**
   * The meeting's guests: when given, `guestId` must be one of them with the
   * role `supervisor` (R-RATE-3: an attending supervisor confirms).
   * @defaultValue undefined: only the record's own check (a guest of the meeting) applies
   */
  guests?: ReadonlyArray<Pick<Guest, 'id' | 'role'>> | undefined;
}

/**
 * The supervisor's confirmation (R-RATE-3, third step): records who confirmed
 * the approved rating. Whether `guestId` is a guest of the meeting is checked
 * when the record is parsed (`MeetingRecord`); pass `options.guests` to also
 * require an attending supervisor here.
 *
 * @param rating - an approved rating (`approveRating`).
 * @param confirmation - the supervisor's name, guest id and when.
 * @param options - the meeting's guests, to check the supervisor.
 * @returns a new rating with the confirmation.
 * @throws ChiboError `invalid-argument` before the members approved it,
 *   when `guests` is given and `guestId` is not an attending supervisor, or
 *   for arguments that are not valid.
 * @example
 * ```ts
 * confirmRating(approved, { name: 'Triệu Văn Long', guestId: 'g01', at: '2027-03-09T21:10' });
 * ```
 */
export function confirmRating(
  rating: Rating,
  confirmation:
    | RatingConfirmation
    | {
        name: string;
        guestId?: string | undefined;
        at?: string | Date | undefined;
      },
  options: ConfirmRatingOptions = {},
): Rating {
  checkArgument('rating', Rating, rating);
  checkArgument('confirmation', RatingConfirmation, confirmation);
  checkArgument('options', StepOptionsArgument, options);
  if (
    rating.approvedLevel === undefined &&
    rating.approvedQuality === undefined
  ) {
    throw new ChiboError('invalid-argument', {
      vi: 'Chi bộ chưa biểu quyết thông qua xếp loại nên chưa thể xác nhận (R-RATE-3).',
      en: 'The members have not approved the rating, so it cannot be confirmed (R-RATE-3).',
    });
  }
  if (options.guests !== undefined) {
    const { guestId } = confirmation;
    if (!isSupervisorGuest(options.guests, guestId)) {
      throw new ChiboError('invalid-argument', {
        vi: `"${confirmation.name}" không phải cấp ủy viên cấp trên dự cuộc họp nên không thể xác nhận xếp loại (R-RATE-3).`,
        en: `"${confirmation.name}" is not a supervisor attending the meeting, so cannot confirm the rating (R-RATE-3).`,
      });
    }
  }
  return parseWith(Rating, { ...rating, confirmedBy: confirmation }, entity);
}
