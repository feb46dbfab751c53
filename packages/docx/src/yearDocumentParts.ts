import type { ChiboIssue, Locale } from '@chibo/core';
import { argumentError } from './argumentError';
import { cleanText } from './cleanText';
import { formatDocumentDate, formatDocumentNumber } from './format';
import { documentHeader } from './layout';
import type { DocumentTable } from './model';
import {
  type DocumentOptions,
  type ResolvedOptions,
  resolveOptions,
} from './options';

// What the dues book and the year's report share: they are not made from a
// meeting record, so the cell's names come from the data or the options.

/** The cell a year's document is issued by (R-DOC-2). */
export interface YearDocumentCell {
  /** e.g. "Chi bộ thôn Trang Nùng". */
  name: string;
  /** The upper committee, e.g. "Đảng bộ xã Xuân Quang". */
  parentName: string;
  /** The place in the date line (R-DOC-4), e.g. "Xuân Quang". */
  placeName?: string | undefined;
}

/** Options resolved, with the place and the date of the document. */
export interface YearDocumentContext {
  options: ResolvedOptions;
  locale: Locale;
  placeName: string;
  date: string;
  say: (vi: string, en: string) => string;
}

/**
 * Resolve a year document's options: the place (the option, else the
 * cell's) and the date (the option, else `date`).
 *
 * @param options - the caller's options.
 * @param cell - the issuing cell.
 * @param date - the default date, `YYYY-MM-DD`.
 * @returns the context.
 * @throws ChiboError `invalid-argument` for bad options or no place name.
 */
export function createYearDocumentContext(
  options: DocumentOptions | undefined,
  cell: YearDocumentCell,
  date: string,
): YearDocumentContext {
  const resolved = resolveOptions(options);
  const placeName = resolved.placeName ?? cleanText(cell.placeName ?? '');
  if (placeName === '') {
    throw argumentError('options', [
      {
        path: ['options', 'placeName'],
        code: 'custom',
        message: {
          vi: 'Văn bản cần địa danh: khai báo placeName của chi bộ hoặc options.placeName.',
          en: "The document needs a place name: give the cell's placeName or options.placeName.",
        },
        rule: 'R-DOC-4',
      },
    ]);
  }
  const locale = resolved.locale;
  return {
    options: resolved,
    locale,
    placeName,
    date: resolved.date ?? date,
    say: (vi, en) => (locale === 'vi' ? vi : en),
  };
}

/**
 * The R-DOC-2 header of a cell's document, with a number only when the
 * host gives one (R-DOC-3: the numbering is [open]).
 *
 * @param cell - the issuing cell.
 * @param ctx - the document context.
 * @param typeCode - e.g. `BC` (báo cáo).
 * @returns the header table.
 */
export function yearDocumentHeader(
  cell: YearDocumentCell,
  ctx: YearDocumentContext,
  typeCode: string,
): DocumentTable {
  const { number, issuerCode } = ctx.options;
  return documentHeader(
    {
      superior: cell.parentName,
      issuer: cell.name,
      number:
        number === undefined
          ? undefined
          : formatDocumentNumber(number, typeCode, issuerCode, ctx.locale),
      placeAndDate: formatDocumentDate(ctx.placeName, ctx.date, ctx.locale),
    },
    ctx.locale,
  );
}

/**
 * Whole đồng with the locale's thousands separator: `23.400` / `23,400`.
 *
 * @param amount - whole đồng.
 * @param locale - `'vi'` or `'en'`.
 * @returns the amount.
 */
export function formatDong(amount: number, locale: Locale): string {
  return String(amount).replace(
    /\B(?=(\d{3})+(?!\d))/g,
    locale === 'vi' ? '.' : ',',
  );
}

/**
 * A month `YYYY-MM` as `03/2027`.
 *
 * @param month - `YYYY-MM`.
 * @returns the month.
 */
export function formatMonth(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}

/**
 * Months of one year as `02, 03, 05/2027`.
 *
 * @param months - `YYYY-MM`, of one year.
 * @returns the list.
 */
export function formatMonths(months: readonly string[]): string {
  if (months.length === 0) return '';
  return `${months.map((m) => m.slice(5, 7)).join(', ')}/${months[0]?.slice(0, 4)}`;
}

/** A month's short heading: `T3` or `Mar`. */
export function monthHeading(month: number, locale: Locale): string {
  return locale === 'vi'
    ? `T${month}`
    : ((
        [
          'Jan',
          'Feb',
          'Mar',
          'Apr',
          'May',
          'Jun',
          'Jul',
          'Aug',
          'Sep',
          'Oct',
          'Nov',
          'Dec',
        ] as const
      )[month - 1] ?? '');
}

/**
 * Check the cell named in a year document's options.
 *
 * @param value - `options.cell` as the caller passed it.
 * @returns the cell, its names cleaned.
 * @throws ChiboError `invalid-argument` naming the wrong field.
 */
export function checkDocumentCell(value: unknown): YearDocumentCell {
  const cell = (typeof value === 'object' && value !== null ? value : {}) as {
    name?: unknown;
    parentName?: unknown;
    placeName?: unknown;
  };
  const issues: ChiboIssue[] = [];
  const text = (key: 'name' | 'parentName', vi: string, en: string) => {
    const given = cell[key];
    if (typeof given === 'string' && cleanText(given) !== '')
      return cleanText(given);
    issues.push({
      path: ['options', 'cell', key],
      code: 'invalid_type',
      message: { vi, en },
      rule: 'R-DOC-2',
    });
    return '';
  };
  const name = text(
    'name',
    'Cần tên chi bộ (options.cell.name).',
    "The cell's name is needed (options.cell.name).",
  );
  const parentName = text(
    'parentName',
    'Cần tên cấp ủy cấp trên (options.cell.parentName).',
    "The upper committee's name is needed (options.cell.parentName).",
  );
  if (cell.placeName !== undefined && typeof cell.placeName !== 'string') {
    issues.push({
      path: ['options', 'cell', 'placeName'],
      code: 'invalid_type',
      message: { vi: 'Địa danh phải là một chuỗi.', en: 'Must be a string.' },
      rule: 'R-DOC-4',
    });
  }
  if (issues.length > 0) throw argumentError('options', issues);
  return {
    name,
    parentName,
    placeName:
      typeof cell.placeName === 'string'
        ? cleanText(cell.placeName)
        : undefined,
  };
}
