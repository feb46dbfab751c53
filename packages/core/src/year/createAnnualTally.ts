import { checkArgument } from '../entities/checkArgument';
import type { RatingLevel } from '../entities/enums';
import { RatingLevel as RatingLevelSchema } from '../entities/enums';
import { ChiboError } from '../errors';
import { AnnualLevel } from './annualLevel';
import { type Distribution, getDistributionUnchecked } from './formatShare';
import {
  type CellMeetingYear,
  type MemberAnnualRating,
  type OrganisationAnnualRating,
  type OrgLevel,
  type OrgNode,
  OrgTree,
} from './orgTree';

/** A distribution, and how many were not rated. */
export type RatedDistribution<TKey extends string> = Distribution<TKey> & {
  unrated: number;
};

/** One organisation of a roll-up, with the counts of everything under it (R-YEAR-2). */
export interface RollUpNode {
  id: string;
  name?: string | undefined;
  level: OrgLevel;
  parentId?: string | undefined;
  childIds: string[];
  /** The organisation's own annual level (R-YEAR-1), if given. */
  rating: AnnualLevel | null;
  /** For a cell: its year of meetings (R-RATE-4), if given. */
  meetingYear: RatingLevel | null;
  /** The members of every cell in the subtree, by annual level. */
  members: Distribution<AnnualLevel>;
  /**
   * The organisations strictly below, by their level of organisation and
   * their annual level: "11/56 chi bộ (19,64%)" is `organisations.cell`.
   */
  organisations: Record<
    'commune' | 'grassroots' | 'cell',
    RatedDistribution<AnnualLevel>
  >;
  /** The cells of the subtree (the node itself if a cell) by their year of meetings. */
  meetingRatings: RatedDistribution<RatingLevel>;
}

/** A finished roll-up: every node of the tree, in the tree's order. */
export interface AnnualRollUp {
  nodes: RollUpNode[];
  /** The ids of the nodes without a parent. */
  rootIds: string[];
  /** The member ratings counted. */
  memberCount: number;
}

/**
 * A roll-up being filled: add ratings one at a time (from a database
 * cursor, a file, a stream), then `finish`. It holds counts per
 * organisation, never the members.
 */
export interface AnnualTally {
  /** Count one member's level in their cell. */
  addMember(rating: MemberAnnualRating): void;
  /** Set an organisation's own level (once per organisation). */
  addOrganisation(rating: OrganisationAnnualRating): void;
  /** Set a cell's year of meetings (once per cell). */
  addMeetingYear(rating: CellMeetingYear): void;
  /** Sum the tree bottom-up and give every node's distributions. */
  finish(): AnnualRollUp;
}

const ANNUAL = AnnualLevel.options;
const MEETING = RatingLevelSchema.options;
const annualIndex = new Map<unknown, number>(ANNUAL.map((l, i) => [l, i]));
const meetingIndex = new Map<unknown, number>(MEETING.map((l, i) => [l, i]));
const ORG_KINDS = ['commune', 'grassroots', 'cell'] as const;
const RANK: Record<OrgLevel, number> = {
  province: 0,
  commune: 1,
  grassroots: 2,
  cell: 3,
};

function badItem(
  source: string,
  index: number,
  field: string,
  value: unknown,
): never {
  const shown =
    typeof value === 'string'
      ? `"${value.slice(0, 60)}"`
      : typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : value === null
          ? 'null'
          : typeof value;
  throw new ChiboError(
    'invalid-argument',
    {
      vi: `Mục ${index} của "${source}" không hợp lệ: ${field} = ${shown}.`,
      en: `Item ${index} of "${source}" is not valid: ${field} = ${shown}.`,
    },
    {
      issues: [
        {
          path: [source, index, field],
          code: 'invalid_value',
          message: {
            vi: `${field} không có trong cây tổ chức hoặc không phải một mức xếp loại.`,
            en: `${field} is not in the organisation tree, or not a level.`,
          },
          rule: 'R-YEAR-2',
        },
      ],
    },
  );
}

/** `array[at] += by` (typed arrays read as `number | undefined`). */
function bump(array: Float64Array, at: number, by = 1): void {
  array[at] = (array[at] as number) + by;
}

function toCounts<TKey extends string>(
  keys: readonly TKey[],
  array: Float64Array,
  offset: number,
): Record<TKey, number> {
  const counts = {} as Record<TKey, number>;
  keys.forEach((key, i) => {
    counts[key] = array[offset + i] as number;
  });
  return counts;
}

/**
 * Start a streaming roll-up of annual ratings over an organisation tree
 * (R-YEAR-2): province → commune or ward committee → grassroots
 * organisation → cell. Memory grows with the tree, not with the members:
 * each member adds one to their cell's count. `finish` sums the tree from
 * the cells up, so every node's counts are the sums of the cells under it
 * (the same totals as counting all the cells at once), and gives each
 * distribution its largest-remainder shares.
 *
 * @param tree - the organisations (see `OrgTree`).
 * @returns the tally to fill.
 * @throws ChiboError (`invalid-argument`) for a tree that is not valid; the
 *   tally's methods throw it for a rating of an unknown cell or level, or an
 *   organisation rated twice.
 * @example
 * ```ts
 * const tally = createAnnualTally(tree);
 * for (const row of cursor) tally.addMember({ cellId: row.cellId, level: row.level });
 * tally.finish().nodes[0]?.members.counts.excellent; // 857
 * ```
 */
export function createAnnualTally(tree: readonly OrgNode[]): AnnualTally {
  const nodes = checkArgument('tree', OrgTree, tree);
  const n = nodes.length;
  const index = new Map<string, number>();
  nodes.forEach((node, i) => {
    index.set(node.id, i);
  });
  const parent = new Int32Array(n).fill(-1);
  const rank = new Uint8Array(n);
  nodes.forEach((node, i) => {
    rank[i] = RANK[node.level];
    if (node.parentId !== undefined)
      parent[i] = index.get(node.parentId) as number;
  });
  const members = new Float64Array(n * 4);
  // Per node, per kind of organisation below: 4 levels and the unrated.
  const orgs = new Float64Array(n * 15);
  const meetings = new Float64Array(n * 5);
  const own = new Int8Array(n).fill(-1);
  const meetingOwn = new Int8Array(n).fill(-1);
  const meetingGiven = new Uint8Array(n);
  let memberCount = 0;
  let orgCount = 0;
  let meetingCount = 0;
  let finished = false;
  const open = () => {
    if (finished) {
      throw new ChiboError('invalid-argument', {
        vi: 'Bảng tổng hợp đã kết thúc (finish); hãy tạo bảng mới.',
        en: 'The tally is finished; create a new one.',
      });
    }
  };

  return {
    addMember(rating) {
      open();
      const i = index.get(
        (rating as { cellId?: unknown } | null)?.cellId as string,
      );
      if (i === undefined || rank[i] !== 3) {
        badItem(
          'members',
          memberCount,
          'cellId',
          (rating as { cellId?: unknown } | null)?.cellId,
        );
      }
      const l = annualIndex.get((rating as { level?: unknown }).level);
      if (l === undefined)
        badItem('members', memberCount, 'level', rating.level);
      bump(members, i * 4 + l);
      memberCount++;
    },
    addOrganisation(rating) {
      open();
      const id = (rating as { organisationId?: unknown } | null)
        ?.organisationId;
      const i = index.get(id as string);
      if (i === undefined || own[i] !== -1)
        badItem('organisations', orgCount, 'organisationId', id);
      const l = annualIndex.get((rating as { level?: unknown }).level);
      if (l === undefined)
        badItem('organisations', orgCount, 'level', rating.level);
      own[i] = l;
      orgCount++;
    },
    addMeetingYear(rating) {
      open();
      const id = (rating as { cellId?: unknown } | null)?.cellId;
      const i = index.get(id as string);
      if (i === undefined || rank[i] !== 3 || meetingGiven[i] === 1) {
        badItem('meetingYears', meetingCount, 'cellId', id);
      }
      const level = (rating as { level?: unknown }).level;
      const l = level === null ? -1 : meetingIndex.get(level);
      if (l === undefined)
        badItem('meetingYears', meetingCount, 'level', level);
      meetingOwn[i] = l;
      meetingGiven[i] = 1;
      meetingCount++;
    },
    finish() {
      open();
      finished = true;
      // Each cell counts its own year of meetings (or as unrated).
      for (let i = 0; i < n; i++) {
        if (rank[i] !== 3) continue;
        const l = meetingOwn[i] as number;
        bump(meetings, i * 5 + (l === -1 ? 4 : l));
      }
      // Children before parents: the deepest level first.
      const order = [...Array(n).keys()].sort(
        (a, b) => (rank[b] as number) - (rank[a] as number),
      );
      for (const i of order) {
        const p = parent[i] as number;
        if (p === -1) continue;
        for (let k = 0; k < 4; k++)
          bump(members, p * 4 + k, members[i * 4 + k] as number);
        for (let k = 0; k < 15; k++)
          bump(orgs, p * 15 + k, orgs[i * 15 + k] as number);
        for (let k = 0; k < 5; k++)
          bump(meetings, p * 5 + k, meetings[i * 5 + k] as number);
        const kind = (rank[i] as number) - 1; // commune 0, grassroots 1, cell 2
        if (kind >= 0) {
          const l = own[i] as number;
          bump(orgs, p * 15 + kind * 5 + (l === -1 ? 4 : l));
        }
      }
      const childIds: string[][] = nodes.map(() => []);
      const rootIds: string[] = [];
      nodes.forEach((node, i) => {
        const p = parent[i] as number;
        if (p === -1) rootIds.push(node.id);
        else childIds[p]?.push(node.id);
      });
      const out = nodes.map((node, i): RollUpNode => {
        const organisations = {} as RollUpNode['organisations'];
        ORG_KINDS.forEach((kind, k) => {
          organisations[kind] = {
            ...getDistributionUnchecked(toCounts(ANNUAL, orgs, i * 15 + k * 5)),
            unrated: orgs[i * 15 + k * 5 + 4] as number,
          };
        });
        const o = own[i] as number;
        const m = meetingOwn[i] as number;
        return {
          id: node.id,
          ...(node.name === undefined ? {} : { name: node.name }),
          level: node.level,
          ...(node.parentId === undefined ? {} : { parentId: node.parentId }),
          childIds: childIds[i] as string[],
          rating: o === -1 ? null : (ANNUAL[o] as AnnualLevel),
          meetingYear: m === -1 ? null : (MEETING[m] as RatingLevel),
          members: getDistributionUnchecked(toCounts(ANNUAL, members, i * 4)),
          organisations,
          meetingRatings: {
            ...getDistributionUnchecked(toCounts(MEETING, meetings, i * 5)),
            unrated: meetings[i * 5 + 4] as number,
          },
        };
      });
      return { nodes: out, rootIds, memberCount };
    },
  };
}
