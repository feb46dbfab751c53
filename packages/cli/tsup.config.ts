import { defineConfig } from 'tsup';

// One self-contained binary: the workspace packages are bundled from their
// source, their runtime dependencies (zod, docx) stay imports. xstate, which
// only `chibo meeting` needs (through @chibo/core/machine), and fflate, the
// deflate of @chibo/docx (R-DOC-9), are bundled too: the CLI does not list
// them as dependencies of its own.
export default defineConfig({
  entry: ['src/bin.ts'],
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  sourcemap: false,
  banner: { js: '#!/usr/bin/env node' },
  noExternal: [/^@chibo\//, 'xstate', 'fflate'],
  esbuildOptions(options) {
    options.conditions = ['@chibo/source', 'import', 'module', 'default'];
  },
});
