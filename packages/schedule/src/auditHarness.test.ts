import { ChiboError } from '@chibo/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  damagedArguments,
  expectChiboOutcome,
} from '../../core/src/testSupport/apiAudit';

// The audit harness of issue 13 §4 (shared by the audits of core, schedule
// and docx), checked here: a harness that tests less than it says lets a
// TypeError through unseen.

/** Every object and array reachable from a value. */
function objectsIn(value: unknown, seen = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || seen.has(value)) {
    return seen;
  }
  seen.add(value);
  for (const child of Object.values(value)) objectsIn(child, seen);
  return seen;
}

const typeError = () =>
  new TypeError("Cannot read properties of undefined (reading 'from')");
const refusal = () =>
  new ChiboError('invalid-argument', {
    vi: 'Sai tham số.',
    en: 'Wrong argument.',
  });

describe('the API audit harness (issue 13 §4)', () => {
  it('damaged arguments share no object with one another, so a hit never writes into a shared garbage value', () => {
    const samples = fc.sample(damagedArguments([{ a: { b: 1 }, c: [1] }, 2]), {
      seed: 13,
      numRuns: 2000,
    });
    const owner = new Map<object, number>();
    samples.forEach((sample, index) => {
      for (const object of objectsIn(sample)) {
        const first = owner.get(object) ?? index;
        expect(first, 'an object in two samples').toBe(index);
        owner.set(object, index);
      }
      // Never cyclic (deepObject(300) written into itself).
      expect(() => JSON.stringify(sample)).not.toThrow();
    });
  });

  it('iterates a returned async iterable: a TypeError while iterating fails the case', async () => {
    async function* documents(ok: unknown) {
      yield 1;
      if (ok !== true) throw typeError();
    }
    const fn = (ok: unknown) => documents(ok);
    await expect(
      expectChiboOutcome(fn, { args: [true] }, [null]),
    ).rejects.toThrow(/threw TypeError/);
    // A ChiboError while iterating is a right outcome.
    async function* refused() {
      yield* [];
      throw refusal();
    }
    await expect(
      expectChiboOutcome(() => refused(), { args: [] }, []),
    ).resolves.toBeUndefined();
  });

  it('iterates a returned generator, and gives check the items', async () => {
    function* lazy(ok: unknown) {
      yield 'a';
      if (ok !== true) throw typeError();
      yield 'b';
    }
    const fn = (ok: unknown) => lazy(ok);
    await expect(expectChiboOutcome(fn, { args: [true] }, [0])).rejects.toThrow(
      /threw TypeError/,
    );
    const seen: unknown[] = [];
    await expectChiboOutcome(
      fn,
      { args: [true], check: (result) => void seen.push(result) },
      [true],
    );
    expect(seen).toEqual([['a', 'b']]);
  });

  it('awaits an async check: its rejection fails the case', async () => {
    const check = async (_result: unknown, args: unknown[]) => {
      await Promise.resolve();
      expect(args[0]).toBe(1);
    };
    await expect(
      expectChiboOutcome((n: unknown) => n, { args: [1], check }, [2]),
    ).rejects.toThrow();
    await expect(
      expectChiboOutcome((n: unknown) => n, { args: [1], check }, [1]),
    ).resolves.toBeUndefined();
  });
});
