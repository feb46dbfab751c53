import { checkArgument } from '@chibo/core/schemas';
import type { z } from 'zod';

/**
 * Throw the `ChiboError` (`invalid-argument`) of an object argument with a
 * key its strict schema does not have, naming the key and the nearest known
 * one (issue 13 §4: a misspelt key is never silently dropped). Cheap when
 * every key is known, for the hot paths that check their fields by hand.
 *
 * @param name - the parameter's name, e.g. `'options'`.
 * @param schema - the strict object schema that lists the known keys.
 * @param value - the object passed.
 */
export function checkKnownKeys(
  name: string,
  schema: z.ZodObject,
  value: object,
): void {
  for (const key in value) {
    if (!Object.hasOwn(schema.shape, key)) checkArgument(name, schema, value);
  }
}

/**
 * Check an object argument whose fields are all checked later, each with
 * its own rule: here only that it is an object (not `null`, not an array)
 * and that its keys are known. Constant time on the hot path.
 *
 * @param name - the parameter's name, e.g. `'range'`.
 * @param schema - a strict object schema whose fields accept anything.
 * @param value - the value passed.
 */
export function checkObjectArgument(
  name: string,
  schema: z.ZodObject,
  value: unknown,
): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    checkArgument(name, schema, value);
  } else {
    checkKnownKeys(name, schema, value);
  }
}
