/**
 * The audit of a public API against wrong-typed arguments (issue 13 §4):
 * every exported function, called with its valid sample arguments damaged
 * by fast-check (an argument, or any value inside one, replaced by
 * `undefined`, `null`, `NaN`, `Infinity`, a string where a number goes, a
 * number where a string goes, an object, an array, a deep object…), either
 * returns or throws a `ChiboError`: never a `TypeError` or a `RangeError`.
 * Where a returned value could be a plausible wrong answer, the case's
 * `check` says what the arguments must have been. Shared by the audits of
 * `@chibo/core`, `@chibo/schedule` and `@chibo/docx`; not published.
 */
import { propertyRuns, slowTestTimeout } from '@chibo/scenario/test-budget';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { ChiboError } from '../index';
import { type Path, setIn } from './fixtures';

/** How one exported function is called in the audit. */
export interface AuditCase {
  /** Valid arguments: the audit damages them. */
  args: readonly unknown[];
  /** Called with `new` (a class). */
  construct?: boolean | undefined;
  /**
   * Checks a value returned for damaged arguments (an async iterable's or a
   * generator's items, as an array); throws or rejects when it is wrong.
   */
  check?:
    | ((result: unknown, args: unknown[]) => void | Promise<void>)
    | undefined;
}

/** A 300-deep object: deeper than any entity, shallow enough for JSON. */
function deepObject(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** The wrong values the audit puts where a right one goes. */
export const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(
    undefined,
    null,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0.5,
    -1,
    2 ** 53,
    1e21,
    '2027',
    '',
    ' ',
    'x',
    '2027-13-45',
    true,
    false,
    {},
    [],
    [null],
    new Date(Number.NaN),
    { year: '2027', month: 'x', day: null },
    deepObject(300),
  ),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 12 }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 4 })), {
    maxLength: 3,
  }),
  fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 2 }), {
    maxKeys: 3,
  }),
);

/** Plain data: an array or an object literal (not a schema, a date…). */
function isPlain(value: unknown): value is Record<string | number, unknown> {
  return (
    Array.isArray(value) ||
    (typeof value === 'object' &&
      value !== null &&
      Object.getPrototypeOf(value) === Object.prototype)
  );
}

/** Every path inside plain data (a zod schema passed as an argument is left whole). */
function plainPaths(value: unknown, prefix: Path): Path[] {
  if (!isPlain(value)) return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...plainPaths(child, path)];
  });
}

/** Every path inside the arguments: an argument itself, or a value in one. */
function argumentPaths(args: readonly unknown[]): Path[] {
  const paths: Path[] = [];
  for (let i = 0; i < Math.max(args.length, 1) + 1; i++) {
    paths.push([i], ...plainPaths(args[i], [i]));
  }
  return paths;
}

/** A deep copy of plain objects and arrays; functions, dates and class instances are shared. */
function copyPlain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyPlain);
  if (isPlain(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, child]) => [key, copyPlain(child)]),
    );
  }
  return value;
}

/**
 * A fresh copy of a garbage value: plain data and dates are never shared, so
 * a later hit that writes inside an earlier one (or a function that writes
 * into its argument) cannot change `garbage`'s constants (`deepObject(300)`
 * made cyclic) or a value fast-check keeps for shrinking.
 */
function copyGarbage(value: unknown): unknown {
  if (value instanceof Date) return new Date(value.getTime());
  return copyPlain(value);
}

/** The valid arguments with one to three values damaged. */
export function damagedArguments(
  args: readonly unknown[],
): fc.Arbitrary<unknown[]> {
  const paths = argumentPaths(args);
  const hit = fc.tuple(fc.constantFrom(...paths), garbage);
  return fc.array(hit, { minLength: 1, maxLength: 3 }).map((hits) => {
    const copy = copyPlain(args) as unknown[];
    for (const [path, value] of hits) {
      try {
        setIn(copy, path, copyGarbage(value));
      } catch {
        // An earlier hit replaced the path's parent with a primitive.
      }
    }
    return copy;
  });
}

/** Whether a value is an async iterable (a `renderMany`'s documents…). */
function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] ===
      'function'
  );
}

/**
 * Whether a value is a lazy iterator (a generator): it does its work, and
 * throws, only when iterated. Arrays, maps and strings are not.
 */
function isLazyIterator(value: unknown): value is IterableIterator<unknown> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Iterator<unknown>).next === 'function' &&
    typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

/**
 * Call `fn` as the case says and settle what it returns: a promise is
 * awaited, and an async iterable or a generator is iterated to the end (its
 * items, in an array, are the result), since that is where it does its work
 * and throws.
 */
async function settle(
  fn: (...args: unknown[]) => unknown,
  auditCase: AuditCase,
  args: unknown[],
): Promise<unknown> {
  let result = auditCase.construct
    ? new (fn as unknown as new (...a: unknown[]) => unknown)(...args)
    : fn(...args);
  if (result instanceof Promise) result = await result;
  if (isAsyncIterable(result)) {
    const items: unknown[] = [];
    for await (const item of result) items.push(item);
    return items;
  }
  if (isLazyIterator(result)) return [...result];
  return result;
}

/**
 * Call `fn` as the case says and assert the outcome: a value (checked by
 * `check`, awaited), or a `ChiboError`, thrown at once, by the promise or
 * while iterating the result.
 */
export async function expectChiboOutcome(
  fn: (...args: unknown[]) => unknown,
  auditCase: AuditCase,
  args: unknown[],
): Promise<void> {
  let result: unknown;
  try {
    result = await settle(fn, auditCase, args);
  } catch (error) {
    if (!(error instanceof ChiboError)) {
      throw new Error(
        `${fn.name} threw ${String(error)} for ${describe(args)}`,
        { cause: error },
      );
    }
    expect(error.messages.vi).not.toBe('');
    expect(error.messages.en).not.toBe('');
    return;
  }
  await auditCase.check?.(result, args);
}

/** Arguments in a failure message, cut short. */
function describe(args: unknown[]): string {
  try {
    return JSON.stringify(args, (_key, value) =>
      value === undefined ? '(undefined)' : value,
    ).slice(0, 300);
  } catch {
    return '(unprintable arguments)';
  }
}

/**
 * One test per exported function of a module, and one that every exported
 * function has a case (or is listed as skipped, with the reason).
 *
 * @param module - the module's namespace (`import * as core`).
 * @param cases - a case for each function, by export name.
 * @param skipped - exports not audited here, with why.
 * @param broken - exports known to fail and not fixed yet: skipped, unless
 *   `CHIBO_AUDIT_ALL=1`.
 */
export function auditModule(
  module: Record<string, unknown>,
  cases: Record<string, AuditCase>,
  skipped: Record<string, string> = {},
  broken: readonly string[] = [],
): void {
  it('has a case for every exported function', () => {
    const functions = Object.keys(module).filter(
      (name) => typeof module[name] === 'function' && !(name in skipped),
    );
    expect(functions.filter((name) => !(name in cases))).toEqual([]);
  });
  for (const [name, auditCase] of Object.entries(cases)) {
    const fn = module[name] as (...args: unknown[]) => unknown;
    const known = broken.includes(name) && !process.env.CHIBO_AUDIT_ALL;
    (known ? it.skip : it)(
      `${name}: returns or throws ChiboError for wrong arguments${known ? ' (known broken: see the list)' : ''}`,
      async () => {
        expect(typeof fn).toBe('function');
        // The valid arguments work.
        await settle(fn, auditCase, copyPlain(auditCase.args) as unknown[]);
        await fc.assert(
          fc.asyncProperty(damagedArguments(auditCase.args), (args) =>
            expectChiboOutcome(fn, auditCase, args),
          ),
          { numRuns: propertyRuns(300) },
        );
      },
      slowTestTimeout,
    );
  }
}

/** A `check`: a returned value means argument `index` was a safe integer in `[min, max]`. */
export function integerArgument(
  index: number,
  min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER,
): (result: unknown, args: unknown[]) => void {
  return (_result, args) => {
    const value = args[index];
    expect(Number.isSafeInteger(value), `argument ${index}: ${value}`).toBe(
      true,
    );
    expect(value as number).toBeGreaterThanOrEqual(min);
    expect(value as number).toBeLessThanOrEqual(max);
  };
}

/** A `check`: a returned value means argument `index` was a finite number. */
export function finiteArgument(
  index: number,
): (result: unknown, args: unknown[]) => void {
  return (_result, args) => {
    expect(Number.isFinite(args[index]), `argument ${index}`).toBe(true);
  };
}
