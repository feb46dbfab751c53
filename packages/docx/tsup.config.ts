import { defineConfig } from 'tsup';

// The entries: `@chibo/docx`, `@chibo/docx/template` (a province's own form,
// the only one that loads docx-templates) and `@chibo/docx/year` (the dues
// book and the year's report). Splitting puts the code they share in chunks,
// in CJS as well as ESM, so all see the same builders.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    template: 'src/template/index.ts',
    year: 'src/year/index.ts',
  },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  target: 'es2022',
  treeshake: true,
});
