import { z } from 'zod';
import {
  type EntityName,
  entityLabels,
  entitySchemas,
} from './entities/registry';
import { ChiboError, type SafeParseResult, safeParseWith } from './errors';

/** `name` is one of the entities with a JSON Schema. */
function checkEntityName(name: unknown): asserts name is EntityName {
  if (typeof name !== 'string' || !Object.hasOwn(entitySchemas, name)) {
    const names = Object.keys(entitySchemas).join(', ');
    throw new ChiboError('invalid-argument', {
      vi: `Không có thực thể ${typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : typeof name}; các thực thể: ${names}.`,
      en: `No entity ${typeof name === 'string' ? JSON.stringify(name.slice(0, 40)) : typeof name}; the entities are ${names}.`,
    });
  }
}

/**
 * The JSON Schema (draft 2020-12) of an entity, generated from its zod schema,
 * for systems in other languages to validate the same data. It describes what
 * a system sends: dates as ISO 8601 strings, optional fields with defaults
 * left out. Cross-reference checks (an attendance line naming a member who is
 * not in the cell…) are beyond JSON Schema; run `chibo validate` or
 * `parseMeetingRecord` for those.
 *
 * @param name - the entity, e.g. `'meeting'`.
 * @returns the schema as a plain object.
 * @throws ChiboError (`invalid-argument`) for a name that is not an entity's.
 * @example
 * ```ts
 * const schema = getJsonSchema('member');
 * schema.required; // ['id', 'name', 'standing']
 * ```
 */
export function getJsonSchema(name: EntityName): Record<string, unknown> {
  checkEntityName(name);
  const schema = z.toJSONSchema(entitySchemas[name], {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'throw',
  }) as Record<string, unknown>;
  return {
    ...schema,
    $id: `https://unpkg.com/@chibo/core/dist/json-schema/${name}.json`,
    title: entityLabels[name].en,
    description: `${entityLabels[name].vi} (chibo, @chibo/core)`,
  };
}

/**
 * Validate any entity by its name, as `chibo validate` and services that
 * receive several kinds of payload do.
 *
 * @param name - the entity, e.g. `'meeting-record'`.
 * @param input - the value to check.
 * @returns `{ success: true, data }` or `{ success: false, error }` with every
 *   issue in Vietnamese and English.
 * @throws ChiboError (`invalid-argument`) for a name that is not an entity's.
 * @example
 * ```ts
 * const result = safeParseEntity('member', { id: 'm01', name: 'Hoàng Văn Minh', standing: 'official' });
 * result.success; // true
 * ```
 */
export function safeParseEntity<TName extends EntityName>(
  name: TName,
  input: unknown,
): SafeParseResult<z.output<(typeof entitySchemas)[TName]>> {
  checkEntityName(name);
  return safeParseWith(
    entitySchemas[name],
    input,
    entityLabels[name],
  ) as SafeParseResult<z.output<(typeof entitySchemas)[TName]>>;
}
