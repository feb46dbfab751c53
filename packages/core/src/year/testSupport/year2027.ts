/**
 * "The cell's year 2027" of SCENARIO.md for the year's tests (R-YEAR-1,
 * R-YEAR-2, R-DUES-1, R-DUES-2): Chi bộ thôn Trang Nùng's members, dues and
 * annual review, and the 56 cells of Đảng bộ xã Xuân Quang, from
 * `year2027` of `@chibo/scenario`, made into core's types. Not published.
 */
import { members as scenarioMembers, year2027 } from '@chibo/scenario';
import { parseMembers } from '../../index';
import type { AnnualLevel } from '../annualLevel';
import type { AnnualReviewEntry } from '../annualReview';
import { type AnnualSheet, createAnnualSheet } from '../annualSheet';
import type { DuesBookInput } from '../duesBook';
import { createDuesRateTable } from '../duesRates';
import type { OrgNode } from '../orgTree';

export const members = parseMembers(scenarioMembers);

/** A member sheet: 70 points judged by the cell, 30 from the records. */
export const memberSheet: AnnualSheet = createAnnualSheet(year2027.memberSheet);

/** An organisation sheet: 60 judged, 40 from the meeting ratings. */
export const cellSheet: AnnualSheet = createAnnualSheet(year2027.cellSheet);

/**
 * The totals of the 16 rated members (Páo, exempt, is not rated):
 * 3 excellent, 10 good, 2 completed, 1 not completed, with the boundaries.
 */
export const memberTotals: Record<string, number> = {
  ...year2027.memberTotals,
};

/** Each rated member's entry: full records (30 points) and the rest judged. */
export const memberEntries: AnnualReviewEntry[] = year2027.getMemberEntries();

/** The cells of Đảng bộ xã Xuân Quang (56) under tỉnh Lào Cai. */
export const cellLevels: AnnualLevel[] = [...year2027.cellLevels];
export const tree: OrgNode[] = [...year2027.tree];
/** Trang Nùng (the 12th cell) is good: it scores 84. */
export const cellRatings = [...year2027.cellRatings];

/**
 * The commune's amount for members without a salary: a host's figure
 * (R-DUES-1 [open]), not a national one.
 */
export const NO_SALARY_DUES = year2027.noSalaryDues;
export const rates = createDuesRateTable({ 'no-salary': NO_SALARY_DUES });

/**
 * The dues of 2027: Trần Văn Hùng pays 1% of 2,340,000 đ (23,400 đ), Giàng A
 * Páo 0.5% of a 4,100,000 đ pension (20,500 đ), six months ahead at a time;
 * Lý Thị Mai, away in Bắc Ninh, catches up March in April; Đỗ Văn Quang does
 * not pay February, March and May, without a reason.
 */
export function duesInput(): DuesBookInput {
  return year2027.getDuesInput();
}
