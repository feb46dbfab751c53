import type { Cell } from '../entities/cell';
import { guardArguments } from '../entities/checkArgument';
import type { RuleSetId } from '../entities/enums';
import type { Meeting } from '../entities/meeting';
import { minutesBetween } from '../time';
import {
  CellArgument,
  MeetingArgument,
  RuleOptionsArgument,
} from './ruleArguments';
import { getMeetingRuleSet } from './ruleSets';

/** The options of `checkMeetingDuration`. */
export interface MeetingDurationOptions {
  /** The meeting shares a session with another (R-FREQ-3): the combined minimum applies. */
  combined?: boolean | undefined;
  /** A rule set to pin (R-SET-1). */
  ruleSet?: RuleSetId | undefined;
}

/** The verdict of `checkMeetingDuration` (R-DUR-1). */
export interface MeetingDuration {
  rule: 'R-DUR-1';
  ruleSet: RuleSetId;
  /**
   * The texts the verdict rests on, by number (R-SET-1): the meeting guidance
   * of its rule set, `['12-HD/BTCTW']` or `['42-HD/BTCTW']`.
   */
  texts: string[];
  /** Minutes from start to end; `null` until both are recorded. */
  minutes: number | null;
  minimum: number;
  met: boolean | null;
  /** Minutes short of the minimum (0 when met). */
  shortBy: number | null;
}

/**
 * Whether a meeting lasted long enough (R-DUR-1): at least 90 minutes, or the
 * cell's own minimum set by the competent committee (`HD42-2025`; under
 * `HD12-2018` it can only be longer than 90); a combined session at least 120
 * minutes under `HD42-2025`. The verdict names the guidance in `texts`
 * (R-SET-1).
 *
 * @param meeting - the meeting with `timeline.startedAt` and `timeline.endedAt`.
 * @param cell - the cell, for its own minimum.
 * @param options - combined session, rule set.
 * @returns the minutes, the minimum and whether it was met.
 * @example
 * ```ts
 * checkMeetingDuration(meeting, cell).minutes; // 105 for 19:30–21:15
 * checkMeetingDuration(meeting, cell).texts; // ['42-HD/BTCTW']
 * ```
 */
export function checkMeetingDuration(
  meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'timeline'>,
  cell: Pick<Cell, 'minimumMeetingMinutes'>,
  options: MeetingDurationOptions = {},
): MeetingDuration {
  return guardArguments(
    [
      ['meeting', MeetingArgument, meeting],
      ['cell', CellArgument, cell],
      ['options', RuleOptionsArgument, options],
    ],
    () => checkMeetingDurationUnchecked(meeting, cell, options),
  );
}

function checkMeetingDurationUnchecked(
  meeting: Pick<Meeting, 'scheduledAt' | 'ruleSet' | 'timeline'>,
  cell: Pick<Cell, 'minimumMeetingMinutes'>,
  options: MeetingDurationOptions = {},
): MeetingDuration {
  const ruleSet = getMeetingRuleSet(meeting, options.ruleSet);
  const own = cell.minimumMeetingMinutes;
  const single =
    own === undefined
      ? ruleSet.minimumMeetingMinutes
      : ruleSet.cellMinimumMayBeShorter
        ? own
        : Math.max(own, ruleSet.minimumMeetingMinutes);
  const minimum =
    options.combined && ruleSet.combinedSessionMinutes !== null
      ? Math.max(ruleSet.combinedSessionMinutes, single)
      : single;
  const { startedAt, endedAt } = meeting.timeline;
  const minutes =
    startedAt && endedAt ? minutesBetween(startedAt, endedAt) : null;
  return {
    rule: 'R-DUR-1',
    ruleSet: ruleSet.id,
    // The guidance a rule set carries out is the one in force on its first day.
    texts: [ruleSet.regulation],
    minutes,
    minimum,
    met: minutes === null ? null : minutes >= minimum,
    shortBy: minutes === null ? null : Math.max(0, minimum - minutes),
  };
}
