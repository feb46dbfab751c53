/**
 * The dues of "The cell's year 2027" (SCENARIO.md, R-DUES-1, R-DUES-2) as
 * plain data for `getDuesBook` of `@chibo/core/year`: who pays on which
 * basis, and every receipt of the year.
 */
import { members } from '../index';

/**
 * The commune's amount for members without a salary: a host's figure
 * (R-DUES-1 [open]), not a national one.
 */
export const NO_SALARY_DUES = 10_000;

/** A receipt of the dues book. */
export interface Receipt {
  id: string;
  memberId: string;
  paidOn: string;
  amount: number;
  method: 'cash' | 'transfer';
  months: string[];
  note?: string;
}

/** The dues book's input: members, the basis of each one's dues, receipts. */
export interface DuesInput {
  members: Array<{ id: string; name: string }>;
  bases: Array<
    | { memberId: string; group: 'salary' | 'pension'; base: number }
    | { memberId: string; group: 'no-salary' }
  >;
  receipts: Receipt[];
}

const MONTHS = Array.from(
  { length: 12 },
  (_, i) => `2027-${String(i + 1).padStart(2, '0')}`,
);

/** Giàng A Páo: 0.5% of a 4,100,000 đ pension, six months at a time. */
const paoReceipts = (id: string): Receipt[] => [
  {
    id: `pt-${id}-h1`,
    memberId: id,
    paidOn: '2027-01-10',
    amount: 6 * 20_500,
    method: 'cash',
    months: MONTHS.slice(0, 6),
  },
  {
    id: `pt-${id}-h2`,
    memberId: id,
    paidOn: '2027-07-08',
    amount: 6 * 20_500,
    method: 'cash',
    months: MONTHS.slice(6),
  },
];

/** A member who pays month by month (Mai catches up March in April). */
function monthlyReceipts(id: string, amount: number): Receipt[] {
  const receipts: Receipt[] = [];
  MONTHS.forEach((month, i) => {
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
  return receipts;
}

/**
 * The dues of 2027: Trần Văn Hùng pays 1% of 2,340,000 đ (23,400 đ), Giàng A
 * Páo 0.5% of a 4,100,000 đ pension (20,500 đ), six months ahead at a time;
 * Lý Thị Mai, away in Bắc Ninh, catches up March in April; Đỗ Văn Quang does
 * not pay February, March and May, without a reason. The others pay the
 * commune's `NO_SALARY_DUES` each month.
 *
 * @returns a fresh copy of the dues book's input.
 */
export function getDuesInput(): DuesInput {
  return {
    members: members.map((m) => ({ id: m.id, name: m.name })),
    bases: members.map((m) =>
      m.id === 'm06'
        ? { memberId: m.id, group: 'salary', base: 2_340_000 }
        : m.id === 'm14'
          ? { memberId: m.id, group: 'pension', base: 4_100_000 }
          : { memberId: m.id, group: 'no-salary' },
    ),
    receipts: members.flatMap((m) =>
      m.id === 'm14'
        ? paoReceipts(m.id)
        : monthlyReceipts(m.id, m.id === 'm06' ? 23_400 : NO_SALARY_DUES),
    ),
  };
}
