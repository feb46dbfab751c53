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
 * @returns the label.
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
  const table = labels[locale][enumName] as Record<string, string>;
  return table[value] ?? String(value);
}
