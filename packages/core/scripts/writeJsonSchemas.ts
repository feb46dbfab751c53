/**
 * Writes the JSON Schema of every entity into dist/json-schema/, so that the
 * published package ships them as `@chibo/core/json-schema/<name>.json`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EntityName, entitySchemas, getJsonSchema } from '../src/schemas';

const out = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'dist',
  'json-schema',
);
mkdirSync(out, { recursive: true });
for (const name of Object.keys(entitySchemas) as EntityName[]) {
  writeFileSync(
    join(out, `${name}.json`),
    `${JSON.stringify(getJsonSchema(name), null, 2)}\n`,
  );
}
console.log(
  `wrote ${Object.keys(entitySchemas).length} JSON Schemas to ${out}`,
);
