import {
  type CellYearRecord,
  type CellYearSummary,
  createAnnualSheet,
  createDuesRateTable,
  type DuesBook,
  getDuesBook,
  rateAnnualReviews,
  summariseCellYear,
} from '@chibo/core/year';
import { year2027 } from '@chibo/scenario';

/** The cell's year in figures and its dues book. */
export interface ScenarioYear {
  summary: CellYearSummary;
  book: DuesBook;
}

/**
 * "The cell's year 2027" of SCENARIO.md, summarised (R-YEAR-3): the 16
 * meeting records, the members rated on the sample sheet (R-YEAR-1) and the
 * dues book read at the end of the year, with the commune's own amount for
 * members without a salary (R-DUES-1, R-DUES-2).
 *
 * @returns the summary and the dues book.
 */
export function getScenarioYear(): ScenarioYear {
  const { year } = year2027;
  const rates = createDuesRateTable({ 'no-salary': year2027.noSalaryDues });
  const dues = year2027.getDuesInput();
  const memberReviews = rateAnnualReviews(
    createAnnualSheet(year2027.memberSheet),
    year2027.getMemberEntries(),
    { year },
  ).reviews;
  // Plain data as a host stores it: summariseCellYear checks every field.
  const records = year2027.getRecords() as unknown as CellYearRecord[];
  return {
    summary: summariseCellYear(records, { year, memberReviews, dues, rates }),
    book: getDuesBook(dues, { year, rates }),
  };
}
