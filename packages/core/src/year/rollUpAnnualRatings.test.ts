import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ChiboError } from '../errors';
import { AnnualLevel } from './annualLevel';
import { createAnnualTally } from './createAnnualTally';
import type { Distribution } from './formatShare';
import { formatDistribution } from './formatShare';
import type { OrgNode } from './orgTree';
import { rollUpAnnualRatings } from './rollUpAnnualRatings';
import { cellRatings, memberTotals, tree } from './testSupport/year2027';

const levelOf = (total: number): AnnualLevel =>
  total >= 90
    ? 'excellent'
    : total >= 70
      ? 'good'
      : total >= 50
        ? 'completed'
        : 'not-completed';

async function* slowly<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) {
    await Promise.resolve();
    yield item;
  }
}

describe('R-YEAR-2: roll-ups over the organisation tree', () => {
  it('R-YEAR-2: Xuân Quang has 56 cells: 11 excellent (19,64%), 38 good (67,86%), 6 completed (10,71%), 1 not completed (1,79%)', async () => {
    const members = Object.values(memberTotals).map((total) => ({
      cellId: 'trang-nung',
      level: levelOf(total),
    }));
    const rollUp = await rollUpAnnualRatings(tree, {
      members: slowly(members),
      organisations: [
        ...cellRatings,
        { organisationId: 'xuan-quang', level: 'good' },
      ],
      meetingYears: [{ cellId: 'trang-nung', level: 'good' }],
    });
    const xuanQuang = rollUp.nodes.find((n) => n.id === 'xuan-quang');
    expect(xuanQuang?.organisations.cell.counts).toEqual({
      excellent: 11,
      good: 38,
      completed: 6,
      'not-completed': 1,
    });
    expect(
      formatDistribution(
        xuanQuang?.organisations.cell as Distribution<AnnualLevel>,
      ),
    ).toEqual({
      excellent: '11/56 (19,64%)',
      good: '38/56 (67,86%)',
      completed: '6/56 (10,71%)',
      'not-completed': '1/56 (1,79%)',
    });
    expect(xuanQuang?.members.counts).toEqual({
      excellent: 3,
      good: 10,
      completed: 2,
      'not-completed': 1,
    });
    const province = rollUp.nodes[0];
    expect(province?.organisations.commune.counts.good).toBe(1);
    expect(province?.organisations.cell.total).toBe(56);
    expect(province?.meetingRatings).toMatchObject({ total: 1, unrated: 55 });
    const trangNung = rollUp.nodes.find((n) => n.id === 'trang-nung');
    expect(trangNung).toMatchObject({ rating: 'good', meetingYear: 'good' });
    expect(rollUp.memberCount).toBe(16);
  });

  it('R-YEAR-2: members may come in batches, from a synchronous or an asynchronous source', async () => {
    const batch = [{ cellId: 'trang-nung', level: 'good' as const }];
    const sync = await rollUpAnnualRatings(tree, { members: [batch, batch] });
    const viaAsync = await rollUpAnnualRatings(tree, {
      members: slowly([batch, batch]),
    });
    expect(sync.nodes[0]?.members.counts.good).toBe(2);
    expect(viaAsync.nodes[0]?.members).toEqual(sync.nodes[0]?.members);
  });

  it('R-YEAR-2: a rating of an unknown cell or level gives no roll-up, and names the item', async () => {
    const wrong = [
      { cellId: 'trang-nung', level: 'good' as const },
      { cellId: 'xuan-quang', level: 'good' as const },
    ];
    const error = await rollUpAnnualRatings(tree, { members: wrong }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ChiboError);
    expect((error as ChiboError).issues[0]?.path).toEqual([
      'members',
      1,
      'cellId',
    ]);
    const twice = rollUpAnnualRatings(tree, {
      organisations: [cellRatings[0], cellRatings[0]] as typeof cellRatings,
    });
    await expect(twice).rejects.toThrow(ChiboError);
  });

  it('R-YEAR-2: a tree with a parent below its child, or an unknown parent, is refused', () => {
    const bad: OrgNode[] = [
      { id: 'c1', level: 'cell' },
      { id: 'p', level: 'province', parentId: 'c1' },
    ];
    expect(() => createAnnualTally(bad)).toThrow(ChiboError);
    expect(() =>
      createAnnualTally([{ id: 'c1', level: 'cell', parentId: 'x' }]),
    ).toThrow(ChiboError);
  });

  it(
    'R-YEAR-2: summing the tree bottom-up gives the same totals as counting all the cells under each node at once',
    async () => {
      const arbitraryTree = fc
        .record({
          communes: fc.integer({ min: 1, max: 4 }),
          grassroots: fc.array(fc.nat({ max: 3 }), {
            minLength: 4,
            maxLength: 4,
          }),
          cells: fc.array(fc.integer({ min: 1, max: 5 }), {
            minLength: 16,
            maxLength: 16,
          }),
          members: fc.array(
            fc.tuple(
              fc.nat({ max: 999 }),
              fc.constantFrom(...AnnualLevel.options),
            ),
            {
              maxLength: 300,
            },
          ),
          orgs: fc.array(fc.option(fc.constantFrom(...AnnualLevel.options)), {
            minLength: 120,
            maxLength: 120,
          }),
        })
        .map(({ communes, grassroots, cells, members, orgs }) => {
          const nodes: OrgNode[] = [{ id: 'p', level: 'province' }];
          for (let c = 0; c < communes; c++) {
            nodes.push({ id: `c${c}`, level: 'commune', parentId: 'p' });
            const parents = [`c${c}`];
            for (let g = 0; g < (grassroots[c] ?? 0); g++) {
              nodes.push({
                id: `c${c}g${g}`,
                level: 'grassroots',
                parentId: `c${c}`,
              });
              parents.push(`c${c}g${g}`);
            }
            parents.forEach((parentId, i) => {
              for (let n = 0; n < (cells[(c * 4 + i) % 16] ?? 1); n++) {
                nodes.push({
                  id: `${parentId}-cell${n}`,
                  level: 'cell',
                  parentId,
                });
              }
            });
          }
          const cellIds = nodes
            .filter((n) => n.level === 'cell')
            .map((n) => n.id);
          return {
            nodes,
            members: members.map(([i, level]) => ({
              cellId: cellIds[i % cellIds.length] as string,
              level,
            })),
            organisations: nodes.flatMap((n, i) => {
              const level = orgs[i % orgs.length];
              return level ? [{ organisationId: n.id, level }] : [];
            }),
          };
        });
      await fc.assert(
        fc.asyncProperty(
          arbitraryTree,
          async ({ nodes, members, organisations }) => {
            const rollUp = await rollUpAnnualRatings(nodes, {
              members,
              organisations,
            });
            const parentOf = new Map(nodes.map((n) => [n.id, n.parentId]));
            const under = (
              ancestor: string,
              id: string | undefined,
            ): boolean => {
              for (let at = id; at !== undefined; at = parentOf.get(at))
                if (at === ancestor) return true;
              return false;
            };
            for (const node of rollUp.nodes) {
              // All the leaves at once: the members of every cell under the node.
              const direct = Object.fromEntries(
                AnnualLevel.options.map((l) => [l, 0]),
              );
              for (const m of members)
                if (under(node.id, m.cellId))
                  direct[m.level] = (direct[m.level] ?? 0) + 1;
              expect(node.members.counts).toEqual(direct);
              const cells = Object.fromEntries(
                AnnualLevel.options.map((l) => [l, 0]),
              );
              let unrated = 0;
              for (const n of nodes) {
                if (
                  n.level !== 'cell' ||
                  n.id === node.id ||
                  !under(node.id, n.id)
                )
                  continue;
                const level = organisations.find(
                  (o) => o.organisationId === n.id,
                )?.level;
                if (level) cells[level] = (cells[level] ?? 0) + 1;
                else unrated++;
              }
              expect(node.organisations.cell.counts).toEqual(cells);
              expect(node.organisations.cell.unrated).toBe(unrated);
              const sum = Object.values(node.members.hundredths).reduce(
                (a, b) => a + b,
                0,
              );
              expect(sum).toBe(node.members.total === 0 ? 0 : 10_000);
            }
          },
        ),
        { numRuns: propertyRuns(200) },
      );
    },
    slowTestTimeout,
  );
});
