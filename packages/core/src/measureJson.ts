/**
 * A walk over any value within limits of depth and size, without recursing
 * past the depth limit, so that a 100,000-deep or cyclic value cannot
 * overflow the stack (zod's `z.json()` and `JSON.stringify` recurse). The
 * meeting machine screens every event with it and the entities' `meta` field
 * its host data.
 */

/** What is wrong with a value that a walk within limits refused. */
export type JsonLimitProblem = 'too-deep' | 'too-large';

/** The verdict of {@link measureJson}. */
export type JsonMeasure =
  | { ok: true; plain: boolean }
  | { ok: false; problem: JsonLimitProblem; path: PropertyKey[] };

/** The limits of a walk over a value. */
export interface JsonLimits {
  maxDepth: number;
  maxSize: number;
}

// The state of the walk in progress, kept in module variables rather than an
// object: screening runs on every event, and this is what keeps it cheap.
let maxDepth = 0;
let maxSize = 0;
let size = 0;
/** Already what `toPlainEvent` makes of it (plain JSON). */
let plain = true;
let problem: JsonLimitProblem = 'too-large';
/** Where the problem is, built on the way back up (costs nothing otherwise). */
let path: PropertyKey[] = [];

function withinSize(): boolean {
  if (size <= maxSize) return true;
  problem = 'too-large';
  return false;
}

function walkValue(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
      size += value.length + 1;
      return withinSize();
    case 'number':
      // JSON writes NaN and ±Infinity as null, and -0 as 0.
      if (!Number.isFinite(value) || Object.is(value, -0)) plain = false;
      size += 1;
      return withinSize();
    case 'boolean':
      size += 1;
      return withinSize();
    case 'bigint':
      plain = false;
      size += value.toString(36).length + 1;
      return withinSize();
    case 'object':
      if (value === null) {
        size += 1;
        return withinSize();
      }
      return walkObject(value, depth);
    default:
      // undefined, functions and symbols are dropped from the log.
      plain = false;
      return true;
  }
}

function walkObject(value: object, depth: number): boolean {
  if (depth >= maxDepth) {
    problem = 'too-deep';
    return false;
  }
  size += 1;
  if (Array.isArray(value)) {
    if (value.length > maxSize - size) {
      problem = 'too-large';
      return false;
    }
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined) plain = false;
      else if (!walkValue(item, depth + 1)) {
        path.unshift(i);
        return false;
      }
    }
    return withinSize();
  }
  if (value instanceof Date) {
    plain = false;
    return true;
  }
  const ownOnly = Object.getPrototypeOf(value) !== Object.prototype;
  if (ownOnly) plain = false;
  for (const key in value) {
    if (ownOnly && !Object.hasOwn(value, key)) continue;
    size += key.length + 1;
    const item: unknown = (value as Record<string, unknown>)[key];
    if (item === undefined) plain = false;
    else if (!walkValue(item, depth + 1)) {
      path.unshift(key);
      return false;
    }
  }
  return withinSize();
}

const PLAIN: JsonMeasure = { ok: true, plain: true };
const NOT_PLAIN: JsonMeasure = { ok: true, plain: false };

/**
 * Walk a value within limits of depth and size, without recursing past
 * `maxDepth` (so a 100,000-deep value cannot overflow the stack).
 *
 * @param value - any value.
 * @param limits - the deepest nesting and the largest size allowed.
 * @returns whether it is plain JSON (what `JSON.stringify` gives back as it
 *   is), or the problem and where it is.
 */
export function measureJson(value: unknown, limits: JsonLimits): JsonMeasure {
  maxDepth = limits.maxDepth;
  maxSize = limits.maxSize;
  size = 0;
  plain = true;
  if (walkValue(value, 0)) return plain ? PLAIN : NOT_PLAIN;
  const at = path.map(shortKey);
  path = [];
  return { ok: false, problem, path: at };
}

/** A path key short enough to keep in the log and quote in a message. */
export function shortKey(key: PropertyKey): PropertyKey {
  return typeof key === 'string' && key.length > 100
    ? `${key.slice(0, 100)}…`
    : key;
}
