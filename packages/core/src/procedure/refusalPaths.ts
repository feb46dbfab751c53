// Test helper (not exported): the paths of a function's `invalid-argument`
// refusal, for the tests of issue 13 §4.
import { expect } from 'vitest';
import { ChiboError } from '../errors';

/**
 * Run `run`, expect it to throw a `ChiboError` (`invalid-argument`) with
 * messages in both languages, and return its issues' paths, dotted.
 *
 * @param run - the call with a wrong argument.
 * @returns the paths, e.g. `['vote.for']`.
 */
export function refusalPaths(run: () => unknown): string[] {
  let thrown: unknown;
  try {
    run();
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(ChiboError);
  const error = thrown as ChiboError;
  expect(error.code).toBe('invalid-argument');
  expect(error.messages.vi).not.toBe('');
  expect(error.messages.en).not.toBe('');
  return error.issues.map((issue) => issue.path.map(String).join('.'));
}
