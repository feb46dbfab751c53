import { describe, expect, it } from 'vitest';
import { createPromiseCache } from './promiseCache';

describe('createPromiseCache', () => {
  it('makes each key once, keeps at most its size, and forgets a rejection', async () => {
    const get = createPromiseCache<number>(2);
    let made = 0;
    const make = (n: number) => () => {
      made += 1;
      return Promise.resolve(n);
    };
    expect(await get('a', make(1))).toBe(1);
    expect(await get('a', make(9))).toBe(1);
    expect(made).toBe(1);
    await get('b', make(2));
    await get('c', make(3)); // full: everything kept so far is dropped
    expect(await get('a', make(4))).toBe(4);
    expect(made).toBe(4);

    const failing = get('x', () => Promise.reject(new Error('no')));
    await expect(failing).rejects.toThrow('no');
    expect(await get('x', make(5))).toBe(5);
  });
});
