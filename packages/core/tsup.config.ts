import { defineConfig } from 'tsup';

// The entries: `@chibo/core`, `@chibo/core/machine` and `@chibo/core/persist`
// (the only ones that load xstate), `@chibo/core/rating`, and by topic
// `@chibo/core/schemas`, `@chibo/core/i18n`, `@chibo/core/time` and
// `@chibo/core/year`. Splitting puts the code they share in
// chunks, in CJS as well as ESM, so every entry sees the same `ChiboError`
// class and the same schemas (`instanceof` holds across entries).
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    machine: 'src/machine.ts',
    persist: 'src/persist.ts',
    rating: 'src/rating.ts',
    schemas: 'src/schemas.ts',
    i18n: 'src/i18nEntry.ts',
    time: 'src/timeEntry.ts',
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
