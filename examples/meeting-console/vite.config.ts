import { defaultClientConditions, defineConfig } from 'vite';

/**
 * The meeting console: `@chibo/*` resolve to their TypeScript source through
 * the `@chibo/source` export condition, so nothing needs to be built first.
 */
export default defineConfig({
  resolve: { conditions: ['@chibo/source', ...defaultClientConditions] },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
});
