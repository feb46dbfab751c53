/**
 * The benchmark's comparison, interleaved: chibo's renderMinutes and the
 * docx baseline take turns in rounds, so a busy machine slows both alike.
 * Prints the median time of each, their ratio and documents per second.
 * Pin it to one core for the "per core" figure:
 *
 *   taskset -c 0 pnpm tsx --conditions=@chibo/source packages/docx/scripts/compareBaseline.ts
 */
import { createBaseline } from '../bench/baseline';
import { buildMinutes, renderMinutes } from '../src/index';
import { largeRecord } from '../src/testSupport/records';

const ROUNDS = Number(process.argv[2] ?? 300);
const baseline = createBaseline(buildMinutes(largeRecord));
const chibo = () => renderMinutes(largeRecord);
const times = { chibo: [] as number[], baseline: [] as number[] };

for (let i = 0; i < 30; i += 1) {
  await chibo();
  await baseline();
}
for (let i = 0; i < ROUNDS; i += 1) {
  const order =
    i % 2 === 0
      ? (['chibo', 'baseline'] as const)
      : (['baseline', 'chibo'] as const);
  for (const name of order) {
    const started = performance.now();
    await (name === 'chibo' ? chibo() : baseline());
    times[name].push(performance.now() - started);
  }
}
const median = (xs: number[]) =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
const c = median(times.chibo);
const b = median(times.baseline);
console.log(
  JSON.stringify({
    rounds: ROUNDS,
    chiboMedianMs: +c.toFixed(2),
    baselineMedianMs: +b.toFixed(2),
    ratio: +(c / b).toFixed(3),
    chiboDocsPerSecond: +(1000 / c).toFixed(1),
    baselineDocsPerSecond: +(1000 / b).toFixed(1),
  }),
);
