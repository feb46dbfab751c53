/**
 * Median CPU milliseconds per call of each path, measured in interleaved
 * rounds (the order reversed every other round) so that a busy machine slows
 * every path alike; each path runs once first, so a path that throws stops
 * the benchmark before anything is measured (vitest's bench hides it).
 *
 * @param paths - the paths to compare, by name.
 * @param rounds - how many rounds.
 * @param perRound - how many calls of each path per round.
 * @returns the median CPU milliseconds per call of each path.
 */
export async function measureCpu<TName extends string>(
  paths: Record<TName, () => unknown>,
  rounds: number,
  perRound: number,
): Promise<Record<TName, number>> {
  const names = Object.keys(paths) as TName[];
  const samples = Object.fromEntries(names.map((n) => [n, [] as number[]]));
  for (const name of names) await paths[name]();
  for (let round = 0; round < rounds; round += 1) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const start = process.cpuUsage();
      for (let i = 0; i < perRound; i += 1) await paths[name]();
      const used = process.cpuUsage(start);
      samples[name]?.push((used.user + used.system) / 1000 / perRound);
    }
  }
  const median = (xs: number[]) =>
    [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;
  return Object.fromEntries(
    names.map((n) => [n, median(samples[n] ?? [])]),
  ) as Record<TName, number>;
}
