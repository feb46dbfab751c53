/**
 * A small memo of promises by key, for work a process does once and reuses
 * (the static parts of a page, a prepared template). At most `size` entries
 * are kept (all are dropped when it fills), and a promise that rejects is
 * forgotten so the next call tries again.
 *
 * @param size - how many entries to keep.
 * @returns `get(key, make)`: the promise kept for `key`, or `make()`'s.
 */
export function createPromiseCache<T>(size: number) {
  const kept = new Map<string, Promise<T>>();
  return (key: string, make: () => Promise<T>): Promise<T> => {
    let value = kept.get(key);
    if (!value) {
      if (kept.size >= size) kept.clear();
      value = make();
      kept.set(key, value);
      value.catch(() => kept.delete(key));
    }
    return value;
  };
}
