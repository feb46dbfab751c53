import { z } from 'zod';
import { type SafeParseResult, safeParseWith } from '../errors';
import { checkScheme } from './checkScheme';
import type { RatingInputs, RatingScheme } from './ratingScheme';
import { safeResult } from './safeResult';

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const inputKinds = new WeakMap<
  RatingScheme,
  Map<string, { yesNo: boolean; max: number }>
>();

/**
 * The hot path: a plain check that accepts exactly what the zod schema
 * accepts (tested as a property), so valid inputs skip zod's allocation;
 * anything it refuses goes through zod for the full report.
 */
function isValidFast(
  scheme: RatingScheme,
  inputs: unknown,
): inputs is RatingInputs {
  if (!isPlainObject(inputs)) return false;
  let kinds = inputKinds.get(scheme);
  if (!kinds) {
    kinds = new Map();
    for (const c of scheme.criteria) {
      if (c.source === 'input') {
        kinds.set(c.id, { yesNo: c.input === 'yes-no', max: c.maxPoints });
      }
    }
    inputKinds.set(scheme, kinds);
  }
  for (const key in inputs) {
    if (!Object.hasOwn(inputs, key)) continue;
    const kind = kinds.get(key);
    if (kind === undefined) return false;
    const value = inputs[key];
    if (value === undefined) continue;
    if (kind.yesNo) {
      if (typeof value !== 'boolean') return false;
    } else if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value < 0 ||
      value > kind.max
    ) {
      return false;
    }
  }
  return true;
}

const schemas = new WeakMap<RatingScheme, z.ZodType<RatingInputs>>();

/**
 * The zod schema of a scheme's human inputs: one optional key per `input`
 * criterion (points: a finite number from 0 to its maximum; yes-no: a
 * boolean) and no other key. Built once per scheme object and cached.
 *
 * @param scheme - the rating scheme.
 * @returns the schema.
 * @throws ChiboError (`invalid-argument`) for a scheme that is not valid.
 * @example
 * ```ts
 * getRatingInputsSchema(anPhuScheme).safeParse({ chairing: 11 }).success; // false
 * ```
 */
export function getRatingInputsSchema(
  scheme: RatingScheme,
): z.ZodType<RatingInputs> {
  checkScheme(scheme);
  const cached = schemas.get(scheme);
  if (cached) return cached;
  const shape: Record<string, z.ZodType> = {};
  const recordIds = new Set<string>();
  for (const criterion of scheme.criteria) {
    if (criterion.source === 'record') {
      recordIds.add(criterion.id);
      continue;
    }
    shape[criterion.id] =
      criterion.input === 'yes-no'
        ? z.boolean().optional()
        : z.number().min(0).max(criterion.maxPoints).optional();
  }
  const schema = z
    .object(shape)
    .catchall(z.unknown())
    .superRefine(
      (inputs, ctx) => {
        for (const key of Object.keys(inputs)) {
          if (Object.hasOwn(shape, key)) continue;
          const computed = recordIds.has(key);
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message: computed
              ? `Criterion "${key}" of "${scheme.id}" is scored from the meeting record; it takes no input.`
              : `"${key}" is not a criterion of "${scheme.id}" that takes an input.`,
            params: {
              vi: computed
                ? `Tiêu chí "${key}" của "${scheme.id}" được tính từ hồ sơ cuộc họp, không nhập điểm.`
                : `"${key}" không phải tiêu chí nhập điểm của "${scheme.id}".`,
              rule: 'R-RATE-2',
            },
          });
        }
      },
      // Unknown keys are reported alongside bad values: one pass, every issue.
      { when: (payload) => isPlainObject(payload.value) },
    ) as unknown as z.ZodType<RatingInputs>;
  schemas.set(scheme, schema);
  return schema;
}

/**
 * Check a rating's human inputs against its scheme (R-RATE-2): each a known
 * input criterion, points a finite number between 0 and the maximum, yes-no a
 * boolean. Every issue has its path, both languages and the R-ID.
 *
 * @param scheme - the rating scheme.
 * @param inputs - the inputs to check.
 * @returns the inputs, or a `ChiboError` (`invalid-input`; `invalid-argument`
 *   for a scheme that is not valid).
 * @example
 * ```ts
 * safeParseRatingInputs(anPhuScheme, { chairing: 9, principles: 5, 'praise-criticism': true }).success; // true
 * ```
 */
export function safeParseRatingInputs(
  scheme: RatingScheme,
  inputs: unknown,
): SafeParseResult<RatingInputs> {
  const schema = safeResult(() => getRatingInputsSchema(scheme));
  if (!schema.success) return schema;
  const result = safeParseWith(schema.data, inputs, {
    vi: 'Điểm đánh giá do chi ủy nhập',
    en: 'rating inputs',
  });
  if (result.success) return result;
  for (const issue of result.error.issues) issue.rule ??= 'R-RATE-2';
  return result;
}

/**
 * Like `safeParseRatingInputs`, but throws the `ChiboError`.
 *
 * @param scheme - the rating scheme.
 * @param inputs - the inputs to check.
 * @returns the inputs.
 * @throws ChiboError (`invalid-input`) for bad inputs, `invalid-argument`
 *   for a scheme that is not valid.
 * @example
 * ```ts
 * parseRatingInputs(anPhuScheme, { chairing: Number.NaN }); // throws ChiboError
 * ```
 */
export function parseRatingInputs(
  scheme: RatingScheme,
  inputs: unknown,
): RatingInputs {
  checkScheme(scheme);
  if (isValidFast(scheme, inputs)) return inputs;
  const result = safeParseRatingInputs(scheme, inputs);
  if (!result.success) throw result.error;
  return result.data;
}
