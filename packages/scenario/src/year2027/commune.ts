/**
 * Đảng bộ xã Xuân Quang in 2027 (SCENARIO.md, R-YEAR-2): its 56 cells under
 * Đảng bộ tỉnh Lào Cai and their annual levels, as plain data for
 * `rollUpAnnualRatings` of `@chibo/core/year`.
 */

/** An annual level (366-QĐ/TW). */
export type AnnualLevel = 'excellent' | 'good' | 'completed' | 'not-completed';

/** The levels of the 56 cells: 11 excellent, 38 good, 6 completed, 1 not. */
export const cellLevels: readonly AnnualLevel[] = [
  ...Array<AnnualLevel>(11).fill('excellent'),
  ...Array<AnnualLevel>(38).fill('good'),
  ...Array<AnnualLevel>(6).fill('completed'),
  'not-completed',
];

/** A node of the organisation tree. */
export interface TreeNode {
  id: string;
  name?: string;
  level: 'province' | 'commune' | 'cell';
  parentId?: string;
}

/** The province, the commune and its cells; Trang Nùng is the 12th cell. */
export const tree: readonly TreeNode[] = [
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

/** Each cell's level; Trang Nùng (the 12th) is good: it scores 84. */
export const cellRatings: ReadonlyArray<{
  organisationId: string;
  level: AnnualLevel;
}> = tree
  .filter((n) => n.level === 'cell')
  .map((n, i) => ({
    organisationId: n.id,
    level: cellLevels[i] as AnnualLevel,
  }));
