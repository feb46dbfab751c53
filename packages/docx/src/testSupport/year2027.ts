/**
 * "The cell's year 2027" of SCENARIO.md for the year's documents: the dues
 * book and the summary, made by `@chibo/core/year` from `year2027` of
 * `@chibo/scenario` (R-DUES-2, R-YEAR-3). Not published.
 */
import { getDuesBook, summariseCellYear } from '@chibo/core/year';
import { year2027 } from '@chibo/scenario';
import {
  records,
  summaryOptions,
} from '../../../core/src/year/testSupport/summary2027';
import { duesInput, rates } from '../../../core/src/year/testSupport/year2027';

/** The dues book of 2027, read at the end of the year. */
export const book2027 = getDuesBook(duesInput(), { year: 2027, rates });

/** The cell as the dues book's options name it. */
export const trangNung = { ...year2027.documentCell };

/** The year in figures, with the reviews and the dues book. */
export const summary2027 = summariseCellYear(records, summaryOptions);
