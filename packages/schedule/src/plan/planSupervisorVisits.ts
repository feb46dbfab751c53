import {
  CellSector,
  guardArguments,
  Id,
  type LocalizedText,
  parseWith,
  Text,
} from '@chibo/core';
import { z } from 'zod';
import type { PlannedMeeting, YearPlan } from './createYearPlan';
import { YearPlansArgument } from './yearPlanArgument';

/**
 * The committee a supervisor sits on (R-SCHED-4).
 *
 * @example
 * ```ts
 * SupervisorLevel.parse('commune'); // Đảng ủy viên xã
 * ```
 */
export const SupervisorLevel = z.enum(['province', 'district', 'commune']);
export type SupervisorLevel = z.infer<typeof SupervisorLevel>;

/**
 * An upper-level committee member who attends cells' meetings (R-SCHED-4).
 *
 * @example
 * ```ts
 * Supervisor.parse({ id: 'g01', name: 'Triệu Văn Long', level: 'commune', homeCellId: 'xuan-quang-1' });
 * ```
 */
export const Supervisor = z.object({
  id: Id,
  name: Text.optional(),
  level: SupervisorLevel,
  /** The supervisor's own cell: never visited, and its meetings keep them busy. */
  homeCellId: Id.optional(),
  /** Overrides the requirement of the level. */
  visitsPerYear: z.number().int().min(0).optional(),
});
export type Supervisor = z.infer<typeof Supervisor>;
/** The input shape of {@link Supervisor}. */
export type SupervisorInput = z.input<typeof Supervisor>;

/**
 * How many visits each level owes a year, and where (R-SCHED-4 [practice]).
 * The defaults are Kon Tum's (Quy định 776-QĐ/TU, 2023).
 *
 * @example
 * ```ts
 * VisitRequirements.parse({ sectors: ['residential'], bufferMinutes: 30 }).visitsPerYear; // { province: 2, district: 6, commune: 6 }
 * ```
 */
export const VisitRequirements = z.object({
  /**
   * Visits a year by level.
   * @defaultValue `{ province: 2, district: 6, commune: 6 }` (Kon Tum)
   */
  visitsPerYear: z
    .object({
      province: z.number().int().min(0).default(2),
      district: z.number().int().min(0).default(6),
      commune: z.number().int().min(0).default(6),
    })
    .default({ province: 2, district: 6, commune: 6 }),
  /**
   * The sectors of the cells visited. Kon Tum names residential cells.
   * @defaultValue every sector
   */
  sectors: z.array(CellSector).min(1).optional(),
  /** The meeting kinds that count. @defaultValue both */
  kinds: z
    .array(z.enum(['regular', 'thematic']))
    .min(1)
    .default(['regular', 'thematic']),
  /** Minutes kept free between two of a supervisor's meetings, for travel. @defaultValue 0 */
  bufferMinutes: z.number().int().min(0).default(0),
});
export type VisitRequirements = z.infer<typeof VisitRequirements>;
/** The input shape of {@link VisitRequirements}. */
export type VisitRequirementsInput = z.input<typeof VisitRequirements>;

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
   * no visit although the year's count allows one.
   */
  code: 'no-other-cell' | 'not-enough-meetings' | 'quarter-without-visit';
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
}

const supervisorsEntity = {
  vi: 'Danh sách cấp ủy viên dự họp',
  en: 'supervisor list',
};
const requirementsEntity = { vi: 'Yêu cầu dự họp', en: 'visit requirements' };

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
 * Assign each supervisor the visits their level owes in a year (R-SCHED-4):
 * meetings of cells other than their own, never two at overlapping times (nor
 * during their own cell's meetings), spread across the quarters. Greedy and
 * deterministic: supervisors in the given order; in each quarter the meeting
 * with the fewest supervisors already, then the cell this supervisor has
 * visited least, then the earliest. What cannot be met is returned with the
 * reason, never dropped.
 *
 * @param supervisors - the supervisors, validated with {@link Supervisor}.
 * @param plans - the cells' year plans ({@link createYearPlan}).
 * @param requirements - visits per level, sectors, kinds, travel buffer.
 * @returns the visits, and the requirements left unmet.
 * @throws ChiboError `invalid-input` for a wrong supervisor or requirement,
 *   `invalid-argument` for `plans` that are not year plans (a meeting whose
 *   start is not a date, a quarter 5…), each with its path.
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

/** A meeting's time slot. */
function slotOf(meeting: PlannedMeeting): Interval {
  const { start, end, quarter } = meeting;
  const slot = {
    from: typeof start === 'string' ? Date.parse(start) : Number.NaN,
    to: typeof end === 'string' ? Date.parse(end) : Number.NaN,
  };
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

  for (const person of people) {
    const required = person.visitsPerYear ?? needs.visitsPerYear[person.level];
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
    const mine: SupervisorVisit[] = [];

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
        supervisorId: person.id,
        meetingId: m.id,
        cellId: m.cellId,
        kind: m.kind,
        start: m.start,
        end: m.end,
        quarter: m.quarter,
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
    mine.sort((a, b) => (a.start < b.start ? -1 : 1));
    visits.push(...mine);

    const name = person.name ?? person.id;
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
      if (target === 0 || mine.some((v) => v.quarter === index + 1)) return;
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
  return { visits, unmet };
}
