import { bench, describe } from 'vitest';
import {
  type AnnualLevel,
  type MemberAnnualRating,
  type OrgNode,
  rollUpAnnualRatings,
} from '../src/year/index';

/**
 * R-YEAR-2 at national scale: 5,000,000 members in 50,000 cells, under
 * 34 provinces, 3,400 commune committees and 6,800 grassroots organisations.
 * The members are generated as a stream and never held, as a host reading a
 * database cursor would.
 */
const PROVINCES = 34;
const COMMUNES = 3_400;
const CELLS = 50_000;
const MEMBERS = 5_000_000;
const LEVELS: readonly AnnualLevel[] = [
  'excellent',
  'good',
  'good',
  'good',
  'completed',
  'not-completed',
  'good',
];

const tree: OrgNode[] = [];
for (let p = 0; p < PROVINCES; p++)
  tree.push({ id: `p${p}`, level: 'province' });
for (let c = 0; c < COMMUNES; c++) {
  tree.push({ id: `c${c}`, level: 'commune', parentId: `p${c % PROVINCES}` });
  for (let g = 0; g < 2; g++) {
    tree.push({ id: `c${c}g${g}`, level: 'grassroots', parentId: `c${c}` });
  }
}
const cellIds: string[] = [];
for (let i = 0; i < CELLS; i++) {
  const c = i % COMMUNES;
  const parentId = i % 5 === 0 ? `c${c}g${i % 2}` : `c${c}`;
  cellIds.push(`cell${i}`);
  tree.push({ id: `cell${i}`, level: 'cell', parentId });
}

/** The members, one at a time: nothing holds them all. */
function* members(): Generator<MemberAnnualRating> {
  for (let i = 0; i < MEMBERS; i++) {
    yield {
      cellId: cellIds[(i * 7919) % CELLS] as string,
      level: LEVELS[i % LEVELS.length] as AnnualLevel,
    };
  }
}

/**
 * The baseline: a plain `Map` group-by of the members' levels per cell, then
 * each cell's counts added to every ancestor — the member counts per node
 * and nothing else: no validation, no organisations, no shares.
 */
function mapGroupBy(): Map<string, number[]> {
  const parentOf = new Map(tree.map((n) => [n.id, n.parentId]));
  const perCell = new Map<string, number[]>();
  for (const m of members()) {
    let counts = perCell.get(m.cellId);
    if (!counts) {
      counts = [0, 0, 0, 0];
      perCell.set(m.cellId, counts);
    }
    const k =
      m.level === 'excellent'
        ? 0
        : m.level === 'good'
          ? 1
          : m.level === 'completed'
            ? 2
            : 3;
    counts[k] = (counts[k] as number) + 1;
  }
  const perNode = new Map<string, number[]>();
  for (const [cellId, counts] of perCell) {
    for (
      let at: string | undefined = cellId;
      at !== undefined;
      at = parentOf.get(at)
    ) {
      let node = perNode.get(at);
      if (!node) {
        node = [0, 0, 0, 0];
        perNode.set(at, node);
      }
      for (let k = 0; k < 4; k++)
        node[k] = (node[k] as number) + (counts[k] as number);
    }
  }
  return perNode;
}

// Check both before measuring (vitest's bench hides a task that throws),
// and report one timed run of each, side by side.
{
  let start = performance.now();
  const rollUp = await rollUpAnnualRatings(tree, { members: members() });
  const chiboMs = performance.now() - start;
  start = performance.now();
  const baseline = mapGroupBy();
  const baselineMs = performance.now() - start;
  const root = rollUp.nodes[0];
  const expected = baseline.get('p0') ?? [];
  if (
    rollUp.memberCount !== MEMBERS ||
    root?.members.counts.excellent !== expected[0] ||
    root?.members.counts.good !== expected[1]
  ) {
    throw new Error('the roll-up and the baseline disagree');
  }
  process.stdout.write(
    `R-YEAR-2 roll-up, ${MEMBERS.toLocaleString('en')} members in ${CELLS.toLocaleString('en')} cells: chibo ${(chiboMs / 1000).toFixed(2)} s, Map group-by ${(baselineMs / 1000).toFixed(2)} s, ratio ${(chiboMs / baselineMs).toFixed(2)}×\n`,
  );
}

const timing = { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0 };

describe(`roll-up of ${MEMBERS.toLocaleString('en')} members in ${CELLS.toLocaleString('en')} cells`, () => {
  bench(
    'chibo rollUpAnnualRatings (validated, every node, organisations, shares)',
    async () => {
      await rollUpAnnualRatings(tree, { members: members() });
    },
    timing,
  );
  bench(
    'baseline: Map group-by per cell, summed up the tree',
    () => {
      mapGroupBy();
    },
    timing,
  );
});
