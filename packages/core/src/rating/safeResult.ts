import { ChiboError, type SafeParseResult } from '../errors';

/**
 * Run a function of the rating and return `{ success, data | error }`: its
 * value, or the `ChiboError` it threw (any other error is a bug, thrown).
 */
export function safeResult<T>(run: () => T): SafeParseResult<T> {
  try {
    return { success: true, data: run() };
  } catch (error) {
    if (error instanceof ChiboError) return { success: false, error };
    throw error;
  }
}
