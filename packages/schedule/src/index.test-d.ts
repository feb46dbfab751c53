import { describe, expectTypeOf, it } from 'vitest';
import {
  expandSchedule,
  type LunarDate,
  type MeetingRule,
  type MeetingRuleInput,
  type Occurrence,
  solarToLunar,
} from './index';

describe('types', () => {
  it('a rule input leaves the defaults out; the parsed rule has them', () => {
    expectTypeOf<MeetingRuleInput['durationMinutes']>().toEqualTypeOf<
      number | undefined
    >();
    expectTypeOf<MeetingRule['durationMinutes']>().toEqualTypeOf<number>();
    expectTypeOf<MeetingRule['shift']>().toEqualTypeOf<
      'next-working-day' | 'previous-working-day' | 'keep'
    >();
  });

  it('patterns are a discriminated union', () => {
    const rule: MeetingRuleInput = {
      pattern: { type: 'weekday-of-week', weekday: 2, week: 2 },
      time: '19:30',
    };
    expectTypeOf(
      expandSchedule(rule, { from: '2027-01-01', to: '2027-12-31' }),
    ).toEqualTypeOf<Occurrence[]>();
    const bad: MeetingRuleInput = {
      // @ts-expect-error an unknown pattern type
      pattern: { type: 'every-full-moon' },
      time: '19:30',
    };
    void bad;
  });

  it('lunar dates', () => {
    expectTypeOf(
      solarToLunar({ year: 2027, month: 2, day: 6 }),
    ).toEqualTypeOf<LunarDate>();
    // @ts-expect-error a solar date needs its day
    solarToLunar({ year: 2027, month: 2 });
  });
});
