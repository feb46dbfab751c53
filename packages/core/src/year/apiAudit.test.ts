import { describe } from 'vitest';
import {
  type AuditCase,
  auditModule,
  finiteArgument,
  integerArgument,
} from '../testSupport/apiAudit';
import * as year from './index';
import { records2027 } from './testSupport/meetings2027';
import {
  cellRatings,
  duesInput,
  memberEntries,
  memberSheet,
  members,
  rates,
  tree,
} from './testSupport/year2027';

// Issue 13 §4 for `@chibo/core/year`: every exported function, called with
// wrong-typed arguments, returns or throws a ChiboError, never a TypeError
// or a plausible wrong answer. (Kept beside the entry's code until the lead
// wires `@chibo/core/year` into src/apiAudit.test.ts.)

const input = duesInput();
const small = {
  members: input.members.filter((m) => m.id === 'm08'),
  bases: input.bases.filter((b) => b.memberId === 'm08'),
  receipts: input.receipts.filter((r) => r.memberId === 'm08').slice(0, 3),
};
const book = year.getDuesBook(small, { year: 2027, rates });
const counts = { excellent: 11, good: 38, completed: 6, 'not-completed': 1 };
const smallTree = tree.slice(0, 4);

const cases: Record<string, AuditCase> = {
  computeMonthlyDues: {
    args: [{ group: 'salary', base: 2_340_000 }, '2027-03', {}],
  },
  createAnnualSheet: { args: [memberSheet] },
  createAnnualTally: { args: [smallTree] },
  createDuesRateTable: { args: [{ 'no-salary': 10_000 }, {}] },
  duesBookToCsv: { args: [book, { locale: 'vi' }] },
  formatDistribution: { args: [{ counts }, { locale: 'en' }] },
  formatShare: {
    args: [857, 5262, { locale: 'vi' }],
    check: (out, args) => {
      integerArgument(0, 0)(out, args);
      integerArgument(1, 0)(out, args);
    },
  },
  getAnnualLevel: { args: [89.99], check: finiteArgument(0) },
  getCellYearFacts: { args: [[], { year: 2027 }] },
  getDistribution: { args: [counts] },
  getDuesBook: {
    args: [small, { year: 2027, rates }],
  },
  getMemberYearFacts: {
    args: [[], members[7], { year: 2027, duesBook: book }],
  },
  getRemovalTimeline: {
    args: [[], members.slice(7, 8), { year: 2027, dues: small, rates }],
  },
  rateAnnualReview: {
    args: [memberSheet, memberEntries[0], { year: 2027 }],
  },
  rateAnnualReviews: {
    args: [
      memberSheet,
      memberEntries.slice(0, 3),
      { year: 2027, cap: { percent: 20, base: 'good' } },
    ],
  },
  rollUpAnnualRatings: {
    args: [
      smallTree,
      {
        members: [{ cellId: smallTree[2]?.id, level: 'good' }],
        organisations: cellRatings.slice(0, 1),
      },
    ],
  },
  summariseCellYear: {
    args: [
      records2027().slice(0, 3),
      {
        year: 2027,
        memberReviews: [
          year.rateAnnualReview(memberSheet, memberEntries[0] as never, {
            year: 2027,
          }),
        ],
        dues: small,
        rates,
      },
    ],
  },
  toDuesPayments: { args: [book] },
};

describe('@chibo/core/year: wrong arguments give a ChiboError', () => {
  auditModule(year, cases);
});
