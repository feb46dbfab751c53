import { ChiboError } from '../errors';
import { en } from './en';
import type { LabelledEnum, LabelledValue, LabelTable, Locale } from './labels';
import { vi } from './vi';

/** The label tables, by locale. */
export const labels: Record<Locale, LabelTable> = { vi, en };

/**
 * The label of an enum value in Vietnamese (default) or English.
 *
 * @param enumName - which enum, e.g. `'attendanceStatus'`.
 * @param value - one of its values, e.g. `'absent-excused'`.
 * @param locale - `'vi'` or `'en'`.
 * @returns the label; the value itself when the enum has no such value.
 * @throws ChiboError (`invalid-argument`) for an unknown enum or locale, or a
 *   value that is not a string.
 * @example
 * ```ts
 * getLabel('attendanceStatus', 'absent-excused'); // 'Vắng có lý do'
 * getLabel('ratingLevel', 'good', 'en'); // 'Good'
 * ```
 */
export function getLabel<TEnum extends LabelledEnum>(
  enumName: TEnum,
  value: LabelledValue<TEnum>,
  locale: Locale = 'vi',
): string {
  const tables =
    typeof locale === 'string' && Object.hasOwn(labels, locale)
      ? labels[locale]
      : undefined;
  const table =
    tables && typeof enumName === 'string' && Object.hasOwn(tables, enumName)
      ? (tables[enumName] as Record<string, string>)
      : undefined;
  if (table === undefined || typeof value !== 'string') {
    const message = {
      vi: 'getLabel cần tên một danh mục (ví dụ "attendanceStatus"), một giá trị dạng chuỗi và ngôn ngữ "vi" hoặc "en".',
      en: 'getLabel needs the name of an enum (e.g. "attendanceStatus"), a string value and the locale "vi" or "en".',
    };
    throw new ChiboError('invalid-argument', message);
  }
  return Object.hasOwn(table, value) ? (table[value] as string) : value;
}
