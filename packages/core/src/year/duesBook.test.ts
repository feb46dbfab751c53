import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { memberSanctions } from '../rules/memberSanctions';
import { getDuesBook } from './duesBook';
import { duesBookToCsv } from './duesBookToCsv';
import {
  computeMonthlyDues,
  createDuesRateTable,
  DEFAULT_DUES_RATES,
} from './duesRates';
import { getRemovalTimeline, toDuesPayments } from './removalTimeline';
import { duesInput, members, rates } from './testSupport/year2027';
import { getMemberYearFacts } from './yearFacts';

describe('R-DUES-1: the rates of 01-QĐ/TW', () => {
  it('R-DUES-1: 1% of a 2,340,000 đ allowance is 23,400 đ; 0.5% of a 4,100,000 đ pension is 20,500 đ; a student pays 5,000 đ', () => {
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_340_000 }, '2027-03')
        .amount,
    ).toBe(23_400);
    expect(
      computeMonthlyDues({ group: 'pension', base: 4_100_000 }, '2027-03')
        .amount,
    ).toBe(20_500);
    expect(computeMonthlyDues({ group: 'student' }, '2027-03').amount).toBe(
      5_000,
    );
    const dues = computeMonthlyDues(
      { group: 'salary', base: 2_340_000 },
      '2027-03',
    );
    expect(dues.regulation).toBe('01-QĐ/TW');
    expect(dues.reason.vi).toBe(
      '1% của 2.340.000 đ = 23.400 đ (làm tròn đến đồng, từ nửa đồng trở lên làm tròn lên; 01-QĐ/TW).',
    );
  });

  it('R-DUES-1: whole đồng, half up by default: 23,456.5 → 23,457; 23,456.49 → 23,456; down and up on request', () => {
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_345_650 }, '2027-03')
        .amount,
    ).toBe(23_457);
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_345_649 }, '2027-03')
        .amount,
    ).toBe(23_456);
    expect(
      computeMonthlyDues({ group: 'pension', base: 4_100_001 }, '2027-03')
        .amount,
    ).toBe(20_500);
    const down = createDuesRateTable({}, { rounding: 'down' });
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_345_650 }, '2027-03', {
        rates: down,
      }).amount,
    ).toBe(23_456);
    const up = createDuesRateTable({}, { rounding: 'up' });
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_345_601 }, '2027-03', {
        rates: up,
      }).amount,
    ).toBe(23_457);
  });

  it('R-DUES-1 [open]: other groups pay the amount the host sets; unknown groups and months before the table are refused', () => {
    expect(
      computeMonthlyDues({ group: 'no-salary' }, '2027-03', { rates }).amount,
    ).toBe(10_000);
    expect(() => computeMonthlyDues({ group: 'no-salary' }, '2027-03')).toThrow(
      ChiboError,
    );
    expect(() =>
      computeMonthlyDues({ group: 'salary', base: 1 }, '2025-12'),
    ).toThrow(/342-QĐ\/TW/);
    // Both sides of the default table's date (01-QĐ/TW from 2026-02).
    expect(() =>
      computeMonthlyDues({ group: 'salary', base: 2_340_000 }, '2026-01'),
    ).toThrow(/342-QĐ\/TW/);
    expect(
      computeMonthlyDues({ group: 'salary', base: 2_340_000 }, '2026-02')
        .amount,
    ).toBe(23_400);
    expect(() => computeMonthlyDues({ group: 'salary' }, '2027-03')).toThrow(
      ChiboError,
    );
    expect(() => createDuesRateTable({ salary: 1 })).toThrow(ChiboError);
    expect(DEFAULT_DUES_RATES[0]?.regulation).toBe('01-QĐ/TW');
  });
});

describe('R-DUES-2: the dues book (SCENARIO 2027)', () => {
  const book = getDuesBook(duesInput(), { year: 2027, rates });
  const line = (id: string) => book.members.find((m) => m.memberId === id);

  it('R-DUES-2: per member and month: due, paid, date, method', () => {
    expect(line('m06')?.months[2]).toMatchObject({
      month: '2027-03',
      due: 23_400,
      paid: 23_400,
      status: 'paid',
      paidOn: '2027-03-12',
      methods: ['cash'],
    });
    expect(line('m14')?.due).toBe(12 * 20_500);
    expect(line('m08')?.unpaidMonths).toEqual([
      '2027-02',
      '2027-03',
      '2027-05',
    ]);
    expect(book.texts).toEqual(['01-QĐ/TW']);
  });

  it('R-DUES-2: payments ahead and catch-up are marked', () => {
    expect(line('m14')?.months[5]).toMatchObject({
      paid: 20_500,
      ahead: true,
      paidOn: '2027-01-10',
    });
    expect(line('m05')?.months[2]).toMatchObject({
      status: 'paid',
      late: true,
      methods: ['transfer'],
    });
    expect(line('m05')?.unpaidMonths).toEqual([]);
  });

  it('R-DUES-2: totals per month and for the year', () => {
    const due = 15 * 10_000 + 23_400 + 20_500;
    expect(book.months[0]).toEqual({
      month: '2027-01',
      due,
      paid: due,
      collected: due + 5 * 20_500,
    });
    expect(book.months[1]).toMatchObject({ due, paid: due - 10_000 });
    expect(book.total.due).toBe(12 * due);
    expect(book.total.paid).toBe(12 * due - 3 * 10_000);
    expect(book.total.collected).toBe(book.total.paid);
  });

  it('R-DUES-2: a payment recorded twice is one payment; two payments under one id are refused', () => {
    const input = duesInput();
    const twice = {
      ...input,
      receipts: [
        ...input.receipts,
        input.receipts[0] as (typeof input.receipts)[number],
      ],
    };
    const again = getDuesBook(twice, { year: 2027, rates });
    expect(again.total).toEqual(book.total);
    expect(again.duplicates).toEqual([input.receipts[0]?.id]);
    const conflicting = {
      ...input,
      receipts: [
        ...input.receipts,
        {
          ...(input.receipts[0] as (typeof input.receipts)[number]),
          amount: 1,
        },
      ],
    };
    expect(() => getDuesBook(conflicting, { year: 2027, rates })).toThrow(
      ChiboError,
    );
  });

  it('R-DUES-2: a receipt fills its months up to their dues and reports the rest, never losing it', () => {
    const input = duesInput();
    input.receipts.push({
      id: 'extra',
      memberId: 'm08',
      paidOn: '2027-06-01',
      amount: 25_000,
      method: 'cash',
      months: ['2027-02', '2027-03'],
    });
    const caught = getDuesBook(input, { year: 2027, rates });
    const quang = caught.members.find((m) => m.memberId === 'm08');
    expect(quang?.months[1]).toMatchObject({
      paid: 10_000,
      status: 'paid',
      late: true,
    });
    expect(quang?.months[2]).toMatchObject({ paid: 10_000, status: 'paid' });
    expect(caught.surplus).toEqual([
      { receiptId: 'extra', memberId: 'm08', amount: 5_000 },
    ]);
    // Read before the payment, the months are still unpaid.
    const before = getDuesBook(input, {
      year: 2027,
      rates,
      asOf: '2027-05-31',
    });
    expect(
      before.members.find((m) => m.memberId === 'm08')?.unpaidMonths,
    ).toEqual(['2027-02', '2027-03', '2027-05']);
    expect(before.members[0]?.months[6]?.status).toBe('upcoming');
  });

  it('R-DUES-2: a month with a valid reason is excused, not unpaid', () => {
    const input = {
      ...duesInput(),
      excuses: [{ memberId: 'm08', month: '2027-02', reason: 'Ốm nằm viện' }],
    };
    const excused = getDuesBook(input, { year: 2027, rates });
    const quang = excused.members.find((m) => m.memberId === 'm08');
    expect(quang?.months[1]).toMatchObject({
      status: 'excused',
      reason: 'Ốm nằm viện',
    });
    expect(quang?.unpaidMonths).toEqual(['2027-03', '2027-05']);
  });
});

describe('R-ATT-3 with R-DUES-2: unpaid months feed the removal flag', () => {
  it('R-ATT-3: Đỗ Văn Quang is warned at March and flagged at May, by the months that caused it', () => {
    const timeline = getRemovalTimeline([], members, {
      year: 2027,
      dues: duesInput(),
      rates,
    });
    const quang = timeline.find((t) => t.memberId === 'm08');
    expect(quang?.warnedAt).toBe('2027-03');
    expect(quang?.flaggedAt).toBe('2027-05');
    expect(quang?.causes.unpaidDues).toEqual(['2027-02', '2027-03', '2027-05']);
    expect(quang?.months.map((m) => m.status).slice(0, 5)).toEqual([
      'clear',
      'clear',
      'warning',
      'warning',
      'removal-candidate',
    ]);
    expect(
      timeline.filter((t) => t.flaggedAt !== null).map((t) => t.memberId),
    ).toEqual(['m08']);
    // Mai caught March up in April: warned by no month.
    expect(timeline.find((t) => t.memberId === 'm05')?.warnedAt).toBeNull();
  });

  it('R-ATT-3: 2 unpaid months warn, 3 flag (memberSanctions reads toDuesPayments)', () => {
    const at = (asOf: string) =>
      memberSanctions([], members, 2027, {
        dues: toDuesPayments(
          getDuesBook(duesInput(), { year: 2027, rates, asOf }),
        ),
      }).find((s) => s.memberId === 'm08');
    expect(at('2027-04-30')?.status).toBe('warning');
    expect(at('2027-05-31')?.status).toBe('removal-candidate');
    expect(at('2027-05-31')?.unpaidDues.months).toEqual([
      '2027-02',
      '2027-03',
      '2027-05',
    ]);
  });

  it('R-YEAR-1: the dues figure of the year comes from the book, naming the unpaid months', () => {
    const book = getDuesBook(duesInput(), { year: 2027, rates });
    const quang = members.find((m) => m.id === 'm08');
    const facts = getMemberYearFacts([], quang as (typeof members)[number], {
      year: 2027,
      duesBook: book,
    });
    expect(facts['dues-paid']).toMatchObject({
      part: 9,
      whole: 12,
      refs: ['2027-02', '2027-03', '2027-05'],
    });
  });
});

describe('R-DUES-2: the dues book as CSV', () => {
  it('R-DUES-2: RFC 4180 with a UTF-8 byte order mark, CRLF, quoted fields and a total line', () => {
    const input = duesInput();
    input.members[7] = { id: 'm08', name: 'Đỗ Văn "Quang", =1+1' };
    const csv = duesBookToCsv(getDuesBook(input, { year: 2027, rates }));
    expect(csv.startsWith('\uFEFFSTT,Mã đảng viên,Họ và tên,')).toBe(true);
    const lines = csv.split('\r\n');
    expect(lines).toHaveLength(1 + 17 * 12 + 1 + 1);
    expect(lines[1]).toBe(
      '1,m01,Hoàng Văn Minh,no-salary,2027-01,10000,10000,2027-01-10,Tiền mặt,Đã nộp đủ,',
    );
    expect(
      lines.find((l) => l.includes(',m08,') && l.includes('2027-02')),
    ).toBe(
      '8,m08,"Đỗ Văn ""Quang"", =1+1",no-salary,2027-02,10000,0,,,Chưa nộp,',
    );
    expect(lines.at(-2)).toMatch(/^,,Tổng cộng năm 2027,,,\d+,\d+,,,,$/);
    expect(lines.at(-1)).toBe('');
    const english = duesBookToCsv(
      getDuesBook(duesInput(), { year: 2027, rates }),
      { locale: 'en', bom: false },
    );
    expect(english.startsWith('No.,Member id,Name,')).toBe(true);
  });

  it('R-DUES-2: a text Excel would run as a formula is neutralised', () => {
    const input = duesInput();
    input.members[0] = { id: 'm01', name: '=HYPERLINK("x")' };
    const csv = duesBookToCsv(getDuesBook(input, { year: 2027, rates }));
    expect(csv).toContain(`,"'=HYPERLINK(""x"")",`);
  });
});
