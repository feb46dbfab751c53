/**
 * "The cell's year 2027" of SCENARIO.md as data for the year's tests (R-YEAR-1,
 * R-YEAR-2, R-DUES-1, R-DUES-2): Chi bộ thôn Trang Nùng's members, dues and
 * annual review, and the 56 cells of Đảng bộ xã Xuân Quang. Not published.
 */
import { members as scenarioMembers } from '@chibo/scenario';
import { parseMembers } from '../../index';
import type { AnnualLevel } from '../annualLevel';
import type { AnnualReviewEntry } from '../annualReview';
import { type AnnualSheet, createAnnualSheet } from '../annualSheet';
import type { DuesBookInput, DuesReceipt } from '../duesBook';
import { createDuesRateTable } from '../duesRates';
import type { OrgNode } from '../orgTree';

export const members = parseMembers(scenarioMembers);

/**
 * A member sheet for the tests, shaped like a committee's (chibo ships no
 * criteria of its own): 70 points judged by the cell, 30 from the records.
 */
export const memberSheet: AnnualSheet = createAnnualSheet({
  id: 'test-member-sheet',
  subject: 'member',
  title: {
    vi: 'Phiếu đánh giá, xếp loại đảng viên (mẫu dùng cho kiểm thử)',
    en: 'Member review sheet (a sample for tests)',
  },
  criteria: [
    {
      id: 'politics-ethics',
      source: 'input',
      maxPoints: 30,
      label: {
        vi: 'Tư tưởng chính trị, phẩm chất đạo đức, lối sống',
        en: 'Political thought, ethics and way of life',
      },
    },
    {
      id: 'tasks',
      source: 'input',
      maxPoints: 40,
      label: {
        vi: 'Kết quả thực hiện nhiệm vụ được giao',
        en: 'Tasks assigned',
      },
    },
    {
      id: 'attendance',
      source: 'record',
      fact: 'meetings-attended',
      maxPoints: 20,
      label: { vi: 'Tham gia sinh hoạt chi bộ', en: 'Meeting attendance' },
      scale: {
        bands: [
          { atLeast: 90, points: 20 },
          { atLeast: 75, points: 15 },
          { atLeast: 50, points: 10 },
        ],
        otherwise: 5,
      },
    },
    {
      id: 'dues',
      source: 'record',
      fact: 'dues-paid',
      maxPoints: 10,
      label: { vi: 'Đóng đảng phí', en: 'Dues paid' },
      scale: {
        bands: [
          { atLeast: 100, points: 10 },
          { atLeast: 75, points: 5 },
        ],
        otherwise: 0,
      },
    },
  ],
});

/** An organisation sheet for the tests: 60 judged, 40 from the meeting ratings. */
export const cellSheet: AnnualSheet = createAnnualSheet({
  id: 'test-cell-sheet',
  subject: 'organisation',
  title: {
    vi: 'Phiếu đánh giá, xếp loại chi bộ (mẫu dùng cho kiểm thử)',
    en: 'Cell review sheet (a sample for tests)',
  },
  criteria: [
    {
      id: 'leadership',
      source: 'input',
      maxPoints: 60,
      label: {
        vi: 'Lãnh đạo thực hiện nhiệm vụ',
        en: 'Leadership of the tasks',
      },
    },
    {
      id: 'meetings',
      source: 'record',
      fact: 'meetings-rated-fair-or-better',
      maxPoints: 40,
      label: { vi: 'Chất lượng sinh hoạt chi bộ', en: 'Quality of meetings' },
      scale: {
        bands: [
          { atLeast: 100, points: 40 },
          { atLeast: 75, points: 30 },
        ],
        otherwise: 20,
      },
    },
  ],
});

const fullYear = (refs: string[] = []) => ({
  'meetings-attended': {
    part: 12,
    whole: 12,
    source: { vi: 'Dự 12/12 cuộc', en: 'Attended 12 of 12' },
    refs,
  },
  'dues-paid': {
    part: 12,
    whole: 12,
    source: { vi: 'Đóng 12/12 tháng', en: 'Paid 12 of 12 months' },
    refs,
  },
});

/**
 * The totals of the 16 rated members (Páo, exempt, is not rated):
 * 3 excellent, 10 good, 2 completed, 1 not completed, with the boundaries.
 */
export const memberTotals: Record<string, number> = {
  m01: 95,
  m02: 92,
  m03: 90,
  m04: 89.99,
  m05: 85,
  m06: 84,
  m07: 82,
  m09: 80,
  m10: 78,
  m11: 76,
  m12: 75,
  m13: 72,
  m15: 70,
  m16: 69.99,
  m17: 55,
  m08: 49.99,
};

/** Each rated member's entry: full records (30 points) and the rest judged. */
export const memberEntries: AnnualReviewEntry[] = Object.entries(
  memberTotals,
).map(([subjectId, total]) => {
  const judged = Math.round((total - 30) * 100);
  const politics = Math.min(3000, Math.floor(judged / 2));
  return {
    subjectId,
    name: members.find((m) => m.id === subjectId)?.name,
    inputs: {
      'politics-ethics': politics / 100,
      tasks: (judged - politics) / 100,
    },
    facts: fullYear(),
  };
});

/** The cells of Đảng bộ xã Xuân Quang (56) under tỉnh Lào Cai. */
export const cellLevels: AnnualLevel[] = [
  ...Array<AnnualLevel>(11).fill('excellent'),
  ...Array<AnnualLevel>(38).fill('good'),
  ...Array<AnnualLevel>(6).fill('completed'),
  'not-completed',
];
export const tree: OrgNode[] = [
  { id: 'lao-cai', name: 'Đảng bộ tỉnh Lào Cai', level: 'province' },
  {
    id: 'xuan-quang',
    name: 'Đảng bộ xã Xuân Quang',
    level: 'commune',
    parentId: 'lao-cai',
  },
  ...cellLevels.map((_, i) => ({
    id: i === 11 ? 'trang-nung' : `xq-cell-${String(i + 1).padStart(2, '0')}`,
    level: 'cell' as const,
    parentId: 'xuan-quang',
  })),
];
/** Trang Nùng (the 12th cell) is good: it scores 84. */
export const cellRatings = tree
  .filter((n) => n.level === 'cell')
  .map((n, i) => ({
    organisationId: n.id,
    level: cellLevels[i] as AnnualLevel,
  }));

/**
 * The commune's amount for members without a salary: a host's figure
 * (R-DUES-1 [open]), not a national one.
 */
export const NO_SALARY_DUES = 10_000;
export const rates = createDuesRateTable({ 'no-salary': NO_SALARY_DUES });

const months = Array.from(
  { length: 12 },
  (_, i) => `2027-${String(i + 1).padStart(2, '0')}`,
);

/**
 * The dues of 2027: Trần Văn Hùng pays 1% of 2,340,000 đ (23,400 đ), Giàng A
 * Páo 0.5% of a 4,100,000 đ pension (20,500 đ), six months ahead at a time;
 * Lý Thị Mai, away in Bắc Ninh, catches up March in April; Đỗ Văn Quang does
 * not pay February, March and May, without a reason.
 */
export function duesInput(): DuesBookInput {
  const receipts: DuesReceipt[] = [];
  for (const member of members) {
    const id = member.id;
    if (id === 'm14') {
      receipts.push(
        {
          id: 'pt-m14-h1',
          memberId: id,
          paidOn: '2027-01-10',
          amount: 6 * 20_500,
          method: 'cash',
          months: months.slice(0, 6),
        },
        {
          id: 'pt-m14-h2',
          memberId: id,
          paidOn: '2027-07-08',
          amount: 6 * 20_500,
          method: 'cash',
          months: months.slice(6),
        },
      );
      continue;
    }
    const amount = id === 'm06' ? 23_400 : NO_SALARY_DUES;
    months.forEach((month, i) => {
      if (id === 'm08' && ['2027-02', '2027-03', '2027-05'].includes(month))
        return;
      if (id === 'm05' && month === '2027-03') return;
      const day = `${month}-${String(10 + (i % 5)).padStart(2, '0')}`;
      receipts.push(
        id === 'm05' && month === '2027-04'
          ? {
              id: `pt-${id}-${month}`,
              memberId: id,
              paidOn: '2027-04-20',
              amount: 2 * amount,
              method: 'transfer',
              months: ['2027-03', '2027-04'],
              note: 'Nộp bù tháng 3',
            }
          : {
              id: `pt-${id}-${month}`,
              memberId: id,
              paidOn: day,
              amount,
              method: 'cash',
              months: [month],
            },
      );
    });
  }
  return {
    members: members.map((m) => ({ id: m.id, name: m.name })),
    bases: members.map((m) =>
      m.id === 'm06'
        ? { memberId: m.id, group: 'salary', base: 2_340_000 }
        : m.id === 'm14'
          ? { memberId: m.id, group: 'pension', base: 4_100_000 }
          : { memberId: m.id, group: 'no-salary' },
    ),
    receipts,
  };
}
