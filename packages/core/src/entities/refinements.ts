import type { z } from 'zod';

/** Matches any one segment of an issue path in `whenValid`. */
export const ANY_SEGMENT: unique symbol = Symbol('any segment');

type Field = ReadonlyArray<PropertyKey | typeof ANY_SEGMENT>;

interface PayloadIssues {
  issues: ReadonlyArray<{ code?: string; path?: PropertyKey[] | undefined }>;
}

function overlaps(path: readonly PropertyKey[], field: Field): boolean {
  const n = Math.min(path.length, field.length);
  for (let i = 0; i < n; i++) {
    if (field[i] !== ANY_SEGMENT && field[i] !== path[i]) return false;
  }
  return true;
}

/**
 * The `when` of a cross-field refinement: run it even when other fields have
 * problems, as long as none of the fields it reads is malformed (issues from
 * chibo's own refinements, code `custom`, and unknown keys, code
 * `unrecognized_keys`, leave the data well-formed and do not count). zod skips
 * refinements after any problem by default; with this, one parse reports a
 * missing id *and* a thematic meeting without its theme, so a host fixes its
 * payload in one round ("every problem", DOMAIN R-DOC-8 / the bad-input bar).
 *
 * @param fields - the paths the refinement reads, relative to the object;
 *   `ANY_SEGMENT` matches any array index.
 * @returns the `when` option for `superRefine`.
 */
export function whenValid(...fields: Field[]): {
  when: (payload: PayloadIssues) => boolean;
} {
  return {
    when: (payload) =>
      !payload.issues.some(
        (issue) =>
          issue.code !== 'custom' &&
          issue.code !== 'unrecognized_keys' &&
          fields.some((field) => overlaps(issue.path ?? [], field)),
      ),
  };
}

/**
 * Add an issue for every id that appears twice in a list.
 *
 * @param ids - the ids, in list order.
 * @param path - the path of the list.
 * @param key - the id's key inside each element.
 * @param ctx - zod's refinement context.
 */
export function reportDuplicates(
  ids: readonly string[],
  path: PropertyKey[],
  key: string,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, index, key],
        message: `Duplicate id "${id}".`,
        params: { vi: `Mã "${id}" bị trùng.` },
      });
    }
    seen.add(id);
  });
}

/**
 * A refinement, with its `when`, that reports every repeated id in a list of
 * objects: `.superRefine(...uniqueIds(['attendance'], 'memberId'))`. It runs
 * whenever those ids are well-formed (see `whenValid`).
 *
 * @param path - the path of the list inside the value (`[]` for the value itself).
 * @param key - the id's key inside each element.
 * @returns the arguments of `superRefine`.
 */
export function uniqueIds(
  path: PropertyKey[],
  key: string,
): [
  (value: unknown, ctx: z.RefinementCtx) => void,
  ReturnType<typeof whenValid>,
] {
  return [
    (value, ctx) => {
      let list: unknown = value;
      for (const segment of path) {
        list = (list as Record<PropertyKey, unknown>)[segment];
      }
      const ids = (list as ReadonlyArray<Record<string, string>>).map(
        (item) => item[key] as string,
      );
      reportDuplicates(ids, path, key, ctx);
    },
    whenValid([...path, ANY_SEGMENT, key]),
  ];
}
