import {
  type Cell,
  checkMeetingDuration,
  createFinding,
  type Finding,
  type LocalizedText,
  type MeetingDuration,
  parseCell,
  resolveRuleSet,
} from '@chibo/core';
import {
  type CellSector,
  checkArgument,
  type RuleSetId,
} from '@chibo/core/schemas';
import { z } from 'zod';
import { toDayNumber } from '../civil';
import { createHolidayCalendar } from '../holidays/getHolidays';
import type {
  HolidayCalendar,
  HolidayOptions,
} from '../holidays/holidayCalendar';
import {
  expandDays,
  meetingTimes,
  type Occurrence,
  parseRange,
  toOccurrences,
} from '../rules/expandSchedule';
import type { MeetingRule, MeetingRuleInput } from '../rules/meetingRule';
import {
  parseYearPlanSettings,
  type ThematicPlan,
  type ThematicPlanInput,
} from './yearPlanOptions';

/** One meeting of a year plan. */
export interface PlannedMeeting extends Occurrence {
  /** Stable: `<cell id>-<year>-<MM>-<kind>`, e.g. `trang-nung-2027-02-regular`. */
  id: string;
  cellId: string;
  kind: 'regular' | 'thematic';
  /** A session of its own, or shared by the regular and the thematic meeting (R-FREQ-3). */
  session: 'separate' | 'combined';
  /** The quarter (1–4) of the month it is for. */
  quarter: number;
  /** e.g. "Sinh hoạt chi bộ thường kỳ tháng 02 năm 2027". */
  title: LocalizedText;
}

/** The year's meetings of one cell, with what the plan breaks. */
export interface YearPlan {
  cell: { id: string; name: string; sector: CellSector };
  year: number;
  /** In order of start. */
  meetings: PlannedMeeting[];
  /** R-FREQ-1, R-FREQ-2, R-SCHED-2, R-SCHED-3, R-DUR-1, R-FREQ-3 findings. */
  warnings: Finding[];
}

/** The options of {@link createYearPlan}. */
export interface YearPlanOptions {
  /** The regular meeting's rule (R-SCHED-1, R-SCHED-2). */
  regular: MeetingRuleInput | MeetingRule;
  /** The thematic meetings (R-SCHED-3); absent: none planned, every quarter reported. */
  thematic?: ThematicPlanInput | ThematicPlan | undefined;
  /** The holiday calendar or its options. @defaultValue the default calendar */
  holidays?: HolidayOptions | HolidayCalendar | undefined;
  /** A rule set to pin for R-DUR-1 (R-SET-1). @defaultValue the one in force on each meeting's date */
  ruleSet?: RuleSetId | undefined;
}

/** The options are an object; `parseYearPlanSettings` checks its keys. */
const AnObject = z.looseObject({});

const QUARTER_NAMES = ['I', 'II', 'III', 'IV'];
const pad = (n: number) => String(n).padStart(2, '0');

function title(
  kind: 'regular' | 'thematic',
  month: number,
  year: number,
): LocalizedText {
  if (kind === 'regular') {
    return {
      vi: `Sinh hoạt chi bộ thường kỳ tháng ${pad(month)} năm ${year}`,
      en: `Regular cell meeting, ${year}-${pad(month)}`,
    };
  }
  const q = Math.ceil(month / 3);
  return {
    vi: `Sinh hoạt chuyên đề quý ${QUARTER_NAMES[q - 1]} năm ${year} (tháng ${pad(month)})`,
    en: `Thematic meeting, Q${q} ${year} (${year}-${pad(month)})`,
  };
}

function thematicMonths(plan: ThematicPlan): number[] {
  if (plan.months) return [...new Set(plan.months)].sort((a, b) => a - b);
  return [0, 3, 6, 9].map((q) => q + plan.monthOfQuarter);
}

function planned(
  occurrence: Occurrence,
  cellId: string,
  kind: 'regular' | 'thematic',
  session: 'separate' | 'combined',
): PlannedMeeting {
  // Copied field by field: one object shape, much faster than a spread.
  const meeting: PlannedMeeting = {
    date: occurrence.date,
    start: occurrence.start,
    end: occurrence.end,
    originalDate: occurrence.originalDate,
    year: occurrence.year,
    month: occurrence.month,
    id: `${cellId}-${occurrence.year}-${pad(occurrence.month)}-${kind}`,
    cellId,
    kind,
    session,
    quarter: Math.ceil(occurrence.month / 3),
    title: title(kind, occurrence.month, occurrence.year),
  };
  if (occurrence.shift) meeting.shift = occurrence.shift;
  return meeting;
}

/**
 * The year's regular and thematic meetings of one cell (R-FREQ-1, R-FREQ-2,
 * R-SCHED-1..3), with warnings for what the plan breaks: a month with no
 * regular meeting held in it, a quarter with no thematic meeting, a meeting
 * moved into another month by a holiday shift, a meeting or a combined
 * session shorter than R-DUR-1's minimum (120 minutes for a combined session
 * under `HD42-2025`), and overlapping sessions.
 *
 * @param cell - the cell (`@chibo/core` `Cell`), validated.
 * @param year - the Gregorian year.
 * @param options - the regular rule, the thematic plan, holidays, rule set.
 * @returns the plan; an invalid cell or rule, or an unknown key in the
 *   options, is a `ChiboError`, never an empty plan.
 * @example
 * ```ts
 * const plan = createYearPlan(cell, 2027, {
 *   regular: { pattern: { type: 'weekday-of-week', weekday: 2, week: 2 }, time: '19:30' },
 *   thematic: {
 *     monthOfQuarter: 2,
 *     rule: { pattern: { type: 'weekday-of-week', weekday: 2, week: 3 }, time: '19:30' },
 *   },
 * });
 * plan.meetings.filter((m) => m.month === 2).map((m) => [m.kind, m.date]);
 * // [['regular', '2027-02-10'], ['thematic', '2027-02-16']]
 * ```
 */
export function createYearPlan(
  cell: Cell,
  year: number,
  options: YearPlanOptions,
): YearPlan {
  const parsedCell = parseCell(cell);
  // The same checks as a range: an integer year the holidays can be computed for.
  parseRange({
    from: { year, month: 1, day: 1 },
    to: { year, month: 12, day: 31 },
  });
  checkArgument('options', AnObject, options);
  // Whole: a misspelt key is an error naming the key it most likely meant.
  const settings = parseYearPlanSettings(options);
  const calendar = createHolidayCalendar(options.holidays);
  const from = toDayNumber(year, 1, 1);
  const to = toDayNumber(year, 12, 31);
  const regular = toOccurrences(
    expandDays(settings.regular, from, to, calendar),
    settings.regular,
  );
  const meetings: PlannedMeeting[] = [];
  const warnings: Finding[] = [];
  const thematic = settings.thematic;
  const chosen = thematic ? thematicMonths(thematic) : [];
  const combined =
    thematic?.session === 'combined' ? new Set(chosen) : new Set<number>();

  for (const occurrence of regular) {
    const isCombined = combined.has(occurrence.month);
    meetings.push(
      planned(
        occurrence,
        parsedCell.id,
        'regular',
        isCombined ? 'combined' : 'separate',
      ),
    );
    if (isCombined && thematic) {
      const day = toDayNumber(
        Number(occurrence.date.slice(0, 4)),
        Number(occurrence.date.slice(5, 7)),
        Number(occurrence.date.slice(8, 10)),
      );
      const startMinute =
        Number(occurrence.start.slice(11, 13)) * 60 +
        Number(occurrence.start.slice(14, 16)) +
        settings.regular.durationMinutes;
      const time = `${pad(Math.floor(startMinute / 60) % 24)}:${pad(startMinute % 60)}`;
      const times = meetingTimes(
        day + Math.floor(startMinute / 1440),
        time,
        thematic.durationMinutes,
      );
      meetings.push(
        planned(
          { ...occurrence, ...times },
          parsedCell.id,
          'thematic',
          'combined',
        ),
      );
    }
  }
  if (thematic?.session === 'separate' && thematic.rule) {
    const rule = { ...thematic.rule, months: chosen };
    for (const occurrence of toOccurrences(
      expandDays(rule, from, to, calendar),
      rule,
    )) {
      meetings.push(planned(occurrence, parsedCell.id, 'thematic', 'separate'));
    }
  }
  meetings.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

  warnings.push(
    ...monthWarnings(meetings, year),
    ...quarterWarnings(meetings),
    ...shiftWarnings(meetings),
    ...durationWarnings(meetings, parsedCell, settings.ruleSet),
    ...overlapWarnings(meetings),
  );
  return {
    cell: {
      id: parsedCell.id,
      name: parsedCell.name,
      sector: parsedCell.sector,
    },
    year,
    meetings,
    warnings,
  };
}

function monthWarnings(meetings: PlannedMeeting[], year: number): Finding[] {
  const held = new Set(
    meetings
      .filter(
        (m) => m.kind === 'regular' && Number(m.date.slice(0, 4)) === year,
      )
      .map((m) => Number(m.date.slice(5, 7))),
  );
  const findings: Finding[] = [];
  for (let month = 1; month <= 12; month++) {
    if (held.has(month)) continue;
    findings.push(
      createFinding('R-FREQ-1', 'month-without-meeting', 'warning', {
        vi: `Tháng ${pad(month)}/${year} không có buổi sinh hoạt thường kỳ nào.`,
        en: `${year}-${pad(month)} has no regular meeting.`,
      }),
    );
  }
  return findings;
}

function quarterWarnings(meetings: PlannedMeeting[]): Finding[] {
  const quarters = new Set(
    meetings.filter((m) => m.kind === 'thematic').map((m) => m.quarter),
  );
  const findings: Finding[] = [];
  for (let q = 1; q <= 4; q++) {
    if (quarters.has(q)) continue;
    findings.push(
      createFinding('R-SCHED-3', 'quarter-without-thematic', 'warning', {
        vi: `Quý ${QUARTER_NAMES[q - 1]} không có buổi sinh hoạt chuyên đề nào (R-FREQ-2).`,
        en: `Quarter ${q} has no thematic meeting (R-FREQ-2).`,
      }),
    );
  }
  return findings;
}

function shiftWarnings(meetings: PlannedMeeting[]): Finding[] {
  return meetings
    .filter((m) => m.shift && Number(m.date.slice(5, 7)) !== m.month)
    .map((m) =>
      createFinding('R-SCHED-2', 'shifted-out-of-month', 'warning', {
        vi: `${m.title.vi}: dời từ ngày ${m.originalDate} sang ngày ${m.date}, ra ngoài tháng ${pad(m.month)}.`,
        en: `${m.title.en}: moved from ${m.originalDate} to ${m.date}, out of its month.`,
      }),
    );
}

function durationWarnings(
  meetings: PlannedMeeting[],
  cell: Cell,
  ruleSet: RuleSetId | undefined,
): Finding[] {
  const findings: Finding[] = [];
  // Core's R-DUR-1 verdict depends on the rule set in force, the length and
  // whether the session is combined: asked once per combination.
  const verdicts = new Map<string, MeetingDuration>();
  const check = (start: string, end: string, combined: boolean) => {
    const minutes = (Date.parse(end) - Date.parse(start)) / 60_000;
    const key = `${resolveRuleSet(start, ruleSet).id}|${minutes}|${combined}`;
    let verdict = verdicts.get(key);
    if (!verdict) {
      verdict = checkMeetingDuration(
        { scheduledAt: start, timeline: { startedAt: start, endedAt: end } },
        cell,
        { ruleSet, combined },
      );
      verdicts.set(key, verdict);
    }
    return verdict;
  };
  const sessions = new Map<string, PlannedMeeting[]>();
  for (const m of meetings) {
    if (m.session === 'combined') {
      const key = `${m.year}-${m.month}`;
      sessions.set(key, [...(sessions.get(key) ?? []), m]);
      continue;
    }
    const verdict = check(m.start, m.end, false);
    if (verdict.met === false) {
      findings.push(
        createFinding('R-DUR-1', 'meeting-too-short', 'warning', {
          vi: `${m.title.vi}: dự kiến ${verdict.minutes} phút, ít hơn ${verdict.minimum} phút.`,
          en: `${m.title.en}: planned ${verdict.minutes} minutes, less than ${verdict.minimum}.`,
        }),
      );
    }
  }
  for (const session of sessions.values()) {
    const first = session[0];
    const last = session.at(-1);
    if (!first || !last) continue;
    const verdict = check(first.start, last.end, true);
    if (verdict.met === false) {
      findings.push(
        createFinding('R-DUR-1', 'combined-session-too-short', 'warning', {
          vi: `Buổi sinh hoạt ghép tháng ${pad(first.month)}/${first.year}: dự kiến ${verdict.minutes} phút, ít hơn ${verdict.minimum} phút (R-FREQ-3).`,
          en: `Combined session of ${first.year}-${pad(first.month)}: planned ${verdict.minutes} minutes, less than ${verdict.minimum} (R-FREQ-3).`,
        }),
      );
    }
  }
  return findings;
}

function overlapWarnings(meetings: PlannedMeeting[]): Finding[] {
  const findings: Finding[] = [];
  for (let i = 1; i < meetings.length; i++) {
    const a = meetings[i - 1];
    const b = meetings[i];
    // Same-offset ISO strings (+07:00) compare as the instants do.
    if (!a || !b || b.start >= a.end) continue;
    findings.push(
      createFinding('R-FREQ-3', 'sessions-overlap', 'warning', {
        vi: `${a.title.vi} và ${b.title.vi} trùng giờ (${b.start}).`,
        en: `${a.title.en} and ${b.title.en} overlap (${b.start}).`,
      }),
    );
  }
  return findings;
}
