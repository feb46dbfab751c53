/**
 * Budgets for chibo's long tests, so that none depends on the machine's speed.
 *
 * Property, fuzz and differential tests run a modest number of cases by
 * default, so that a developer's `pnpm test:unit` stays quick even on a
 * loaded 2-core machine; CI (`CI=true`) and `CHIBO_FULL_PROPERTY=1` run the
 * full number. Either way the timeout of a long test is {@link slowTestTimeout},
 * which holds on a machine four times slower than a quiet one.
 */

/** True when the full property runs are asked for: in CI, or with `CHIBO_FULL_PROPERTY=1`. */
export function isFullPropertyRun(): boolean {
  const { CI, CHIBO_FULL_PROPERTY } = process.env;
  const on = (value: string | undefined) =>
    value !== undefined && value !== '' && value !== '0' && value !== 'false';
  return on(CI) || on(CHIBO_FULL_PROPERTY);
}

/**
 * The number of cases a property test runs: `full` in CI or with
 * `CHIBO_FULL_PROPERTY=1`, a fifth of it (at least 10) otherwise.
 *
 * @param full - the number of cases of the full run.
 * @returns the number of cases to run now.
 * @example
 * ```ts
 * fc.assert(property, { numRuns: propertyRuns(500) });
 * ```
 */
export function propertyRuns(full: number): number {
  if (isFullPropertyRun()) return full;
  return Math.min(full, Math.max(10, Math.ceil(full / 5)));
}

/**
 * The timeout, in milliseconds, of a test that does heavy work (a property
 * run, a differential sweep, a child process): generous enough to hold at
 * four times slower than a quiet machine, so only a hang fails it.
 */
export const slowTestTimeout = 240_000;

/**
 * Report the progress of a long step on stderr (vitest shows it beside the
 * test), so that a slow run is visibly alive.
 *
 * @param label - what is being done, e.g. `'lunar oracle'`.
 * @param done - how much is done.
 * @param total - how much there is.
 */
export function reportProgress(label: string, done: number, total: number) {
  process.stderr.write(`[${label}] ${done}/${total}\n`);
}
