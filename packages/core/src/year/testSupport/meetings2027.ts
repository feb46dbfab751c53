/**
 * The meetings of "The cell's year 2027" (SCENARIO.md) for the year's tests
 * (R-YEAR-3): `year2027.getRecords()` of `@chibo/scenario`, where the data
 * lives so the examples can use it too. Not published.
 */
import { year2027 } from '@chibo/scenario';
import type { CellYearRecord } from '../summariseCellYear';

/** The 16 records of 2027, in date order: 12 regular, 4 thematic. */
export function records2027(): CellYearRecord[] {
  return year2027.getRecords() as unknown as CellYearRecord[];
}

/** Members present at each month's regular meeting (expected: 16, Páo exempt). */
export const presentByMonth = [...year2027.presentByMonth];
