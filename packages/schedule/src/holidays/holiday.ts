import type { LocalizedText } from '@chibo/core';
import { formatDay } from '../civil';
import type { HolidayKind } from './officialHolidays';

/** One public holiday or day off (R-HOL-1, R-HOL-2). */
export interface Holiday {
  /** `YYYY-MM-DD`, Viet Nam civil date. */
  date: string;
  kind: HolidayKind;
  name: LocalizedText;
  /** The article of law it comes from. */
  law: LocalizedText;
  /** A day off in lieu of a holiday on the weekly rest (nghỉ bù, R-HOL-2). */
  compensatory: boolean;
  /** For a compensatory day, the holiday it replaces. */
  compensatesFor?: string | undefined;
  /** `computed` by the default rules, or taken from the `official` list. */
  source: 'computed' | 'official';
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value)) {
    if (inner && typeof inner === 'object') Object.freeze(inner);
  }
  return Object.freeze(value);
}

const LAW_112: LocalizedText = Object.freeze({
  vi: 'Bộ luật Lao động 2019, Điều 112 khoản 1',
  en: 'Labour Code 2019, Article 112(1)',
});
const LAW_111: LocalizedText = Object.freeze({
  vi: 'Bộ luật Lao động 2019, Điều 111 khoản 3 (nghỉ bù)',
  en: 'Labour Code 2019, Article 111(3) (day off in lieu)',
});
const LAW_SWAP: LocalizedText = Object.freeze({
  vi: 'Thông báo ngày nghỉ hằng năm (hoán đổi ngày làm việc)',
  en: 'Yearly holiday announcement (swapped working day)',
});

/**
 * The name of each holiday kind, in Vietnamese and English.
 *
 * @example
 * ```ts
 * holidayNames.tet.vi; // 'Tết Âm lịch'
 * ```
 */
export const holidayNames: Readonly<
  Record<HolidayKind, Readonly<LocalizedText>>
> = deepFreeze({
  'new-year': { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Âm lịch', en: 'Lunar New Year (Tết)' },
  'victory-day': {
    vi: 'Ngày Chiến thắng (30/4)',
    en: 'Victory Day (30 April)',
  },
  'labour-day': {
    vi: 'Ngày Quốc tế lao động (1/5)',
    en: 'International Labour Day (1 May)',
  },
  'national-day': { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
  'hung-kings': {
    vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)',
    en: 'Hùng Kings Commemoration Day (10th of the 3rd lunar month)',
  },
  'swapped-day-off': { vi: 'Ngày nghỉ hoán đổi', en: 'Swapped day off' },
});

/**
 * Build a holiday of a kind on a day number; with `lieu`, the day off in lieu
 * of one (R-HOL-2), `lieu.of` being the holiday it replaces when known.
 */
export function buildHoliday(
  day: number,
  kind: HolidayKind,
  source: Holiday['source'],
  lieu?: { of?: number | undefined },
): Holiday {
  const base = {
    date: formatDay(day),
    kind,
    name: holidayNames[kind],
    law: kind === 'swapped-day-off' ? LAW_SWAP : LAW_112,
    compensatory: false,
    source,
  };
  if (!lieu) return base;
  const name = {
    vi: `Nghỉ bù ${holidayNames[kind].vi}`,
    en: `Day off in lieu: ${holidayNames[kind].en}`,
  };
  const result: Holiday = { ...base, name, law: LAW_111, compensatory: true };
  if (lieu.of !== undefined) result.compensatesFor = formatDay(lieu.of);
  return result;
}
