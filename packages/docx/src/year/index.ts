// @chibo/docx/year — the year around the meetings as documents: the dues
// book (sổ thu đảng phí, R-DUES-2) and the cell's yearly report with its
// attendance chart (R-YEAR-3). An entry of its own, so that the main entry
// stays within its bundle budget for hosts that print only the minutes.

export type { DuesBookDocumentOptions } from '../duesBookDocument';
export { buildDuesBook, renderDuesBook } from '../duesBookDocument';
export type { YearDocumentCell } from '../yearDocumentParts';
export type { YearReportOptions } from '../yearReport';
export { buildYearReport, renderYearReport } from '../yearReport';
