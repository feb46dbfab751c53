/**
 * `@chibo/core/time`: civil dates and times in Viet Nam (UTC+7, R-TIME-1) and
 * day numbers for date arithmetic without time zones.
 *
 * @module @chibo/core/time
 */

export type { CivilDateParts } from './dayNumber';
export { fromDayNumber, toDayNumber } from './dayNumber';
export type { VietNamCivilTime } from './time';
export {
  getVietNamCivilTime,
  minutesBetween,
  toInstant,
  toVietNamDate,
  toVietNamDateTime,
  VIET_NAM_OFFSET_MINUTES,
} from './time';
