import { CellSector } from '@chibo/core/schemas';
import { z } from 'zod';

// What `toICalendar` and `planSupervisorVisits` read of a year plan, for
// `checkArgument`: a plan that is not one is a ChiboError naming the field,
// never a TypeError, a meeting at `NaN` that clashes with nothing, or a
// quarter read as the first (issue 13 §4). Plans made by `createYearPlan`
// always pass; unknown keys are kept.

const LocalizedTextArgument = z.looseObject({
  vi: z.string(),
  en: z.string(),
});

/**
 * An instant in ISO 8601 (no offset: Viet Nam time). core's `DateTime`
 * accepts the same strings but normalises them, which costs twice as much.
 */
const Instant = z.iso.datetime({ offset: true, local: true });

/** The fields of a planned meeting that are read. */
const PlannedMeetingArgument = z.looseObject({
  id: z.string(),
  cellId: z.string(),
  kind: z.enum(['regular', 'thematic']),
  session: z.enum(['separate', 'combined']),
  quarter: z.number().int().min(1).max(4),
  date: z.iso.date(),
  start: Instant,
  end: Instant,
  title: LocalizedTextArgument,
  shift: z.looseObject({ message: LocalizedTextArgument }).optional(),
});

/** A year plan ({@link createYearPlan}), as the functions that take one read it. */
export const YearPlanArgument = z.looseObject({
  cell: z.looseObject({ id: z.string(), name: z.string(), sector: CellSector }),
  year: z.number().int().min(1).max(9999),
  meetings: z.array(PlannedMeetingArgument),
});

/** Several year plans. */
export const YearPlansArgument = z.array(YearPlanArgument);
