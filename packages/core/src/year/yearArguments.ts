import { z } from 'zod';

// What the year's functions read of their arguments, for `checkArgument`: a
// wrong argument is a ChiboError naming it (issue 13 §4).

/** A calendar year a review or a dues book can be for. */
export const YearArgument = z.number().int().min(1930).max(9999);

/** The lines of a dues book that `toDuesPayments` and `getMemberYearFacts` read. */
export const DuesBookLinesArgument = z.looseObject({
  members: z.array(
    z.looseObject({
      memberId: z.string(),
      months: z.array(z.looseObject({ month: z.string(), status: z.string() })),
    }),
  ),
});

/** `'2027-02'` → `'2027-02-28'`. */
export function lastDayOfMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}
