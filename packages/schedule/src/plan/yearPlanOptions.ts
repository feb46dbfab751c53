import { type LocalizedText, parseWith } from '@chibo/core';
import { RuleSetId } from '@chibo/core/schemas';
import { z } from 'zod';
import { DurationMinutes, MeetingRule } from '../rules/meetingRule';

/**
 * The thematic meetings of a year (R-SCHED-3, R-FREQ-2): which month of each
 * quarter, or the chosen months, and whether they have a session of their
 * own or share the regular meeting's (R-FREQ-3).
 *
 * @example
 * ```ts
 * // Trang Nùng: the middle month of each quarter, a Tuesday of its own.
 * const thematic = {
 *   monthOfQuarter: 2,
 *   session: 'separate',
 *   rule: { pattern: { type: 'weekday-of-week', weekday: 2, week: 3 }, time: '19:30' },
 * };
 * ```
 */
export const ThematicPlan = z
  .strictObject({
    /** The months (1–12) that hold one; overrides `monthOfQuarter`. */
    months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
    /**
     * [practice] The month of each quarter (1, 2 or 3).
     * @defaultValue 2 (the middle month, as Trang Nùng does)
     */
    monthOfQuarter: z
      .union([z.literal(1), z.literal(2), z.literal(3)])
      .default(2),
    /** @defaultValue `'separate'` */
    session: z.enum(['separate', 'combined']).default('separate'),
    /** The rule of a separate session; its `months` are the plan's. */
    rule: MeetingRule.optional(),
    /**
     * Length of the thematic part of a combined session, after the regular
     * meeting.
     * @defaultValue 90
     */
    durationMinutes: DurationMinutes.default(90),
  })
  .superRefine((plan, ctx) => {
    if (plan.session === 'separate' && !plan.rule) {
      ctx.addIssue({
        code: 'custom',
        path: ['rule'],
        message: 'A thematic meeting in a session of its own needs its rule.',
        params: {
          vi: 'Sinh hoạt chuyên đề họp riêng cần có lịch họp (rule).',
          rule: 'R-SCHED-3',
        },
      });
    }
  });
export type ThematicPlan = z.infer<typeof ThematicPlan>;
/** The input shape of {@link ThematicPlan}. */
export type ThematicPlanInput = z.input<typeof ThematicPlan>;

/**
 * The plan options of {@link createYearPlan}, as validated: unknown keys are
 * an error that names the nearest known key. `holidays` is checked by the
 * holiday calendar.
 */
export const YearPlanSettings = z.strictObject({
  regular: MeetingRule,
  /** Absent: no thematic meeting is planned, and every quarter is reported. */
  thematic: ThematicPlan.optional(),
  /** The holiday calendar or its options, checked when the calendar is made. */
  holidays: z.unknown().optional(),
  /** A rule set to pin (R-SET-1) for the duration minimums of R-DUR-1. */
  ruleSet: RuleSetId.optional(),
});
export type YearPlanSettings = z.infer<typeof YearPlanSettings>;

const entity: LocalizedText = { vi: 'Kế hoạch sinh hoạt năm', en: 'year plan' };

/** Validate the plan settings of {@link createYearPlan}. */
export function parseYearPlanSettings(input: unknown): YearPlanSettings {
  return parseWith(YearPlanSettings, input, entity);
}
