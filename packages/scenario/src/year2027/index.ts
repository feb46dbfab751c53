/**
 * "The cell's year 2027" of SCENARIO.md as plain data: Chi bộ thôn Trang
 * Nùng's 16 meeting records, its members' annual review, its dues and the
 * 56 cells of Đảng bộ xã Xuân Quang. What changes when used is given by a
 * function that returns a fresh copy; the rest is read-only.
 */
import { cellLevels, cellRatings, tree } from './commune';
import { getDuesInput, NO_SALARY_DUES } from './dues';
import { getYearRecords, presentByMonth } from './records';
import {
  cellInputs,
  cellSheet,
  getMemberEntries,
  memberSheet,
  memberTotals,
} from './reviews';

export type { AnnualLevel, TreeNode } from './commune';
export type { DuesInput, Receipt } from './dues';
export type { YearRecord } from './records';
export type { MemberEntry, SheetInput } from './reviews';

/** The cell's year 2027 (SCENARIO.md "The cell's year 2027"). */
export const year2027 = {
  year: 2027,
  /** The cell as the year's documents name it (the dues book does not). */
  documentCell: {
    name: 'Chi bộ thôn Trang Nùng',
    parentName: 'Đảng bộ xã Xuân Quang',
    placeName: 'Xuân Quang',
  },
  /** The 16 records, in date order: 12 regular and 4 thematic meetings. */
  getRecords: getYearRecords,
  /** Members present at each month's regular meeting, of 16. */
  presentByMonth,
  memberSheet,
  memberTotals,
  /** The 16 rated members' entries on `memberSheet`. */
  getMemberEntries,
  cellSheet,
  /** The cell's judged points on `cellSheet`. */
  cellInputs,
  /** The commune's monthly amount for members without a salary. */
  noSalaryDues: NO_SALARY_DUES,
  /** The dues book's input: bases and the receipts of the year. */
  getDuesInput,
  cellLevels,
  tree,
  cellRatings,
} as const;
