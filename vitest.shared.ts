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
      include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
      typecheck: { enabled: true, include: ['src/**/*.test-d.ts'] },
      benchmark: { include: ['bench/**/*.bench.ts'] },
    },
  });
}
