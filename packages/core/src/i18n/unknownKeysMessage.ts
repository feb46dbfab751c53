import type { LocalizedText } from './labels';

/** Keys named in one message; the rest are counted. */
const SHOWN_KEYS = 10;
/** Characters of a key quoted in a message. */
const QUOTED_CHARS = 60;
/** Keys longer than this are not compared (the distance is quadratic). */
const COMPARED_CHARS = 64;

/**
 * The optimal-string-alignment distance (Damerau–Levenshtein with adjacent
 * transpositions) between two strings: the fewest insertions, deletions,
 * substitutions and swaps of neighbours that turn one into the other.
 */
function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = Array.from({ length: rows * cols }, (_, i) =>
    i < cols ? i : i % cols === 0 ? i / cols : 0,
  );
  const at = (i: number, j: number) => d[i * cols + j] as number;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        at(i - 1, j) + 1,
        at(i, j - 1) + 1,
        at(i - 1, j - 1) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, at(i - 2, j - 2) + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return at(rows - 1, cols - 1);
}

/** The key without case, `_` or `-`: `Chair_Id` and `chairId` are one. */
const folded = (key: string) => key.toLowerCase().replace(/[-_\s]/g, '');

/**
 * The known key a misspelt one most likely meant, when one is close enough:
 * the same once case, `_` and `-` are ignored, or at most one edit away for a
 * short key (up to 2 for 6 characters or more, 3 for 12 or more).
 *
 * @param key - the unknown key.
 * @param known - the keys the object accepts.
 * @returns the nearest known key, or `undefined` when none is close.
 * @example
 * ```ts
 * nearestKey('conclusions', ['conclusion', 'chairId']); // 'conclusion'
 * nearestKey('colour', ['conclusion', 'chairId']); // undefined
 * ```
 */
export function nearestKey(
  key: string,
  known: readonly string[],
): string | undefined {
  if (key.length > COMPARED_CHARS) return undefined;
  const target = folded(key);
  const exact = known.find((candidate) => folded(candidate) === target);
  if (exact !== undefined) return exact;
  const allowed = key.length >= 12 ? 3 : key.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const candidate of known) {
    if (Math.abs(candidate.length - key.length) > allowed) continue;
    const distance = editDistance(target, folded(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A key as quoted in a message: JSON-escaped and cut to 60 characters. */
function quote(key: string): string {
  const cut =
    key.length > QUOTED_CHARS ? `${key.slice(0, QUOTED_CHARS)}…` : key;
  return JSON.stringify(cut);
}

/**
 * The message for keys an object does not accept: each key, and the known
 * key it most likely meant ("did you mean…"), in Vietnamese and English.
 * When `meta` is among the known keys and no key is close, it says that a
 * host's own data goes there.
 *
 * @param keys - the unknown keys, as zod lists them.
 * @param known - the keys the object accepts.
 * @returns the message in both languages.
 * @example
 * ```ts
 * unknownKeysMessage(['conclusions'], ['conclusion', 'meta']).en;
 * // 'Unknown key "conclusions": did you mean "conclusion"?'
 * ```
 */
export function unknownKeysMessage(
  keys: readonly string[],
  known: readonly string[],
): LocalizedText {
  const vi: string[] = [];
  const en: string[] = [];
  let unmatched = false;
  for (const key of keys.slice(0, SHOWN_KEYS)) {
    const nearest = nearestKey(key, known);
    if (nearest === undefined) {
      unmatched = true;
      vi.push(`Không có trường ${quote(key)}.`);
      en.push(`Unknown key ${quote(key)}.`);
    } else {
      vi.push(
        `Không có trường ${quote(key)}: có phải ý bạn là ${quote(nearest)}?`,
      );
      en.push(`Unknown key ${quote(key)}: did you mean ${quote(nearest)}?`);
    }
  }
  const more = keys.length - SHOWN_KEYS;
  if (more > 0) {
    vi.push(`Và ${more} trường không xác định khác.`);
    en.push(`And ${more} more unknown key${more === 1 ? '' : 's'}.`);
  }
  if (unmatched && known.includes('meta')) {
    vi.push('Dữ liệu riêng của hệ thống hãy đặt trong "meta".');
    en.push('Put data of your own system under "meta".');
  }
  return { vi: vi.join(' '), en: en.join(' ') };
}
