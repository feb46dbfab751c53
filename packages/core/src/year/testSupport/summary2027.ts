/**
 * What `summariseCellYear` takes for "The cell's year 2027" (SCENARIO.md,
 * R-YEAR-3): the records, the members' and the cell's annual reviews (the
 * cell scores 84, good) and the dues book's input. Not published.
 */
import { year2027 } from '@chibo/scenario';
import { rateAnnualReview } from '../rateAnnualReview';
import { rateAnnualReviews } from '../rateAnnualReviews';
import { getCellYearFacts } from '../yearFacts';
import { records2027 } from './meetings2027';
import {
  cellSheet,
  duesInput,
  memberEntries,
  memberSheet,
  rates,
} from './year2027';

export const records = records2027();

export const memberReviews = rateAnnualReviews(memberSheet, memberEntries, {
  year: 2027,
}).reviews;

/** 44 points judged and 40 from the meeting ratings: 84, good. */
export const cellReview = rateAnnualReview(
  cellSheet,
  {
    subjectId: 'trang-nung',
    inputs: { ...year2027.cellInputs },
    facts: getCellYearFacts(records.map((r) => r.meeting) as never, {
      year: 2027,
    }),
  },
  { year: 2027 },
);

/** The options with every source: reviews, dues book and rates. */
export const summaryOptions = {
  year: 2027,
  memberReviews,
  cellReview,
  dues: duesInput(),
  rates,
};
