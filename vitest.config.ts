import { defineConfig } from 'vitest/config';

/**
 * One root config, one project per package (and the examples). Each project
 * resolves sibling `@chibo/*` packages to their TypeScript source through the
 * `@chibo/source` export condition, so nothing needs to be built first.
 */
export default defineConfig({
  test: {
    projects: ['packages/*', 'examples/*'],
  },
});
