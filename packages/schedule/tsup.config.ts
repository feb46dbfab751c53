import { defineConfig } from 'tsup';

const shared = {
  sourcemap: true,
  target: 'es2022',
  treeshake: true,
} as const;

export default defineConfig([
  {
    // ESM: one file per module (shared code split into chunks), so that with
    // `"sideEffects": false` a bundler keeps only the modules an app imports:
    // `solarToLunar` alone does not pull in holidays or the iCalendar writer.
    ...shared,
    entry: [
      'src/**/*.ts',
      '!src/**/*.test.ts',
      '!src/**/*.test-d.ts',
      '!src/testSupport/**',
    ],
    format: ['esm'],
    splitting: true,
    dts: { entry: 'src/index.ts' },
  },
  {
    // CommonJS: one file, for require().
    ...shared,
    entry: ['src/index.ts'],
    format: ['cjs'],
    dts: { entry: 'src/index.ts' },
  },
]);
