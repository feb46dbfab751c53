import { describe, expect, it } from 'vitest';
import {
  formatDocumentDate,
  formatDocumentMonth,
  formatDocumentNumber,
  formatLongDate,
} from './format';

describe('R-DOC-4: the date line', () => {
  it.each([
    ['2027-03-05', 'Xuân Quang, ngày 05 tháng 3 năm 2027'],
    ['2018-02-20', 'Xuân Quang, ngày 20 tháng 02 năm 2018'],
    ['2027-12-09', 'Xuân Quang, ngày 09 tháng 12 năm 2027'],
    ['2028-01-15', 'Xuân Quang, ngày 15 tháng 01 năm 2028'],
    ['2027-03-09', 'Xuân Quang, ngày 09 tháng 3 năm 2027'],
  ])('writes %s as "%s"', (date, line) => {
    expect(formatDocumentDate('Xuân Quang', date)).toBe(line);
  });

  it('pads only the months 1 and 2', () => {
    expect([1, 2, 3, 10, 12].map(formatDocumentMonth)).toEqual([
      '01',
      '02',
      '3',
      '10',
      '12',
    ]);
  });

  it('reads instants in Viet Nam time, whatever the host zone (R-TIME-1)', () => {
    expect(formatLongDate('2027-03-08T18:00:00Z')).toBe(
      'ngày 09 tháng 3 năm 2027',
    );
  });

  it('writes English dates without padding', () => {
    expect(formatDocumentDate('Xuân Quang', '2028-01-05', 'en')).toBe(
      'Xuân Quang, 5 January 2028',
    );
  });
});

describe('R-DOC-3: number and symbol', () => {
  it('pads numbers below 10 and takes the issuer code', () => {
    expect(formatDocumentNumber(3, 'BB', 'CB')).toBe('Số 03-BB/CB');
    expect(formatDocumentNumber(5, 'NQ', 'CB')).toBe('Số 05-NQ/CB');
    expect(formatDocumentNumber(12, 'NQ', 'CBTN')).toBe('Số 12-NQ/CBTN');
    expect(formatDocumentNumber('07a', 'BB', 'CB', 'en')).toBe('No. 07a-BB/CB');
  });
});
