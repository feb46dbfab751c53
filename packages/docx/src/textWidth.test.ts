import { describe, expect, it } from 'vitest';
import { gridTable, SIZES } from './layout';
import { wording } from './model';
import { CELL_PADDING, estimateTextWidth, getColumnWidths } from './textWidth';

/** Times New Roman bold advance widths (per mille of the em), from the font. */
const BOLD = { T: 666, t: 333, i: 277, m: 833, ' ': 250, H: 777 } as const;
const exact = (text: string, size: number) =>
  [...text].reduce((w, c) => w + (BOLD[c as keyof typeof BOLD] ?? 0), 0) *
  (size / 1000) *
  20;

describe('R-DOC-2b: column headings never wrap', () => {
  it('estimates a line at least as wide as Times New Roman bold prints it', () => {
    for (const text of ['TT', 'tim', 'Hit', 'TTTT HHH'])
      expect(estimateTextWidth(text, 13)).toBeGreaterThanOrEqual(
        exact(text, 13),
      );
    // Diacritics take no width of their own; NFD and NFC measure the same.
    expect(estimateTextWidth('Người thực hiện', 13)).toBe(
      estimateTextWidth('Người thực hiện'.normalize('NFD'), 13),
    );
    expect(estimateTextWidth('Nguoi thuc hien', 13)).toBe(
      estimateTextWidth('Người thực hiện', 13),
    );
  });

  it('widens a "TT" column of 6% that is narrower than "TT" in 13 pt bold, taking the room from the widest', () => {
    const table = gridTable(
      [6, 40, 22, 32],
      ['TT', 'Nhiệm vụ', 'Người thực hiện', 'Kết quả'],
      [],
    );
    const widths = getColumnWidths(table, 9354, SIZES.body);
    expect(Math.floor(0.06 * 9354)).toBeLessThan(exact('TT', 13) + 216);
    expect(widths[0]).toBeGreaterThanOrEqual(
      estimateTextWidth('TT', 13) + CELL_PADDING,
    );
    expect(widths[2]).toBeGreaterThanOrEqual(
      estimateTextWidth('Người thực hiện', 13) + CELL_PADDING,
    );
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      9354 + widths.length,
    );
    expect(widths[1]).toBeLessThan(Math.floor(0.4 * 9354));
  });

  it('measures each line of a heading broken on purpose, and leaves tables without a heading row alone', () => {
    const table = gridTable(
      [50, 5, 45],
      ['Tiêu chí', 'Cấp trên\nxác nhận', 'Lý do'],
      [],
      12,
    );
    const widths = getColumnWidths(table, 9354, SIZES.body);
    expect(widths[1]).toBe(estimateTextWidth('Cấp trên', 12) + CELL_PADDING);
    const plain = { ...table, headerRow: false };
    expect(getColumnWidths(plain, 9354, SIZES.body)).toEqual([4677, 467, 4209]);
  });

  it('shares the width by need when the headings cannot all fit, and splits columns of zero evenly', () => {
    const head = Array.from({ length: 12 }, () => 'Cấp trên xác nhận');
    const widths = getColumnWidths(
      gridTable(
        head.map(() => 1),
        head,
        [],
      ),
      9354,
      14,
    );
    expect(new Set(widths).size).toBe(1);
    expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(9354);
    const zero = {
      type: 'table' as const,
      columns: [0, 0],
      rows: [[[], []]],
      borders: false,
    };
    expect(getColumnWidths(zero, 9354, 14)).toEqual([4677, 4677]);
    expect(wording('x').source).toBe('template');
  });
});
