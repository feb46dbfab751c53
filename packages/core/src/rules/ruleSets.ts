import { z } from 'zod';
import { guardArguments } from '../entities/checkArgument';
import { RuleSetId } from '../entities/enums';
import { ChiboError } from '../errors';
import type { LocalizedText } from '../i18n/labels';
import { toVietNamDate } from '../time';
import { getRegulation, type RegulationId } from './regulations';

/**
 * A versioned set of the numbers the rules use (R-SET-1). Every verdict names
 * the rule set it was computed under.
 */
export interface RuleSet {
  id: RuleSetId;
  title: LocalizedText;
  /** The meeting guidance whose numbers the set holds (R-SET-1), by number. */
  regulation: RegulationId;
  /**
   * The first civil date (Viet Nam) a meeting uses this set by default: the
   * date its guidance governs from in `REGULATIONS`.
   */
  effectiveFrom: string;
  /** R-DUR-1: the minimum length of one meeting, in minutes. */
  minimumMeetingMinutes: number;
  /**
   * R-DUR-1: the competent committee may set a *shorter* minimum for a small
   * cell (`HD42-2025`). Otherwise a cell's own minimum can only lengthen it.
   */
  cellMinimumMayBeShorter: boolean;
  /** R-DUR-1: the minimum length of a combined session; `null` where the text sets none. */
  combinedSessionMinutes: number | null;
  /** R-ATT-2: the attendance rate must be strictly above this percentage. */
  attendanceQualityPercent: number;
  /** R-ATT-2: the most excused absences in a row allowed in a calendar year. */
  maxExcusedAbsencesInRow: number;
  /** R-PREP-2: days before the meeting the materials are posted; `null` where not required. */
  materialsPostedDaysBefore: number | null;
  /** R-ATT-1: armed-forces members on special duty are not expected (12-HD). */
  specialDutyNotExpected: boolean;
  /** R-CELL-3 [open]: members attached temporarily vote here. Default `false`. */
  temporaryInVotes: boolean;
  /** R-ATT-3: warn at this many months missed (or unpaid) in a calendar year. */
  removalWarningMonths: number;
  /** R-ATT-3: flag as a removal candidate at this many months. */
  removalCandidateMonths: number;
}

/** The two rule sets, by id (R-SET-1). */
export const ruleSets: Readonly<Record<RuleSetId, RuleSet>> = {
  'HD12-2018': {
    id: 'HD12-2018',
    title: {
      vi: 'Hướng dẫn 12-HD/BTCTW ngày 06/7/2018',
      en: 'Guideline 12-HD/BTCTW of 6 July 2018',
    },
    regulation: '12-HD/BTCTW',
    effectiveFrom: getRegulation('12-HD/BTCTW').inForceFrom,
    minimumMeetingMinutes: 90,
    cellMinimumMayBeShorter: false,
    combinedSessionMinutes: null,
    attendanceQualityPercent: 85,
    maxExcusedAbsencesInRow: 3,
    materialsPostedDaysBefore: null,
    specialDutyNotExpected: true,
    temporaryInVotes: false,
    removalWarningMonths: 2,
    removalCandidateMonths: 3,
  },
  'HD42-2025': {
    id: 'HD42-2025',
    title: {
      vi: 'Hướng dẫn 42-HD/BTCTW ngày 28/10/2025',
      en: 'Guideline 42-HD/BTCTW of 28 October 2025',
    },
    regulation: '42-HD/BTCTW',
    effectiveFrom: getRegulation('42-HD/BTCTW').inForceFrom,
    minimumMeetingMinutes: 90,
    cellMinimumMayBeShorter: true,
    combinedSessionMinutes: 120,
    attendanceQualityPercent: 85,
    maxExcusedAbsencesInRow: 3,
    materialsPostedDaysBefore: 1,
    specialDutyNotExpected: true,
    temporaryInVotes: false,
    removalWarningMonths: 2,
    removalCandidateMonths: 3,
  },
};

/** The newest rule set: the default where no date chooses one (R-SET-1). */
export const LATEST_RULE_SET_ID: RuleSetId = 'HD42-2025';

/**
 * The rule set with this id (R-SET-1).
 *
 * @param id - `'HD12-2018'` or `'HD42-2025'`.
 * @returns the rule set.
 * @throws ChiboError `unknown-rule-set` for any other id.
 * @example
 * ```ts
 * getRuleSet('HD42-2025').combinedSessionMinutes; // 120
 * ```
 */
export function getRuleSet(id: RuleSetId): RuleSet {
  // Own keys only: an id such as "toString" must not find Object.prototype's.
  const found =
    typeof id === 'string' && Object.hasOwn(ruleSets, id)
      ? ruleSets[id]
      : undefined;
  if (!found) {
    const shown = typeof id === 'string' ? `"${id.slice(0, 40)}"` : typeof id;
    throw new ChiboError('unknown-rule-set', {
      vi: `Không có bộ quy tắc ${shown}. Dùng "HD12-2018" hoặc "HD42-2025".`,
      en: `Unknown rule set ${shown}. Use "HD12-2018" or "HD42-2025".`,
    });
  }
  return found;
}

/**
 * The rule set for a meeting on this date (R-SET-1): `HD42-2025` from
 * 2025-10-28 (Viet Nam date), `HD12-2018` before. A pinned id wins.
 *
 * @param at - the meeting's date or time (`Date` or ISO string).
 * @param pinned - a rule set the caller pins, if any.
 * @returns the rule set.
 * @example
 * ```ts
 * resolveRuleSet('2025-10-27T19:30:00+07:00').id; // 'HD12-2018'
 * resolveRuleSet('2027-03-09T19:30:00+07:00').id; // 'HD42-2025'
 * resolveRuleSet('2027-03-09', 'HD12-2018').id; // 'HD12-2018'
 * ```
 */
export function resolveRuleSet(
  at: string | Date,
  pinned?: RuleSetId | undefined,
): RuleSet {
  if (pinned !== undefined) return getRuleSet(pinned);
  const date = toVietNamDate(at);
  return date >= ruleSets['HD42-2025'].effectiveFrom
    ? ruleSets['HD42-2025']
    : ruleSets['HD12-2018'];
}

/**
 * The rule set a meeting uses: its pinned `ruleSet`, or the one in force on
 * its scheduled date (R-SET-1).
 *
 * @param meeting - anything with `scheduledAt` and an optional `ruleSet`.
 * @param override - a rule set the caller pins for this computation.
 * @returns the rule set.
 * @example
 * ```ts
 * getMeetingRuleSet({ scheduledAt: '2027-03-09T19:30:00+07:00' }).id; // 'HD42-2025'
 * ```
 */
export function getMeetingRuleSet(
  meeting: { scheduledAt: string; ruleSet?: RuleSetId | undefined },
  override?: RuleSetId | undefined,
): RuleSet {
  return guardArguments(
    [
      ['meeting', MeetingDateArgument, meeting],
      ['override', RuleSetId.optional(), override],
    ],
    () => resolveRuleSet(meeting.scheduledAt, override ?? meeting.ruleSet),
  );
}

/** What `getMeetingRuleSet` reads of a meeting. */
const MeetingDateArgument = z.looseObject({
  scheduledAt: z.union([z.string(), z.date()]),
  ruleSet: RuleSetId.optional(),
});
