function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The keys JSON would keep: own, enumerable, with a defined value. */
function definedKeys(value: Record<string, unknown>): string[] {
  return Object.keys(value).filter((key) => value[key] !== undefined);
}

/**
 * Where two values first differ as JSON would store them: key order does not
 * matter, and a key whose value is `undefined` counts as absent (so a live
 * snapshot and its JSON round trip are the same).
 *
 * @param a - one value (for deep values, screen it first: this recurses).
 * @param b - the other.
 * @returns the path of the first difference, or `undefined` when they agree.
 */
export function findJsonDifference(
  a: unknown,
  b: unknown,
): PropertyKey[] | undefined {
  if (Object.is(a, b)) return undefined;
  if (!isObject(a) || !isObject(b)) {
    // JSON has one zero.
    return a === b ? undefined : [];
  }
  if (Array.isArray(a) !== Array.isArray(b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const length = Math.max(a.length, b.length);
    for (let i = 0; i < length; i++) {
      if (i >= a.length || i >= b.length) return [i];
      const inner = findJsonDifference(a[i], b[i]);
      if (inner) return [i, ...inner];
    }
    return undefined;
  }
  const keysOfA = definedKeys(a);
  const keysOfB = new Set(definedKeys(b));
  for (const key of keysOfA) {
    if (!keysOfB.has(key)) return [key];
    const inner = findJsonDifference(a[key], b[key]);
    if (inner) return [key, ...inner];
  }
  for (const key of keysOfB) {
    if (a[key] === undefined) return [key];
  }
  return undefined;
}
