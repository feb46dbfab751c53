// @chibo/schedule — meeting calendars for Party cells: the Vietnamese lunar
// calendar, public holidays, recurring meeting rules, plans and iCalendar.
// Every civil time is Asia/Ho_Chi_Minh (R-TIME-1).

export type { AdmissionMemberInput } from './admission/admissionMember';
export { AdmissionMember } from './admission/admissionMember';
export type { AdmissionToICalendarOptions } from './admission/admissionToICalendar';
export { admissionToICalendar } from './admission/admissionToICalendar';
export type {
  AdmissionAge,
  AdmissionMilestone,
  AdmissionMilestoneKind,
  AdmissionMilestoneStatus,
  AdmissionMilestones,
  AdmissionMilestonesOptions,
} from './admission/getAdmissionMilestones';
export {
  ADMISSION_LIMITS,
  getAdmissionMilestones,
} from './admission/getAdmissionMilestones';
export type { SolarDate } from './civil';
export {
  createHolidayCalendar,
  getHolidays,
  isWorkingDay,
} from './holidays/getHolidays';
export type { Holiday } from './holidays/holiday';
export { holidayNames } from './holidays/holiday';
export type { HolidayOptions, HolidayYear } from './holidays/holidayCalendar';
export { HolidayCalendar } from './holidays/holidayCalendar';
export type { OfficialHolidaysInput } from './holidays/officialHolidays';
export {
  HolidayKind,
  HolidayLabel,
  KnownHolidayKind,
  OfficialDayOff,
  OfficialHolidays,
  parseOfficialHolidays,
} from './holidays/officialHolidays';
export type { ToICalendarOptions } from './ical/toICalendar';
export { toICalendar } from './ical/toICalendar';
export { formatLunarDate, getLunarYearName } from './lunar/formatLunarDate';
export type {
  LunarCalendarOptions,
  LunarDate,
  LunarDateInput,
  LunarMonth,
} from './lunar/lunarCalendar';
export {
  getLunarYear,
  lunarToSolar,
  solarToLunar,
} from './lunar/lunarCalendar';
export type { LunarMeridian } from './lunar/lunarYear';
export { LUNAR_MAX_YEAR, LUNAR_MIN_YEAR } from './lunar/lunarYear';
export type {
  PlannedMeeting,
  YearPlan,
  YearPlanOptions,
} from './plan/createYearPlan';
export { createYearPlan } from './plan/createYearPlan';
export type {
  SupervisorVisit,
  UnmetVisitRequirement,
  VisitPlan,
} from './plan/planSupervisorVisits';
export { planSupervisorVisits } from './plan/planSupervisorVisits';
export type {
  SupervisorInput,
  VisitRequirementsInput,
} from './plan/supervisor';
export {
  Supervisor,
  SupervisorLevel,
  VisitRequirements,
} from './plan/supervisor';
export type { ThematicPlanInput } from './plan/yearPlanOptions';
export { ThematicPlan } from './plan/yearPlanOptions';
export { describeRule } from './rules/describeRule';
export type {
  DateRange,
  ExpandScheduleOptions,
  Occurrence,
  OccurrenceShift,
} from './rules/expandSchedule';
export { expandSchedule } from './rules/expandSchedule';
export type { MeetingRuleInput } from './rules/meetingRule';
export {
  DayOfMonthPattern,
  DurationMinutes,
  LastWeekdayPattern,
  LastWorkingDayPattern,
  MeetingRule,
  NthWeekdayPattern,
  parseMeetingRule,
  RecurrencePattern,
  ShiftPolicy,
  TimeOfDay,
  Weekday,
  WeekdayOfWeekPattern,
  WhenMissing,
} from './rules/meetingRule';
export type { ToRRuleOptions } from './rules/toRRule';
export { toRRule } from './rules/toRRule';
