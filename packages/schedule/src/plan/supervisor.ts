import { CellSector, Id, Text } from '@chibo/core/schemas';
import { z } from 'zod';

/**
 * The committee a supervisor sits on (R-SCHED-4 v2): `'province'` or
 * `'commune'` (the commune or ward party committee, the level directly above
 * most grassroots organisations). `'district'` is historical: there is no
 * district level since 2025-07-01. It still parses, so that old plans load,
 * and {@link planSupervisorVisits} flags it.
 *
 * @example
 * ```ts
 * SupervisorLevel.parse('commune'); // Đảng ủy viên xã
 * ```
 */
export const SupervisorLevel = z.enum(['province', 'commune', 'district']);
export type SupervisorLevel = z.infer<typeof SupervisorLevel>;

/** The day the district level ended, 00:00 in Viet Nam (2025-07-01T00:00+07:00). */
export const DISTRICT_LEVEL_ENDED = Date.UTC(2025, 5, 30, 17);

/**
 * An upper-level committee member who attends cells' meetings (R-SCHED-4).
 * Unknown keys are an error that names the nearest known key.
 *
 * @example
 * ```ts
 * Supervisor.parse({ id: 'g01', name: 'Triệu Văn Long', level: 'commune', homeCellId: 'xuan-quang-1' });
 * ```
 */
export const Supervisor = z.strictObject({
  id: Id,
  name: Text.optional(),
  level: SupervisorLevel,
  /** The supervisor's own cell: never visited, and its meetings keep them busy. */
  homeCellId: Id.optional(),
  /** Overrides the quota of the level. */
  visitsPerYear: z.number().int().min(0).optional(),
});
export type Supervisor = z.infer<typeof Supervisor>;
/** The input shape of {@link Supervisor}. */
export type SupervisorInput = z.input<typeof Supervisor>;

/**
 * Kon Tum's quotas (Quy định 776-QĐ/TU, 2023), without the district row that
 * 2025-07-01 removed: province 2, commune 6 visits a year. The quotas are
 * [open] (R-SCHED-4 v2).
 */
const KON_TUM_VISITS_PER_YEAR: Readonly<
  Partial<Record<SupervisorLevel, number>>
> = { province: 2, commune: 6 };

/**
 * How many visits each level owes a year, and where (R-SCHED-4 v2
 * [practice]). The quota table is [open]: the rows given are added to (or
 * replace) Kon Tum's, province 2 and commune 6, and there is no district row
 * unless a host adds one for an old plan. Unknown keys, in the requirements
 * or in the table, are an error that names the nearest known key.
 *
 * @example
 * ```ts
 * VisitRequirements.parse({ sectors: ['residential'], bufferMinutes: 30 }).visitsPerYear; // { province: 2, commune: 6 }
 * // An old plan with district supervisors: add the row.
 * VisitRequirements.parse({ visitsPerYear: { district: 6 } }).visitsPerYear; // { province: 2, commune: 6, district: 6 }
 * ```
 */
export const VisitRequirements = z.strictObject({
  /**
   * Visits a year by level: rows added to (or replacing) the defaults.
   * @defaultValue `{ province: 2, commune: 6 }` (Kon Tum, no district row)
   */
  visitsPerYear: z
    .partialRecord(SupervisorLevel, z.number().int().min(0))
    .optional()
    .transform(
      (given): Partial<Record<SupervisorLevel, number>> => ({
        ...KON_TUM_VISITS_PER_YEAR,
        ...given,
      }),
    ),
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
