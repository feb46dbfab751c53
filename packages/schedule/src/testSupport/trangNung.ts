import { meetingPlan } from '@chibo/scenario';
import type { YearPlanOptions } from '../plan/createYearPlan';
import type { MeetingRuleInput } from '../rules/meetingRule';

/** SCENARIO.md: the regular meeting, the Tuesday of the second week at 19:30 (105 minutes in March). */
export const trangNungRegular = {
  ...meetingPlan.regular,
} as const satisfies MeetingRuleInput;

/** SCENARIO.md: thematic meetings in the middle month of each quarter, on a Tuesday of their own (02-16 in 2027). */
export const trangNungPlan: YearPlanOptions = meetingPlan;
