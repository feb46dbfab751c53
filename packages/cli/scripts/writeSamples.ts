/**
 * Writes the samples a team outside JavaScript starts from into examples/:
 * the March 2027 meeting of Chi bộ thôn Trang Nùng (SCENARIO.md) from
 * `@chibo/scenario` as a record, the same meeting as planned, its events in
 * order, and the JSON Schema of a record. `pnpm --filter @chibo/cli sample`;
 * test/samples.test.ts fails when a file is out of date.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getSamples } from './samples';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'examples');
mkdirSync(out, { recursive: true });
const samples = getSamples();
for (const [name, text] of Object.entries(samples)) {
  writeFileSync(join(out, name), text);
}
console.log(`wrote ${Object.keys(samples).length} samples to ${out}`);
