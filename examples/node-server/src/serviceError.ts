import { ChiboError, type Locale, type LocalizedText } from '@chibo/core';

/** One problem in a request, as the service reports it in JSON. */
export interface IssueBody {
  /** Where the problem is in the request body, e.g. `['meeting', 'attendance', 15, 'memberId']`. */
  path: Array<string | number>;
  /** zod's issue code, or the service's own (`invalid_json`…). */
  code: string;
  /** What is wrong, in Vietnamese and English. */
  message: LocalizedText;
  /** The DOMAIN.md rule the problem breaks, when there is one. */
  rule?: string | undefined;
}

/** The JSON body of every error response. */
export interface ErrorBody {
  error: {
    /** `invalid-input`, `invalid-json`, `not-found`, `payload-too-large`… */
    code: string;
    /** The message in the language the client asked for. */
    message: string;
    /** The message in both languages. */
    messages: LocalizedText;
    /** Every problem found, with its path. */
    issues: IssueBody[];
    /** Facts about the error, e.g. `currentVersion` for a version conflict. */
    details?: Record<string, unknown> | undefined;
  };
}

/**
 * An error the service answers with a status code and a bilingual message.
 * Anything else that is thrown becomes a 500 without details.
 */
export class ServiceError extends Error {
  override readonly name = 'ServiceError';

  constructor(
    readonly status: number,
    readonly code: string,
    readonly messages: LocalizedText,
    readonly issues: IssueBody[] = [],
    readonly headers: Record<string, string> = {},
    readonly details: Record<string, unknown> | undefined = undefined,
  ) {
    super(messages.en);
  }
}

/** A zod-style path as JSON can carry it (symbols become their text). */
function jsonPath(path: readonly PropertyKey[]): Array<string | number> {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * Core's issues as JSON, each path put under `prefix` (the field of the
 * request body that held the value).
 */
export function toIssueBodies(
  error: ChiboError,
  prefix: Array<string | number> = [],
): IssueBody[] {
  return error.issues.map((issue) => ({
    path: [...prefix, ...jsonPath(issue.path)],
    code: issue.code,
    message: issue.message,
    ...(issue.rule === undefined ? {} : { rule: issue.rule }),
  }));
}

/**
 * A `ChiboError` as a 400 answer: every issue with its path, the message in
 * both languages. A record that fails produces no document.
 */
export function fromChiboError(
  error: ChiboError,
  prefix: Array<string | number> = [],
): ServiceError {
  return new ServiceError(
    400,
    error.code,
    error.messages,
    toIssueBodies(error, prefix),
  );
}

/**
 * The body of an error response. Only `ServiceError` and `ChiboError` say
 * what went wrong; anything else is an internal error whose details (and
 * stack) stay on the server.
 */
export function toErrorResponse(
  error: unknown,
  locale: Locale,
): { status: number; headers: Record<string, string>; body: ErrorBody } {
  const known =
    error instanceof ServiceError
      ? error
      : error instanceof ChiboError
        ? fromChiboError(error)
        : new ServiceError(500, 'internal-error', {
            vi: 'Lỗi máy chủ nội bộ.',
            en: 'Internal server error.',
          });
  return {
    status: known.status,
    headers: known.headers,
    body: {
      error: {
        code: known.code,
        message: known.messages[locale],
        messages: known.messages,
        issues: known.issues,
        ...(known.details === undefined ? {} : { details: known.details }),
      },
    },
  };
}
