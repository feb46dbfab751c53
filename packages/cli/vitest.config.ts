import { defineProject, mergeConfig } from 'vitest/config';
import { chiboProject } from '../../vitest.shared.ts';
// By path: the config loader bundles relative imports only, and Node cannot
// load the package's TypeScript export itself.
import { slowTestTimeout } from '../scenario/src/testBudget.ts';

// The tests run the built binary: build it once before they start. Each test
// spawns child processes, so every timeout holds on a machine 4× slower.
export default mergeConfig(
  chiboProject('cli'),
  defineProject({
    test: {
      globalSetup: ['test/globalSetup.ts'],
      testTimeout: slowTestTimeout,
      hookTimeout: slowTestTimeout,
    },
  }),
);
