import type { z } from 'zod';
import { ChiboError, type SafeParseResult, safeParseWith } from '../errors';

/** One argument of a public function: its name, its schema, the value passed. */
export type ArgumentCheck = readonly [
  name: string,
  schema: z.ZodType,
  value: unknown,
];

/**
 * Validate one argument of a public function with its zod schema: the
 * parsed value, or a `ChiboError` (`invalid-argument`) whose issues' paths
 * start with the argument's name.
 *
 * @param name - the parameter's name, e.g. `'year'`.
 * @param schema - what the parameter accepts.
 * @param value - the value passed.
 * @returns the parsed value.
 * @throws ChiboError `invalid-argument`, with every issue in vi and en.
 * @example
 * ```ts
 * checkArgument('year', z.number().int(), '2027');
 * // throws ChiboError: Tham số "year" không hợp lệ: 1 lỗi. / Invalid argument "year": 1 problem.
 * ```
 */
export function checkArgument<TSchema extends z.ZodType>(
  name: string,
  schema: TSchema,
  value: unknown,
): z.output<TSchema> {
  const result = parseArgument(name, schema, value, undefined);
  if (result.success) return result.data;
  throw result.error;
}

/** `checkArgument`'s result, with the error the wrong argument caused. */
function parseArgument<TSchema extends z.ZodType>(
  name: string,
  schema: TSchema,
  value: unknown,
  cause: unknown,
): SafeParseResult<z.output<TSchema>> {
  if (typeof name !== 'string' || typeof schema?._zod?.def !== 'object') {
    throw new ChiboError('invalid-argument', {
      vi: 'Cần tên tham số dạng chuỗi và một lược đồ zod.',
      en: 'Expected the parameter name as a string and a zod schema.',
    });
  }
  const result = safeParseWith(schema, value, {
    vi: `Tham số "${name}"`,
    en: `argument "${name}"`,
  });
  if (result.success) return result;
  const { messages, issues } = result.error;
  const error = new ChiboError('invalid-argument', messages, {
    issues: issues.map((issue) => ({ ...issue, path: [name, ...issue.path] })),
    cause: cause ?? result.error,
  });
  return { success: false, error };
}

/** The kind of value a schema wants, checked in constant time. */
function hasKind(schema: z.ZodType, value: unknown): boolean {
  const def = schema._zod.def as { type: string; innerType?: z.ZodType };
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'prefault':
      return value === undefined || hasKind(def.innerType as z.ZodType, value);
    case 'nullable':
      return value === null || hasKind(def.innerType as z.ZodType, value);
    case 'object':
    case 'record':
      return (
        typeof value === 'object' && value !== null && !Array.isArray(value)
      );
    case 'array':
      return Array.isArray(value);
    default:
      return schema.safeParse(value).success;
  }
}

/**
 * Run the body of a public function that takes validated entities, so that
 * a wrong argument gives a `ChiboError` (`invalid-argument`) and never a
 * `TypeError` or a plausible wrong answer. Each argument's kind (an object,
 * an array, a valid number or string…) is checked first, in constant time;
 * the body runs on the host's data as it is, without copying; and if it
 * throws anything but a `ChiboError` (or an `invalid-argument` one from a
 * function it called), the arguments are validated in full to say which one
 * is wrong and where. An error that valid arguments raise is thrown as it is.
 *
 * @param checks - each argument's name, schema and value.
 * @param body - the function's work.
 * @returns what `body` returns.
 * @throws ChiboError `invalid-argument` for a wrong argument.
 * @example
 * ```ts
 * export function countPresent(meeting: Meeting): number {
 *   return guardArguments([['meeting', Meeting, meeting]], () =>
 *     meeting.attendance.filter((line) => line.status === 'present').length,
 *   );
 * }
 * ```
 */
export function guardArguments<TResult>(
  checks: readonly ArgumentCheck[],
  body: () => TResult,
): TResult {
  if (!Array.isArray(checks) || typeof body !== 'function') {
    throw new ChiboError('invalid-argument', {
      vi: 'guardArguments cần danh sách [tên, lược đồ, giá trị] và một hàm.',
      en: 'guardArguments needs a list of [name, schema, value] and a function.',
    });
  }
  for (const check of checks) {
    const [name, schema, value] = Array.isArray(check) ? check : [];
    if (typeof schema?._zod?.def !== 'object' || !hasKind(schema, value)) {
      checkArgument(name, schema, value);
    }
  }
  try {
    return body();
  } catch (error) {
    // A ChiboError the body raised on purpose is its answer; but a wrong
    // argument of a function the body called (`invalid-argument`) may come
    // from a wrong argument here, which is then the one to name.
    if (error instanceof ChiboError && error.code !== 'invalid-argument')
      throw error;
    for (const [name, schema, value] of checks) {
      const result = parseArgument(name, schema, value, error);
      if (!result.success) throw result.error;
    }
    throw error;
  }
}
