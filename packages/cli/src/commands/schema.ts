import { type EntityName, getJsonSchema } from '@chibo/core';
import { entitySchemas } from '@chibo/core/schemas';
import { getInputPath, getString, UsageError } from '../args';
import type { Command } from '../command';
import { writeOutput } from '../io';

/** The entity names `chibo schema` and `chibo validate --entity` accept. */
export const ENTITY_NAMES = Object.keys(entitySchemas) as EntityName[];

/** The entity of that name, or a usage error listing the names. */
export function getEntityName(name: string): EntityName {
  if ((ENTITY_NAMES as string[]).includes(name)) return name as EntityName;
  throw new UsageError({
    vi: `Không có thực thể "${name}". Có: ${ENTITY_NAMES.join(', ')}.`,
    en: `Unknown entity "${name}". Known: ${ENTITY_NAMES.join(', ')}.`,
  });
}

/** `chibo schema`: the JSON Schema (draft 2020-12) of an entity. */
export const schema: Command = {
  name: 'schema',
  summary: {
    vi: 'In JSON Schema của một thực thể',
    en: 'Print the JSON Schema of an entity',
  },
  usage: `schema <${ENTITY_NAMES.join('|')}> [-o out.json]`,
  help: {
    vi: 'In JSON Schema (draft 2020-12) để hệ thống khác (Java, .NET, PHP…) kiểm tra dữ liệu trước khi gửi.\nVí dụ: chibo schema meeting-record -o meeting-record.schema.json',
    en: 'Prints the JSON Schema (draft 2020-12) so that other systems (Java, .NET, PHP…) can check their data before sending it.\nExample: chibo schema meeting-record -o meeting-record.schema.json',
  },
  options: { output: { type: 'string', short: 'o' } },
  async run(args) {
    const name = getInputPath(args);
    if (name === undefined) {
      throw new UsageError({
        vi: `Thiếu tên thực thể. Có: ${ENTITY_NAMES.join(', ')}.`,
        en: `Missing the entity name. Known: ${ENTITY_NAMES.join(', ')}.`,
      });
    }
    const json = JSON.stringify(getJsonSchema(getEntityName(name)), null, 2);
    await writeOutput(getString(args, 'output'), `${json}\n`);
    return 0;
  },
};
