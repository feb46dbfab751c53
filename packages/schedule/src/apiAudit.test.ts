import { cell, meetingPlan, supervisor } from '@chibo/scenario';
import { describe, expect } from 'vitest';
import {
  type AuditCase,
  auditModule,
  integerArgument,
} from '../../core/src/testSupport/apiAudit';
import * as schedule from './index';

// Issue 13 §4: every exported function of `@chibo/schedule`, called with
// wrong-typed arguments, returns or throws a ChiboError, never a TypeError or
// a plausible wrong answer: a lunar or holiday year must have been an
// integer in range, a date a real one (R-LUNAR-1, R-HOL-1, R-TIME-1).

const plan = schedule.createYearPlan(cell, 2027, meetingPlan);
const rule = meetingPlan.regular;

/** A returned lunar date means the input was a real lunar date. */
const realLunarDate = (_result: unknown, args: unknown[]) => {
  const date = args[0] as Record<string, unknown>;
  integerArgument(
    0,
    schedule.LUNAR_MIN_YEAR - 1,
    schedule.LUNAR_MAX_YEAR,
  )(undefined, [date.year]);
  integerArgument(0, 1, 12)(undefined, [date.month]);
  integerArgument(0, 1, 30)(undefined, [date.day]);
  expect(['boolean', 'undefined']).toContain(typeof date.leap);
};

/** SCENARIO.md: Hoàng Thị Ngọc's admission (R-ADM-1). */
const ngoc = {
  id: 'm17',
  name: 'Hoàng Thị Ngọc',
  standing: 'probationary',
  dateOfBirth: '1998-04-12',
  courseCertificateOn: '2026-03-20',
  consideredOn: '2026-10-13',
  admittedOn: '2026-12-10',
} as const;
const { milestones } = schedule.getAdmissionMilestones(ngoc, {
  at: '2027-01-25',
});

const cases: Record<string, AuditCase> = {
  admissionToICalendar: {
    args: [milestones, { stamp: '2027-01-25T08:00:00+07:00', locale: 'en' }],
  },
  getAdmissionMilestones: { args: [ngoc, { at: '2027-01-25' }] },
  HolidayCalendar: { args: [{ weeklyRest: [0, 6] }], construct: true },
  createHolidayCalendar: { args: [{ weeklyRest: [0] }] },
  createYearPlan: { args: [cell, 2027, meetingPlan] },
  describeRule: { args: [rule, 'en'] },
  expandSchedule: { args: [rule, { from: '2027-02-01', to: '2027-03-31' }] },
  formatLunarDate: {
    args: [{ year: 2027, month: 1, day: 5, leap: false }, 'en'],
    check: (_result, args) => {
      const date = args[0] as Record<string, unknown>;
      integerArgument(0)(undefined, [date.year]);
      integerArgument(0, 1, 12)(undefined, [date.month]);
      integerArgument(0, 1, 30)(undefined, [date.day]);
      expect(typeof date.leap).toBe('boolean');
      expect(['vi', 'en']).toContain(args[1] ?? 'vi');
    },
  },
  getHolidays: {
    args: [2027, { weeklyRest: [0, 6] }],
    check: integerArgument(0, schedule.LUNAR_MIN_YEAR, schedule.LUNAR_MAX_YEAR),
  },
  getLunarYear: {
    args: [2027],
    check: integerArgument(0, schedule.LUNAR_MIN_YEAR, schedule.LUNAR_MAX_YEAR),
  },
  getLunarYearName: { args: [2027], check: integerArgument(0) },
  isWorkingDay: { args: ['2027-02-09', { weeklyRest: [0, 6] }] },
  lunarToSolar: {
    args: [{ year: 2027, month: 3, day: 10, leap: false }],
    check: realLunarDate,
  },
  parseMeetingRule: { args: [rule] },
  parseOfficialHolidays: {
    args: [
      {
        year: 2027,
        daysOff: [{ date: '2027-02-05', kind: 'tet' }],
      },
    ],
  },
  planSupervisorVisits: {
    args: [
      [
        {
          id: supervisor.id,
          name: supervisor.name,
          level: 'commune',
          homeCellId: 'x',
        },
      ],
      [plan],
      { visitsPerYear: { province: 2 }, bufferMinutes: 30 },
    ],
  },
  solarToLunar: {
    args: [{ year: 2027, month: 2, day: 6 }],
    check: (_result, args) => {
      const date = args[0] as Record<string, unknown>;
      integerArgument(
        0,
        schedule.LUNAR_MIN_YEAR,
        schedule.LUNAR_MAX_YEAR,
      )(undefined, [date.year]);
      integerArgument(0, 1, 12)(undefined, [date.month]);
      integerArgument(0, 1, 31)(undefined, [date.day]);
    },
  },
  toICalendar: { args: [plan, { stamp: '2026-12-15T08:00:00+07:00' }] },
  toRRule: { args: [rule, { withoutShift: true }] },
};

describe('@chibo/schedule: wrong arguments give a ChiboError', () => {
  auditModule(schedule, cases);
});
