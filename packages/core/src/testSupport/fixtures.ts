/**
 * Test helpers shared by the entity, error and JSON Schema tests: fresh,
 * mutable copies of the scenario (SCENARIO.md) and checks on bilingual issues.
 * Not published (`!src/testSupport` in package.json `files`).
 */
import { marchRecord } from '@chibo/scenario';
import { expect } from 'vitest';
import { ChiboError, type ChiboIssue, type SafeParseResult } from '../index';

/** A path inside a plain value, as zod reports it. */
export type Path = readonly (string | number)[];

/** Marks a key to remove in `modify`. */
export const DELETE: unique symbol = Symbol('delete');

/** A deep copy of plain data, typed loosely so tests can change it. */
export function clone(value: unknown): Record<string, unknown> {
  return structuredClone(value) as Record<string, unknown>;
}

/** A fresh, deep copy of the March 2027 record of the scenario. */
export function scenarioRecord(): Record<string, unknown> {
  return clone(marchRecord);
}

/**
 * A copy of `base` with changes applied. Each key is a dotted path
 * (`'meeting.attendance.15.memberId'`); numeric segments index arrays. The
 * value `DELETE` removes the key (or the array element).
 */
export function modify(
  base: unknown,
  changes: Record<string, unknown>,
): Record<string, unknown> {
  const copy = clone(base);
  for (const [dotted, value] of Object.entries(changes)) {
    const path = dotted
      .split('.')
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    setIn(copy, path, value);
  }
  return copy;
}

/** Set (or, with `DELETE`, remove) the value at `path` inside `target`. */
export function setIn(target: unknown, path: Path, value: unknown): void {
  if (path.length === 0) throw new Error('empty path');
  let node = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) {
    const next = node[key];
    if (typeof next !== 'object' || next === null) {
      throw new Error(`no object at ${String(key)} in ${path.join('.')}`);
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (value === DELETE) {
    if (Array.isArray(node) && typeof last === 'number') node.splice(last, 1);
    else delete node[last];
  } else {
    node[last] = value;
  }
}

/** Every path to every value (inner nodes and leaves) inside plain data. */
export function allPaths(value: unknown, prefix: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  return entries.flatMap(([key, child]) => {
    const path = [...prefix, key];
    return [path, ...allPaths(child, path)];
  });
}

/** Contains a Vietnamese letter with a diacritic (or đ). */
export const VIETNAMESE_LETTER =
  /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Check one issue's messages: both non-empty, different, the Vietnamese one
 * in NFC and with diacritics.
 */
export function expectBilingual(issue: ChiboIssue): void {
  const { vi, en } = issue.message;
  expect(vi.trim()).not.toBe('');
  expect(en.trim()).not.toBe('');
  expect(vi).not.toBe(en);
  expect(vi).toBe(vi.normalize('NFC'));
  expect(vi).toMatch(VIETNAMESE_LETTER);
}

/**
 * Assert a safe-parse result failed with a `ChiboError` (code
 * `invalid-input`) and return the error.
 */
export function expectFailure<T>(result: SafeParseResult<T>): ChiboError {
  expect(result.success).toBe(false);
  if (result.success) throw new Error('expected a failure');
  expect(result.error).toBeInstanceOf(ChiboError);
  expect(result.error.code).toBe('invalid-input');
  expect(result.error.issues.length).toBeGreaterThan(0);
  for (const issue of result.error.issues) expectBilingual(issue);
  return result.error;
}

/** The issues' paths, sorted, for comparison regardless of order. */
export function pathsOf(error: ChiboError): PropertyKey[][] {
  return error.issues
    .map((issue) => issue.path)
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

/** Sort expected paths the same way as `pathsOf`. */
export function sortedPaths(paths: PropertyKey[][]): PropertyKey[][] {
  return [...paths].sort((a, b) =>
    JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );
}

/** The issue at `path`, or a failed assertion. */
export function issueAt(error: ChiboError, path: PropertyKey[]): ChiboIssue {
  const issue = error.issues.find(
    (i) => JSON.stringify(i.path) === JSON.stringify(path),
  );
  expect(issue, `no issue at ${JSON.stringify(path)}`).toBeDefined();
  return issue as ChiboIssue;
}
