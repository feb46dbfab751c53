import { defineConfig } from 'tsup';

// One self-contained binary: the workspace packages are bundled from their
// source, their runtime dependencies (zod, docx) stay imports.
export default defineConfig({
  entry: ['src/bin.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: false,
  banner: { js: '#!/usr/bin/env node' },
  noExternal: [/^@chibo\//],
  esbuildOptions(options) {
    options.conditions = ['@chibo/source', 'import', 'module', 'default'];
  },
});
