import { defineProject, mergeConfig } from 'vitest/config';
import { chiboProject } from '../../vitest.shared.ts';

// The tests run the built binary: build it once before they start.
export default mergeConfig(
  chiboProject('cli'),
  defineProject({
    test: { globalSetup: ['test/globalSetup.ts'], testTimeout: 30_000 },
  }),
);
