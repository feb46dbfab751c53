import { z } from 'zod';
import { RatingLevel } from '../entities/enums';
import { Id, Text } from '../entities/primitives';
import { AnnualLevel } from './annualLevel';

/**
 * The levels of the organisation tree in the two-tier state (R-YEAR-2):
 * province (tỉnh), commune or ward committee (đảng bộ xã, phường), grassroots
 * organisation (tổ chức cơ sở đảng), cell (chi bộ). Highest first.
 */
export const OrgLevel = z.enum(['province', 'commune', 'grassroots', 'cell']);
export type OrgLevel = z.infer<typeof OrgLevel>;

/** One organisation of the tree; `parentId` names the one above it. */
export const OrgNode = z.strictObject({
  id: Id,
  name: Text.optional(),
  level: OrgLevel,
  /** Absent for a root (a province, or the top of a partial tree). */
  parentId: Id.optional(),
});
export type OrgNode = z.input<typeof OrgNode>;

/**
 * An organisation tree: unique ids, every parent in the tree and at a higher
 * level than its child (a cell may sit under a commune committee or under a
 * grassroots organisation), so the tree has no cycle.
 */
export const OrgTree = z.array(OrgNode).superRefine((nodes, ctx) => {
  const levels = new Map<string, number>();
  nodes.forEach((node, index) => {
    if (levels.has(node.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'id'],
        message: `Duplicate organisation id "${node.id}".`,
        params: { vi: `Mã tổ chức "${node.id}" bị trùng.`, rule: 'R-YEAR-2' },
      });
    }
    levels.set(node.id, OrgLevel.options.indexOf(node.level));
  });
  nodes.forEach((node, index) => {
    if (node.parentId === undefined) return;
    const parent = levels.get(node.parentId);
    if (parent === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'parentId'],
        message: `No organisation "${node.parentId}" in the tree.`,
        params: {
          vi: `Cây không có tổ chức "${node.parentId}".`,
          rule: 'R-YEAR-2',
        },
      });
    } else if (parent >= OrgLevel.options.indexOf(node.level)) {
      ctx.addIssue({
        code: 'custom',
        path: [index, 'parentId'],
        message: `"${node.parentId}" is not above "${node.id}" (${node.level}).`,
        params: {
          vi: `"${node.parentId}" không ở cấp trên của "${node.id}" (${node.level}).`,
          rule: 'R-YEAR-2',
        },
      });
    }
  });
});

/** One member's annual level, as the roll-up reads it (R-YEAR-2). */
export const MemberAnnualRating = z.looseObject({
  /** The member's cell: a node of level `cell`. */
  cellId: Id,
  level: AnnualLevel,
});
export type MemberAnnualRating = z.input<typeof MemberAnnualRating>;

/** An organisation's own annual level (R-YEAR-1). */
export const OrganisationAnnualRating = z.looseObject({
  organisationId: Id,
  level: AnnualLevel,
});
export type OrganisationAnnualRating = z.input<typeof OrganisationAnnualRating>;

/** A cell's year of meetings (R-RATE-4; `rateYear`'s level); `null`: unrated. */
export const CellMeetingYear = z.looseObject({
  cellId: Id,
  level: RatingLevel.nullable(),
});
export type CellMeetingYear = z.input<typeof CellMeetingYear>;
