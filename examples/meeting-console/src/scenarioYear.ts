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

/**
 * "The cell's year 2027" of SCENARIO.md, computed in the page (R-YEAR-3):
 * the members rated on the sample sheet (R-YEAR-1), the dues book read at
 * the end of the year with the commune's amount for members without a
 * salary (R-DUES-1, R-DUES-2), and the summary of the 16 meeting records.
 *
 * @returns the summary and the dues book.
 */
export function getScenarioYear(): {
  summary: CellYearSummary;
  book: DuesBook;
} {
  const { year } = year2027;
  // The stored records as plain data: summariseCellYear checks them.
  const records = year2027.getRecords() as unknown as CellYearRecord[];
  const options = {
    year,
    memberReviews: rateAnnualReviews(
      createAnnualSheet(year2027.memberSheet),
      year2027.getMemberEntries(),
      { year },
    ).reviews,
    dues: year2027.getDuesInput(),
    rates: createDuesRateTable({ 'no-salary': year2027.noSalaryDues }),
  };
  return {
    summary: summariseCellYear(records, options),
    book: getDuesBook(options.dues, options),
  };
}
