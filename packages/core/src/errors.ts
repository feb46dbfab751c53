import type { z } from 'zod';
import enLocale from 'zod/v4/locales/en.js';
import viLocale from 'zod/v4/locales/vi.js';
import type { Locale, LocalizedText } from './i18n/labels';
import { unknownKeysMessage } from './i18n/unknownKeysMessage';

/** Every kind of error chibo raises. Check `error.code` after `instanceof ChiboError`. */
export type ChiboErrorCode =
  | 'invalid-input'
  | 'invalid-argument'
  | 'invalid-vote'
  | 'unknown-rule-set'
  /** A value sent to a meeting actor is not a well-formed event. */
  | 'invalid-event'
  /** A well-formed event the meeting procedure refused (see its issue's code). */
  | 'event-rejected'
  /** A persisted meeting that does not agree with its own event log. */
  | 'invalid-snapshot';

/** One problem found in the input, with where it is and what is wrong. */
export interface ChiboIssue {
  /** Where the problem is, as zod reports it (e.g. `['members', 3, 'id']`). */
  path: PropertyKey[];
  /** zod's issue code (`invalid_type`, `custom`…). */
  code: string;
  /** What is wrong, in Vietnamese and English. */
  message: LocalizedText;
  /** The DOMAIN.md rule the problem breaks, when there is one. */
  rule?: string | undefined;
}

/** The options of `ChiboError`. */
export interface ChiboErrorOptions {
  /** Every problem found, for validation errors. */
  issues?: ChiboIssue[] | undefined;
  /** The error this one wraps (ES2022). */
  cause?: unknown;
}

/**
 * The one error class of chibo. Its `message` is Vietnamese followed by the
 * English text; `messages` holds both, and `issues` every problem with its path.
 *
 * @example
 * ```ts
 * try {
 *   parseMember({ id: '', name: 'Lò Thị Hoa' });
 * } catch (error) {
 *   if (error instanceof ChiboError && error.code === 'invalid-input') {
 *     console.log(error.issues.map((i) => `${i.path.join('.')}: ${i.message.vi}`));
 *   }
 * }
 * ```
 */
export class ChiboError extends Error {
  override readonly name = 'ChiboError';
  readonly code: ChiboErrorCode;
  readonly messages: LocalizedText;
  readonly issues: ChiboIssue[];

  constructor(
    code: ChiboErrorCode,
    messages: LocalizedText,
    options: ChiboErrorOptions = {},
  ) {
    if (
      typeof code !== 'string' ||
      typeof messages?.vi !== 'string' ||
      typeof messages.en !== 'string' ||
      typeof options !== 'object' ||
      options === null ||
      (options.issues !== undefined && !Array.isArray(options.issues))
    ) {
      throw new ChiboError('invalid-argument', {
        vi: 'ChiboError cần một mã lỗi, thông báo { vi, en } dạng chuỗi và tùy chọn { issues?, cause? }.',
        en: 'ChiboError needs a code, string messages { vi, en } and options { issues?, cause? }.',
      });
    }
    super(`${messages.vi} / ${messages.en}`, { cause: options.cause });
    this.code = code;
    this.messages = messages;
    this.issues = options.issues ?? [];
  }

  /**
   * The message and every issue as lines of text in one language.
   *
   * @param locale - `'vi'` (default) or `'en'`.
   * @returns a readable report, one issue a line with its path.
   */
  format(locale: Locale = 'vi'): string {
    const lines = this.issues.map((issue) => {
      const where =
        issue.path.length > 0 ? issue.path.map(String).join('.') : '(root)';
      const rule = issue.rule ? ` [${issue.rule}]` : '';
      return `  - ${where}: ${issue.message[locale]}${rule}`;
    });
    return [this.messages[locale], ...lines].join('\n');
  }
}

/** The result of a `safeParseX` function, shaped like zod's. */
export type SafeParseResult<T> =
  | { success: true; data: T; error?: undefined }
  | { success: false; data?: undefined; error: ChiboError };

/** Parameters a custom issue carries so it can be shown in both languages. */
export interface BilingualIssueParams {
  vi: string;
  rule?: string | undefined;
}

const viLocaleErrors = viLocale().localeError;
const enLocaleErrors = enLocale().localeError;

/** The keys a strict object (or a record with listed keys) accepts. */
function knownKeysOf(schema: unknown): string[] {
  const def = (
    schema as {
      _zod?: {
        def?: {
          shape?: object;
          keyType?: { _zod?: { values?: Set<unknown> } };
        };
      };
    }
  )?._zod?.def;
  if (def?.shape) return Object.keys(def.shape);
  return [...(def?.keyType?._zod?.values ?? [])].map(String);
}

/**
 * zod's locale messages, except for unknown keys: those name each key and
 * the known key it most likely meant ("did you mean…").
 */
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  const localeErrors = locale === 'vi' ? viLocaleErrors : enLocaleErrors;
  return (issue) =>
    issue.code === 'unrecognized_keys'
      ? unknownKeysMessage(issue.keys, knownKeysOf(issue.inst))[locale]
      : localeErrors(issue);
}
const viErrors = errorMap('vi');
const enErrors = errorMap('en');

/**
 * Validate `input` with a zod schema and return chibo's result: the parsed
 * data, or a `ChiboError` holding every issue with its path in Vietnamese and
 * English.
 *
 * @param schema - any zod schema.
 * @param input - the value to check.
 * @param entity - the entity's name in both languages, for the message.
 * @returns the safe-parse result.
 * @throws ChiboError (`invalid-argument`) when `schema` is not a zod schema or
 *   `entity` not `{ vi, en }`.
 */
export function safeParseWith<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  entity: LocalizedText,
): SafeParseResult<z.output<TSchema>> {
  if (
    typeof (schema as { safeParse?: unknown } | null)?.safeParse !==
      'function' ||
    typeof entity?.vi !== 'string' ||
    typeof entity.en !== 'string'
  ) {
    throw new ChiboError('invalid-argument', {
      vi: 'Cần một lược đồ zod và tên thực thể { vi, en } dạng chuỗi.',
      en: 'Expected a zod schema and the entity name { vi, en } as strings.',
    });
  }
  const english = schema.safeParse(input, { error: enErrors });
  if (english.success) return { success: true, data: english.data };
  const vietnamese = schema.safeParse(input, { error: viErrors });
  const viIssues = vietnamese.success ? [] : vietnamese.error.issues;
  const issues = english.error.issues.map((issue, index): ChiboIssue => {
    const params = (issue as { params?: Partial<BilingualIssueParams> }).params;
    const viMessage = params?.vi ?? viIssues[index]?.message ?? issue.message;
    return {
      path: issue.path,
      code: issue.code,
      // Messages may quote the input (an id…): keep them NFC (R-DOC-8).
      message: {
        vi: viMessage.normalize('NFC'),
        en: issue.message.normalize('NFC'),
      },
      rule: params?.rule,
    };
  });
  const count = issues.length;
  return {
    success: false,
    error: new ChiboError(
      'invalid-input',
      {
        vi: `${entity.vi} không hợp lệ: ${count} lỗi.`,
        en: `Invalid ${entity.en}: ${count} problem${count === 1 ? '' : 's'}.`,
      },
      { issues, cause: english.error },
    ),
  };
}

/**
 * Like `safeParseWith`, but throws the `ChiboError`.
 *
 * @param schema - any zod schema.
 * @param input - the value to check.
 * @param entity - the entity's name in both languages, for the message.
 * @returns the parsed data.
 */
export function parseWith<TSchema extends z.ZodType>(
  schema: TSchema,
  input: unknown,
  entity: LocalizedText,
): z.output<TSchema> {
  const result = safeParseWith(schema, input, entity);
  if (!result.success) throw result.error;
  return result.data;
}
