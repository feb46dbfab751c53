/** CPU milliseconds per call of each path: the minimum and the median of the rounds. */
export interface SideBySide {
  min(name: string): number;
  median(name: string): number;
}

/**
 * Time several paths side by side in one process, in interleaved rounds (the
 * order reversed every other round) and in CPU time, so that a busy machine
 * weighs on each path alike.
 *
 * @param paths - each path's name and work.
 * @param options - the rounds, and the calls of each path per round.
 * @returns CPU ms per call of each path, the minimum and median of rounds.
 */
export function measureSideBySide(
  paths: Record<string, () => unknown>,
  options: { rounds: number; perRound: number },
): SideBySide {
  const names = Object.keys(paths);
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (const name of names) for (let i = 0; i < 5; i++) paths[name]?.();
  for (let round = 0; round < options.rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const run = paths[name] as () => unknown;
      const start = process.cpuUsage();
      for (let i = 0; i < options.perRound; i++) run();
      const used = process.cpuUsage(start);
      samples[name]?.push((used.user + used.system) / 1000 / options.perRound);
    }
  }
  const pick = (at: (sorted: number[]) => number) =>
    Object.fromEntries(
      names.map((n) => [n, at([...(samples[n] ?? [])].sort((a, b) => a - b))]),
    );
  const min = pick((xs) => xs[0] ?? Number.NaN);
  const median = pick((xs) => xs[Math.floor(xs.length / 2)] ?? Number.NaN);
  return {
    min: (name) => min[name] ?? Number.NaN,
    median: (name) => median[name] ?? Number.NaN,
  };
}
