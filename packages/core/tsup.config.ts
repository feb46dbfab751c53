import { defineConfig } from 'tsup';

// Four entries: `@chibo/core`, `@chibo/core/machine` and `@chibo/core/persist`
// (the only ones that load xstate) and `@chibo/core/rating`. Splitting puts the code they share in
// chunks, in CJS as well as ESM, so every entry sees the same `ChiboError`
// class and the same schemas (`instanceof` holds across entries).
export default defineConfig({
  entry: ['src/index.ts', 'src/machine.ts', 'src/persist.ts', 'src/rating.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  target: 'es2022',
  treeshake: true,
});
