import { ChiboError, type ChiboErrorCode } from '@chibo/core';
import { expect } from 'vitest';

/** What `run` throws, or `undefined`. */
function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/**
 * Assert that `run` throws a `ChiboError` with an `unrecognized_keys` issue
 * at `path` that names `key` and the known key it meant, in Vietnamese and
 * English (issue 13 §4). Returns the error.
 */
export function expectUnknownKey(
  run: () => unknown,
  expected: {
    key: string;
    nearest: string;
    path: PropertyKey[];
    code?: ChiboErrorCode;
  },
): ChiboError {
  const error = thrownBy(run);
  if (!(error instanceof ChiboError)) {
    throw new Error(`Expected a ChiboError, got ${String(error)}.`);
  }
  if (expected.code) expect(error.code).toBe(expected.code);
  const issue = error.issues.find((i) => i.code === 'unrecognized_keys');
  expect(issue?.path).toEqual(expected.path);
  expect(issue?.message.en).toBe(
    `Unknown key "${expected.key}": did you mean "${expected.nearest}"?`,
  );
  expect(issue?.message.vi).toBe(
    `Không có trường "${expected.key}": có phải ý bạn là "${expected.nearest}"?`,
  );
  return error;
}
