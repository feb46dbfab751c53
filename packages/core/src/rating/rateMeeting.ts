import { guardArguments } from '../entities/checkArgument';
import type { RatingLevel, RuleSetId } from '../entities/enums';
import { MeetingRecord } from '../entities/meetingRecord';
import { type SafeParseResult, safeParseWith } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import type { RuleId } from '../rules/findings';
import { checkScheme, invalidScheme } from './checkScheme';
import {
  RatingFactsOptionsArgument,
  RatingSchemeArgument,
} from './ratingArguments';
import { createRatingFacts, type RatingFactsOptions } from './ratingFacts';
import { parseRatingInputs } from './ratingInputs';
import {
  getRatingLevel,
  lowerLevel,
  type RatingCriterion,
  type RatingInputs,
  type RatingScheme,
} from './ratingScheme';
import { safeResult } from './safeResult';

/** The options of `rateMeeting`; see `RatingFactsOptions`. */
export interface RateMeetingOptions extends RatingFactsOptions {}

/** One criterion's line on the score sheet. */
export interface CriterionResult {
  criterionId: string;
  label: LocalizedText;
  source: 'record' | 'input';
  group?: string | undefined;
  rule?: RuleId | undefined;
  maxPoints: number;
  /** `null` when missing: never guessed. */
  score: number | null;
  /** Why this score, or what is missing. */
  reason: LocalizedText;
  missing: boolean;
}

/** Whether a gate held (R-RATE-2). */
export interface GateResult {
  gateId: string;
  label: LocalizedText;
  /** `null` while one of its criteria is missing. */
  passed: boolean | null;
  /** Its criteria that are scored below full marks. */
  failedCriterionIds: string[];
  maxLevel: RatingLevel;
  /** It lowered the level. */
  applied: boolean;
}

/**
 * The rating of a meeting under a scheme (R-RATE-1, R-RATE-2). When a human
 * input or a fact of the record is missing, the rating is incomplete:
 * `complete` is false, `total` and `level` are `null`, and `missingInputs` /
 * `missingRecord` say what to supply. Nothing is scored by default.
 */
export interface RatingResult {
  schemeId: string;
  ruleSet: RuleSetId;
  rule: RuleId;
  /**
   * The texts the rating rests on (R-SET-1): the meeting guidance of its
   * rule set by number (`'12-HD/BTCTW'` until 2025-10-27, `'42-HD/BTCTW'`
   * from 2025-10-28), then the scheme's own source (`scheme.source.vi`),
   * when it has one.
   */
  texts: string[];
  criteria: CriterionResult[];
  /** The sum of the criteria; `null` while incomplete. */
  total: number | null;
  /** The sum of the criteria's maxima. */
  maxTotal: number;
  /** For a levels scheme: the level after gates; `null` while incomplete or for a quality scheme. */
  level: RatingLevel | null;
  /** The level from the total alone, before gates. */
  levelBeforeGates: RatingLevel | null;
  /**
   * For a quality scheme (R-RATE-1): of quality when every criterion has full
   * marks; `false` as soon as one scored criterion fails, even if others are
   * missing; `null` when none failed but some are missing.
   */
  quality: boolean | null;
  /** Scored criteria below full marks: the failed conditions of a quality scheme. */
  failed: string[];
  gates: GateResult[];
  complete: boolean;
  /** Input criteria with no input. */
  missingInputs: string[];
  /** Record criteria the record cannot decide yet, with what is lacking. */
  missingRecord: Array<{ criterionId: string; reason: LocalizedText }>;
}

/** A line of the score sheet. */
function criterionResult(
  c: RatingCriterion,
  score: number | null,
  reason: LocalizedText,
): CriterionResult {
  return {
    criterionId: c.id,
    label: c.label,
    source: c.source,
    group: c.group,
    rule: c.rule,
    maxPoints: c.maxPoints,
    score,
    reason,
    missing: score === null,
  };
}

/**
 * Rate a meeting under a scheme (R-RATE-1, R-RATE-2): each criterion's score
 * with its reason in Vietnamese and English, the total, the level (or, for a
 * quality scheme, of quality or not), the gates, and what is missing. A
 * missing human input is never scored: the result is then incomplete, with no
 * total and no level. The result names the texts it rests on (R-SET-1):
 * the guidance of the meeting's date and the scheme's source.
 *
 * The record must already be parsed (`parseMeetingRecord`): `rateMeeting`
 * trusts its type and does not validate it again, which keeps it fast. Use
 * `safeRateMeeting` for a record straight from a host. The inputs are always
 * validated.
 *
 * @param record - a parsed meeting record.
 * @param scheme - the scheme (a preset such as `anPhuScheme`, or your own).
 * @param inputs - the human inputs by criterion id.
 * @param options - history of the year, rule set, combined session.
 * @returns the rating.
 * @throws ChiboError `invalid-input` for bad inputs (above the maximum, unknown id, NaN…),
 *   `invalid-argument` for a scheme that cannot be rated with, or for a
 *   record or options that are not what their types say.
 * @example
 * ```ts
 * const record = parseMeetingRecord(marchRecord);
 * const result = rateMeeting(record, anPhuScheme, { chairing: 9, principles: 5, 'praise-criticism': true }, { history: [] });
 * result.total; // 87
 * result.level; // 'fair'
 * result.texts; // ['42-HD/BTCTW', 'Đảng ủy phường An Phú, 2025, căn cứ Hướng dẫn 42-HD/BTCTW']
 * ```
 */
export function rateMeeting(
  record: MeetingRecord,
  scheme: RatingScheme,
  inputs: RatingInputs = {},
  options: RateMeetingOptions = {},
): RatingResult {
  return guardArguments(
    [
      ['record', MeetingRecord, record],
      ['scheme', RatingSchemeArgument, scheme],
      ['options', RatingFactsOptionsArgument, options],
    ],
    () => rateMeetingUnchecked(record, scheme, inputs, options),
  );
}

function rateMeetingUnchecked(
  record: MeetingRecord,
  scheme: RatingScheme,
  inputs: RatingInputs,
  options: RateMeetingOptions,
): RatingResult {
  checkScheme(scheme);
  const given = parseRatingInputs(scheme, inputs);
  const facts = createRatingFacts(record, options);
  const criteria: CriterionResult[] = [];
  const missingInputs: string[] = [];
  const missingRecord: RatingResult['missingRecord'] = [];
  const failed: string[] = [];
  let total = 0;
  let maxTotal = 0;
  for (const c of scheme.criteria) {
    maxTotal += c.maxPoints;
    let score: number | null;
    let reason: LocalizedText;
    if (c.source === 'input') {
      const value = given[c.id];
      if (value === undefined) {
        score = null;
        reason = {
          vi: 'Chưa có đánh giá của chi ủy.',
          en: 'Not yet assessed.',
        };
        missingInputs.push(c.id);
      } else if (typeof value === 'boolean') {
        score = value ? c.maxPoints : 0;
        reason = value
          ? { vi: 'Chi ủy đánh giá: đạt.', en: 'Assessed: yes.' }
          : { vi: 'Chi ủy đánh giá: không đạt.', en: 'Assessed: no.' };
      } else {
        score = value;
        reason = {
          vi: `Chi ủy đánh giá ${value}/${c.maxPoints} điểm.`,
          en: `Assessed ${value} of ${c.maxPoints}.`,
        };
      }
    } else {
      const outcome = c.score(facts);
      if (outcome.missing) {
        score = null;
        reason = outcome.missing;
        missingRecord.push({ criterionId: c.id, reason });
      } else {
        score = outcome.score;
        reason = outcome.reason;
        if (!(score >= 0 && score <= c.maxPoints)) {
          throw invalidScheme(
            scheme,
            `criterion "${c.id}" scored ${score}, outside 0..${c.maxPoints}.`,
            `tiêu chí "${c.id}" cho ${score} điểm, ngoài khoảng 0..${c.maxPoints}.`,
          );
        }
      }
    }
    if (score !== null) {
      total += score;
      if (score < c.maxPoints) failed.push(c.id);
    }
    criteria.push(criterionResult(c, score, reason));
  }
  const complete = missingInputs.length === 0 && missingRecord.length === 0;
  const scoreOf = scheme.gates?.length
    ? new Map(criteria.map((c) => [c.criterionId, c]))
    : undefined;
  const levels = scheme.outcome.kind === 'levels' ? scheme.outcome : null;
  const levelBeforeGates =
    complete && levels ? getRatingLevel(total, levels.cutoffs) : null;
  let level = levelBeforeGates;
  const gates: GateResult[] = (scheme.gates ?? []).map((gate) => {
    const lines = gate.criterionIds.map((id) => scoreOf?.get(id));
    const failedIds = lines
      .filter((l) => l && l.score !== null && l.score < l.maxPoints)
      .map((l) => l?.criterionId ?? '');
    const passed =
      failedIds.length > 0
        ? false
        : lines.some((l) => l?.score === null)
          ? null
          : true;
    let applied = false;
    if (passed === false && level !== null) {
      const capped = lowerLevel(level, gate.maxLevel);
      applied = capped !== level;
      level = capped;
    }
    return {
      gateId: gate.id,
      label: gate.label,
      passed,
      failedCriterionIds: failedIds,
      maxLevel: gate.maxLevel,
      applied,
    };
  });
  const quality =
    scheme.outcome.kind === 'quality'
      ? failed.length > 0
        ? false
        : complete
          ? true
          : null
      : null;
  const guidance = facts.ruleSet.regulation;
  return {
    schemeId: scheme.id,
    ruleSet: facts.ruleSet.id,
    texts: scheme.source ? [guidance, scheme.source.vi] : [guidance],
    rule:
      scheme.rule ??
      (scheme.outcome.kind === 'quality' ? 'R-RATE-1' : 'R-RATE-2'),
    criteria,
    total: complete ? total : null,
    maxTotal,
    level,
    levelBeforeGates,
    quality,
    failed,
    gates,
    complete,
    missingInputs,
    missingRecord,
  };
}

/**
 * The safe variant of `rateMeeting` for input straight from a host: parses
 * the record (`safeParseMeetingRecord`, every cross-reference checked) and
 * the inputs, and returns `{ success, data | error }` instead of throwing.
 *
 * @param record - the raw meeting record.
 * @param scheme - the scheme.
 * @param inputs - the raw human inputs.
 * @param options - see `rateMeeting`.
 * @returns the rating, or a `ChiboError` with every issue.
 * @example
 * ```ts
 * const result = safeRateMeeting(marchRecord, anPhuScheme, { chairing: 11 });
 * if (!result.success) console.log(result.error.format('vi'));
 * ```
 */
export function safeRateMeeting(
  record: unknown,
  scheme: RatingScheme,
  inputs: unknown,
  options: RateMeetingOptions = {},
): SafeParseResult<RatingResult> {
  // `safeParseMeetingRecord`, without the parsers of every other entity.
  const parsed = safeParseWith(MeetingRecord, record, {
    vi: 'Hồ sơ cuộc họp',
    en: 'meeting record',
  });
  if (!parsed.success) return parsed;
  return safeResult(() =>
    rateMeeting(parsed.data, scheme, inputs as RatingInputs, options),
  );
}
