import { z } from 'zod';
import { measureJson } from '../measureJson';

/** How deep a `meta` value may nest: an object in an object… 32 levels. */
const MAX_DEPTH = 32;
/** Its size: one per value, plus the length and one for every key and string (about its length as JSON). */
const MAX_SIZE = 65_536;

const MetaObject = z
  .record(z.string(), z.json())
  .describe(
    "The host system's own data (its record ids, a sync stamp…): any JSON object, kept as is and never read by chibo. At most 32 levels deep and 65,536 in size (one per value plus the length of every key and string).",
  );

/**
 * The one place an entity carries data of the host system: a JSON object
 * kept as is, never read by chibo. Every other unknown key is an error
 * (a misspelt `conclusions` must not drop the conclusion silently). It may
 * nest 32 levels deep and weigh 65,536 (one per value, plus the length of
 * every key and string).
 *
 * @example
 * ```ts
 * const member = parseMember({
 *   id: 'm01',
 *   name: 'Hoàng Văn Minh',
 *   standing: 'official',
 *   meta: { hrmId: 'HR-2041', syncedAt: '2027-03-01' },
 * });
 * member.meta?.hrmId; // 'HR-2041'
 * ```
 */
export const Meta = z.preprocess<unknown, typeof MetaObject, unknown>(
  (value, ctx) => {
    if (!measureJson(value, { maxDepth: MAX_DEPTH, maxSize: MAX_SIZE }).ok) {
      ctx.addIssue({
        code: 'custom',
        message: `meta is too large: at most ${MAX_DEPTH} levels deep and ${MAX_SIZE} in size.`,
        params: {
          vi: `meta quá lớn: tối đa ${MAX_DEPTH} cấp lồng nhau và kích thước ${MAX_SIZE}.`,
        },
      });
    }
    return value;
  },
  MetaObject,
);
export type Meta = z.infer<typeof Meta>;
