import {
  createFinding,
  type Finding,
  type LocalizedText,
  parseWith,
} from '@chibo/core';
import { guardArguments } from '@chibo/core/schemas';
import { toInstant } from '@chibo/core/time';
import { z } from 'zod';
import type { PlannedMeeting, YearPlan } from './createYearPlan';
import {
  DISTRICT_LEVEL_ENDED,
  Supervisor,
  type SupervisorInput,
  type SupervisorLevel,
  VisitRequirements,
  type VisitRequirementsInput,
} from './supervisor';
import { YearPlansArgument } from './yearPlanArgument';

/** One visit: a supervisor at a cell's meeting. */
export interface SupervisorVisit {
  supervisorId: string;
  meetingId: string;
  cellId: string;
  kind: PlannedMeeting['kind'];
  start: string;
  end: string;
  quarter: number;
}

/** A requirement the plan could not meet, and why (R-SCHED-4). */
export interface UnmetVisitRequirement {
  supervisorId: string;
  rule: 'R-SCHED-4';
  /**
   * `no-other-cell`: no meeting of another cell to visit; `not-enough-meetings`:
   * too few meetings free of clashes; `quarter-without-visit`: a quarter has
   * no visit although the year's count allows one; `no-quota`: the quota
   * table has no row for the supervisor's level (a district supervisor, by
   * default) and the supervisor no `visitsPerYear`, so nothing is planned
   * (`required` and `assigned` are 0).
   */
  code:
    | 'no-other-cell'
    | 'not-enough-meetings'
    | 'quarter-without-visit'
    | 'no-quota';
  required: number;
  assigned: number;
  /** For `quarter-without-visit`. */
  quarter?: number | undefined;
  message: LocalizedText;
}

/** The result of {@link planSupervisorVisits}. */
export interface VisitPlan {
  visits: SupervisorVisit[];
  unmet: UnmetVisitRequirement[];
  /**
   * R-SCHED-4 v2 findings: `historical-level` for each district supervisor
   * (no district level since 2025-07-01): a `'warning'` when the plans have a
   * meeting from that day on, an `'info'` for a plan wholly before it.
   */
  warnings: Finding[];
}

const supervisorsEntity = {
  vi: 'Danh sách cấp ủy viên dự họp',
  en: 'supervisor list',
};
const requirementsEntity = { vi: 'Yêu cầu dự họp', en: 'visit requirements' };

const LEVEL_NAMES: Record<SupervisorLevel, LocalizedText> = {
  province: { vi: 'tỉnh', en: 'province' },
  commune: { vi: 'xã', en: 'commune' },
  district: { vi: 'huyện', en: 'district' },
};

/**
 * The finding of a district supervisor (R-SCHED-4 v2): the level is
 * historical; a warning when the plans reach 2025-07-01 or later.
 */
function historicalLevel(
  person: Supervisor,
  name: string,
  afterTheChange: boolean,
): Finding {
  return createFinding(
    'R-SCHED-4',
    'historical-level',
    afterTheChange ? 'warning' : 'info',
    afterTheChange
      ? {
          vi: `${name}: cấp huyện là cấp cũ, từ ngày 01/7/2025 không còn cấp huyện; kế hoạch có buổi họp từ ngày đó, nên chuyển người này sang cấp tỉnh hoặc cấp xã.`,
          en: `${name}: the district level is historical, there is none since 2025-07-01; the plans have meetings from that day on, so move this supervisor to the province or commune level.`,
        }
      : {
          vi: `${name}: cấp huyện là cấp cũ, từ ngày 01/7/2025 không còn cấp huyện; kế hoạch này trước ngày đó nên vẫn được lập.`,
          en: `${name}: the district level is historical, there is none since 2025-07-01; these plans predate that day and are planned as they are.`,
        },
    [person.id],
  );
}

/** The unmet requirement of a supervisor whose level has no quota. */
function noQuota(person: Supervisor, name: string): UnmetVisitRequirement {
  const level = LEVEL_NAMES[person.level];
  return {
    supervisorId: person.id,
    rule: 'R-SCHED-4',
    code: 'no-quota',
    required: 0,
    assigned: 0,
    message: {
      vi: `${name}: bảng định mức không có số buổi dự họp một năm của cấp ${level.vi}; hãy thêm dòng "${person.level}" vào visitsPerYear, hoặc ghi visitsPerYear cho người này.`,
      en: `${name}: the quota table has no visits a year for the ${level.en} level; add a "${person.level}" row to visitsPerYear, or give this supervisor visitsPerYear.`,
    },
  };
}

/** Quarters that get one more visit than the others: spread out (Q1, Q3 for two). */
function quarterTargets(required: number): number[] {
  const base = Math.floor(required / 4);
  const extra = required % 4;
  const targets = [base, base, base, base];
  for (let i = 0; i < extra; i++) {
    const q = Math.floor((i * 4) / extra);
    targets[q] = (targets[q] ?? 0) + 1;
  }
  return targets;
}

interface Interval {
  from: number;
  to: number;
}

/**
 * Assign each supervisor the visits their level owes in a year (R-SCHED-4
 * v2): meetings of cells other than their own, never two at overlapping
 * times (nor during their own cell's meetings), spread across the quarters.
 * Greedy and deterministic: supervisors in the given order; in each quarter
 * the meeting with the fewest supervisors already, then the cell this
 * supervisor has visited least, then the earliest. What cannot be met is
 * returned with the reason, never dropped.
 *
 * The levels are province and commune; the quotas are [open], Kon Tum's by
 * default (province 2, commune 6). A district supervisor (an old plan) is
 * still planned, with a `historical-level` warning; with no district row in
 * the table and no `visitsPerYear` of their own, they get a `no-quota`
 * requirement instead of visits. A meeting time without an offset is Viet
 * Nam time (R-TIME-1), whatever the host's time zone.
 *
 * @param supervisors - the supervisors, validated with {@link Supervisor}.
 * @param plans - the cells' year plans ({@link createYearPlan}).
 * @param requirements - the quota table, sectors, kinds, travel buffer.
 * @returns the visits, the requirements left unmet, and the warnings.
 * @throws ChiboError `invalid-input` for a wrong supervisor or requirement
 *   (an unknown key names the nearest known one), `invalid-argument` for
 *   `plans` that are not year plans (a meeting whose start is not a date, a
 *   quarter 5…), each with its path.
 * @example
 * ```ts
 * const { visits, unmet } = planSupervisorVisits(
 *   [{ id: 'g01', name: 'Triệu Văn Long', level: 'commune', homeCellId: 'xuan-quang-1' }],
 *   plans,
 * );
 * ```
 */
export function planSupervisorVisits(
  supervisors: readonly SupervisorInput[],
  plans: readonly YearPlan[],
  requirements: VisitRequirementsInput = {},
): VisitPlan {
  const people = parseWith(z.array(Supervisor), supervisors, supervisorsEntity);
  const needs = parseWith(VisitRequirements, requirements, requirementsEntity);
  return guardArguments([['plans', YearPlansArgument, plans]], () =>
    assignVisits(people, plans, needs),
  );
}

// A meeting that is not one throws a TypeError: guardArguments then names
// the wrong field of `plans`, instead of a meeting at NaN that clashes with
// nothing, a quarter read as the first or a kind silently left out.
const notPlanned = () => new TypeError('Not a planned meeting.');

/** Whether a meeting is of a kind that counts. */
function counts(meeting: PlannedMeeting, kinds: readonly string[]): boolean {
  if (meeting.kind !== 'regular' && meeting.kind !== 'thematic') {
    throw notPlanned();
  }
  return kinds.includes(meeting.kind);
}

/** Ends with a zone: `Z` or an offset. */
const ZONED = /(?:Z|[+-]\d\d:?\d\d)$/i;

/**
 * The epoch milliseconds of a meeting's start or end (R-TIME-1): a time
 * without an offset is Viet Nam time. `Date.parse` alone would read it in
 * the host's zone; it is exact, and quick, for a time with one.
 */
function instantOf(text: unknown): number {
  if (typeof text !== 'string') return Number.NaN;
  return ZONED.test(text) ? Date.parse(text) : toInstant(text).getTime();
}

/** A meeting's time slot. */
function slotOf(meeting: PlannedMeeting): Interval {
  const { start, end, quarter } = meeting;
  const slot = { from: instantOf(start), to: instantOf(end) };
  if (
    Number.isNaN(slot.from) ||
    Number.isNaN(slot.to) ||
    !(Number.isInteger(quarter) && quarter >= 1 && quarter <= 4)
  ) {
    throw notPlanned();
  }
  return slot;
}

function assignVisits(
  people: Supervisor[],
  plans: readonly YearPlan[],
  needs: VisitRequirements,
): VisitPlan {
  const buffer = needs.bufferMinutes * 60_000;
  const visits: SupervisorVisit[] = [];
  const unmet: UnmetVisitRequirement[] = [];
  const warnings: Finding[] = [];
  const intervals = new Map<PlannedMeeting, Interval>();
  const timed = (m: PlannedMeeting): Interval => {
    let slot = intervals.get(m);
    if (!slot) {
      slot = slotOf(m);
      intervals.set(m, slot);
    }
    return slot;
  };

  // Every meeting that counts, in order of start, with its time slot, sorted
  // once; cells and per-meeting loads are indexed by number.
  const all = plans
    .filter((p) => !needs.sectors || needs.sectors.includes(p.cell.sector))
    .flatMap((p) => p.meetings.filter((m) => counts(m, needs.kinds)))
    .map((meeting) => ({ meeting, slot: timed(meeting) }))
    .sort((a, b) => a.slot.from - b.slot.from);
  const cellIndex = new Map<string, number>();
  const cellOf = new Int32Array(all.length);
  all.forEach(({ meeting }, i) => {
    let index = cellIndex.get(meeting.cellId);
    if (index === undefined) {
      index = cellIndex.size;
      cellIndex.set(meeting.cellId, index);
    }
    cellOf[i] = index;
  });
  /** Supervisors already at each meeting. */
  const load = new Int32Array(all.length);

  // Whether the plans have a meeting on or after the day the district
  // level ended; worked out for the first district supervisor.
  let afterTheChange: boolean | undefined;

  for (const person of people) {
    const name = person.name ?? person.id;
    if (person.level === 'district') {
      afterTheChange ??= plans.some((p) =>
        p.meetings.some((m) => timed(m).from >= DISTRICT_LEVEL_ENDED),
      );
      warnings.push(historicalLevel(person, name, afterTheChange));
    }
    const required = person.visitsPerYear ?? needs.visitsPerYear[person.level];
    if (required === undefined) {
      unmet.push(noQuota(person, name));
      continue;
    }
    const home = cellIndex.get(person.homeCellId ?? '') ?? -1;
    // 1 once a meeting is the supervisor's own, taken, or clashes with their time.
    const blocked = new Uint8Array(all.length);
    const block = (busy: Interval) => {
      for (let i = 0; i < all.length; i++) {
        const slot = (all[i] as (typeof all)[number]).slot;
        // Clashes, or leaves less than the buffer between the two.
        if (slot.from < busy.to + buffer && busy.from < slot.to + buffer) {
          blocked[i] = 1;
        }
      }
    };
    for (const p of plans) {
      if (p.cell.id === person.homeCellId)
        for (const m of p.meetings) block(timed(m));
    }
    const byQuarter: number[][] = [[], [], [], []];
    const everyIndex: number[] = [];
    for (let i = 0; i < all.length; i++) {
      if (cellOf[i] === home) blocked[i] = 1;
      if (blocked[i] === 1) continue;
      everyIndex.push(i);
      byQuarter[
        ((all[i] as (typeof all)[number]).meeting.quarter - 1) & 3
      ]?.push(i);
    }
    const perCell = new Int32Array(cellIndex.size);
    const mine: { visit: SupervisorVisit; from: number }[] = [];

    const pick = (quarter: number | null): boolean => {
      let best = -1;
      let bestLoad = Infinity;
      let bestCell = Infinity;
      const pool =
        quarter === null ? everyIndex : (byQuarter[quarter - 1] ?? []);
      for (const i of pool) {
        if (blocked[i] === 1) continue;
        const onMeeting = load[i] as number;
        const atCell = perCell[cellOf[i] as number] as number;
        if (
          onMeeting < bestLoad ||
          (onMeeting === bestLoad && atCell < bestCell)
        ) {
          best = i;
          bestLoad = onMeeting;
          bestCell = atCell;
        }
      }
      const chosen = all[best];
      if (!chosen) return false;
      const m = chosen.meeting;
      blocked[best] = 1;
      block(chosen.slot);
      load[best] = (load[best] as number) + 1;
      perCell[cellOf[best] as number] =
        (perCell[cellOf[best] as number] as number) + 1;
      mine.push({
        visit: {
          supervisorId: person.id,
          meetingId: m.id,
          cellId: m.cellId,
          kind: m.kind,
          start: m.start,
          end: m.end,
          quarter: m.quarter,
        },
        from: chosen.slot.from,
      });
      return true;
    };

    const targets = quarterTargets(required);
    targets.forEach((target, index) => {
      for (let i = 0; i < target; i++) if (!pick(index + 1)) break;
    });
    // A quarter that fell short: make the count up from any quarter.
    while (mine.length < required && pick(null)) {
      /* picked one more */
    }
    // By instant: starts may be written with different offsets.
    mine.sort((a, b) => a.from - b.from);
    visits.push(...mine.map((m) => m.visit));
    if (mine.length < required) {
      const none = !all.some((_, i) => cellOf[i] !== home);
      unmet.push({
        supervisorId: person.id,
        rule: 'R-SCHED-4',
        code: none ? 'no-other-cell' : 'not-enough-meetings',
        required,
        assigned: mine.length,
        message: none
          ? {
              vi: `${name}: không có buổi họp nào của chi bộ khác để dự.`,
              en: `${name}: no meeting of another cell to attend.`,
            }
          : {
              vi: `${name}: chỉ xếp được ${mine.length}/${required} buổi dự họp không trùng giờ.`,
              en: `${name}: only ${mine.length} of ${required} visits fit without clashes.`,
            },
      });
    }
    targets.forEach((target, index) => {
      if (target === 0 || mine.some((m) => m.visit.quarter === index + 1)) {
        return;
      }
      unmet.push({
        supervisorId: person.id,
        rule: 'R-SCHED-4',
        code: 'quarter-without-visit',
        required,
        assigned: mine.length,
        quarter: index + 1,
        message: {
          vi: `${name}: quý ${index + 1} không có buổi dự họp nào.`,
          en: `${name}: no visit in quarter ${index + 1}.`,
        },
      });
    });
  }
  return { visits, unmet, warnings };
}
