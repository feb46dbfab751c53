import { defineProject } from 'vitest/config';

/** The export condition that maps `@chibo/*` imports to their `src/`. */
export const sourceConditions = [
  '@chibo/source',
  'module',
  'node',
  'import',
  'default',
];

/**
 * A vitest project for one workspace package: its tests and benchmarks are
 * resolved against sibling packages' source.
 */
export function chiboProject(name: string) {
  return defineProject({
    resolve: { conditions: sourceConditions },
    ssr: { resolve: { conditions: sourceConditions } },
    test: {
      name,
      environment: 'node',
      // No test may depend on the machine's speed (issue 13): the timeouts
      // only catch a hang. A quick test that takes 1 s on a quiet machine
      // takes a few seconds beside four busy loops on 2 cores; 60 s holds at
      // far more than 4× slower. Heavy tests (property runs, differential
      // sweeps, child processes) set `slowTestTimeout` from
      // `@chibo/scenario/test-budget` themselves.
      testTimeout: 60_000,
      hookTimeout: 120_000,
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
      benchmark: { include: ['bench/**/*.bench.ts'] },
    },
  });
}
