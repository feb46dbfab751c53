import { cell } from '@chibo/scenario';
import { RRuleTemporal } from 'rrule-temporal';
import { bench, describe } from 'vitest';
import {
  createYearPlan,
  type MeetingRuleInput,
  planSupervisorVisits,
  type SupervisorInput,
  toRRule,
  type YearPlanOptions,
} from '../src/index';

/** 311 cells (the count of Vị Xuyên, DOMAIN.md §10), each on its own weekday. */
const CELLS = 311;
const cells = Array.from({ length: CELLS }, (_, i) => ({
  ...cell,
  id: `cell-${i + 1}`,
  name: `Chi bộ ${i + 1}`,
}));
const optionsOf = (i: number): YearPlanOptions => ({
  regular: {
    pattern: { type: 'weekday-of-week', weekday: 1 + (i % 5), week: 2 },
    time: '19:30',
  },
  thematic: {
    rule: {
      pattern: { type: 'weekday-of-week', weekday: 1 + (i % 5), week: 3 },
      time: '19:30',
    },
  },
});
const options = cells.map((_, i) => optionsOf(i));
const plans = cells.map((c, i) =>
  createYearPlan(c, 2027, options[i] as YearPlanOptions),
);
/** 31 supervisors: 1 province and 30 commune members (R-SCHED-4 v2: no district level). */
const supervisors: SupervisorInput[] = Array.from({ length: 31 }, (_, i) => ({
  id: `s${i + 1}`,
  level: i === 0 ? 'province' : 'commune',
  homeCellId: `cell-${i * 10 + 1}`,
}));

const after = new Date('2026-12-31T17:00:00Z');
const before = new Date('2027-12-31T16:59:59Z');
/** The same rules in RFC 5545 (toRRule, worked out before measuring). */
const rrules = options.flatMap((o, i) => {
  const regular = { ...optionsOf(i).regular, shift: 'keep' } as const;
  const thematicRule = (o.thematic as { rule: MeetingRuleInput }).rule;
  return [
    toRRule(regular),
    toRRule({ ...thematicRule, shift: 'keep', months: [2, 5, 8, 11] }),
  ].map((r) => `DTSTART;TZID=Asia/Ho_Chi_Minh:20270101T193000\nRRULE:${r}`);
});

/**
 * The baseline: the same meetings with rrule-temporal, with no holidays, no
 * validation and no warnings.
 */
function withRRuleTemporal(): number {
  let n = 0;
  for (const rruleString of rrules) {
    n += new RRuleTemporal({ rruleString }).between(after, before, true).length;
  }
  return n;
}

// Check before measuring: vitest's bench hides a task that throws.
{
  const visits = planSupervisorVisits(supervisors, plans);
  if (
    plans.some((p) => p.meetings.length !== 16 || p.warnings.length > 0) ||
    visits.unmet.length > 0 ||
    visits.visits.length !== 2 + 30 * 6 ||
    withRRuleTemporal() !== CELLS * 16
  ) {
    throw new Error('the benchmark fixture no longer plans as expected');
  }
}

describe(`${CELLS} cells (Vị Xuyên's count), 2027`, () => {
  bench(`createYearPlan × ${CELLS}`, () => {
    for (let i = 0; i < CELLS; i++) {
      createYearPlan(
        cells[i] as (typeof cells)[number],
        2027,
        options[i] as YearPlanOptions,
      );
    }
  });
  bench(
    'rrule-temporal, the same rules (no holidays, no warnings)',
    () => {
      withRRuleTemporal();
    },
    { iterations: 5, time: 1_000 },
  );
});

describe(`supervisor visits over ${CELLS} cells`, () => {
  bench('planSupervisorVisits, 31 supervisors', () => {
    planSupervisorVisits(supervisors, plans);
  });
});
