import type { LocalizedText } from '@chibo/core';
import { formatDay } from '../civil';
import type { HolidayKind, KnownHolidayKind } from './officialHolidays';

/** One public holiday or day off (R-HOL-1, R-HOL-2). */
export interface Holiday {
  /** `YYYY-MM-DD`, Viet Nam civil date. */
  date: string;
  /** A {@link KnownHolidayKind}, or the id of a day off an official list adds (R-HOL-1 v2). */
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
const LAW_ADDED: LocalizedText = Object.freeze({
  vi: 'Thông báo ngày nghỉ hằng năm',
  en: 'Yearly holiday announcement',
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
  Record<KnownHolidayKind, Readonly<LocalizedText>>
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

/** How {@link buildHoliday} makes a holiday. */
export interface HolidayParts {
  source: Holiday['source'];
  /** The name an official list gives; default the kind's in {@link holidayNames}. */
  name?: LocalizedText | undefined;
  /** The text an official list cites; default by kind. */
  law?: LocalizedText | undefined;
  /** The day off in lieu of a holiday (R-HOL-2); `of`, the holiday it replaces, when known. */
  lieu?: { of?: number | undefined } | undefined;
}

const frozenText = (text: LocalizedText): LocalizedText =>
  Object.freeze({ vi: text.vi, en: text.en });

const isKnown = (kind: HolidayKind): kind is KnownHolidayKind =>
  Object.hasOwn(holidayNames, kind);

/** The known kind's name, or the id itself (an added kind always has its name). */
function nameOf(kind: HolidayKind): LocalizedText {
  return isKnown(kind) ? holidayNames[kind] : { vi: kind, en: kind };
}

function lawOf(kind: HolidayKind): LocalizedText {
  if (kind === 'swapped-day-off') return LAW_SWAP;
  return isKnown(kind) ? LAW_112 : LAW_ADDED;
}

/**
 * Build a holiday of a kind on a day number: a known kind takes its name and
 * law, an added one (R-HOL-1 v2) those its list gives; with `lieu`, the day
 * off in lieu of one (R-HOL-2).
 */
export function buildHoliday(
  day: number,
  kind: HolidayKind,
  parts: HolidayParts,
): Holiday {
  // Frozen: the calendar caches its holidays and hands out shallow copies.
  const name = parts.name ? frozenText(parts.name) : nameOf(kind);
  const base = {
    date: formatDay(day),
    kind,
    name,
    law: parts.law ? frozenText(parts.law) : lawOf(kind),
    compensatory: false,
    source: parts.source,
  };
  if (!parts.lieu) return base;
  const result: Holiday = {
    ...base,
    name: frozenText({
      vi: `Nghỉ bù ${name.vi}`,
      en: `Day off in lieu: ${name.en}`,
    }),
    law: LAW_111,
    compensatory: true,
  };
  if (parts.lieu.of !== undefined)
    result.compensatesFor = formatDay(parts.lieu.of);
  return result;
}
