import { availableParallelism } from 'node:os';
import { ChiboError, type LocalizedText } from '@chibo/core';
import { DEFAULT_RECORD_LIMITS, type RecordLimits } from './recordLimits';
import type { MeetingStore } from './store/meetingStore';

/** The options of `createChiboServer`. */
export interface ChiboServerOptions {
  /**
   * The largest request body accepted, in bytes; a larger one gets 413.
   * @defaultValue 2 MiB (2,097,152 bytes)
   */
  bodyLimit?: number | undefined;
  /**
   * Called with every unexpected error (a bug, not bad input). The client
   * only gets a 500 without details.
   * @defaultValue logs to `console.error`
   */
  onError?: ((error: unknown) => void) | undefined;
  /**
   * A secret every request but `/healthz` must carry as `Authorization:
   * Bearer <token>`; without it, or with another, the answer is 401.
   * @defaultValue none: no token is asked for
   */
  token?: string | undefined;
  /**
   * How many worker threads make the documents and run `/validate` and
   * `/rate`, so that a large record never blocks other requests. `0` runs
   * them on the main thread, without a time limit (for tests that mock a
   * package).
   * @defaultValue the number of CPUs less one, from 1 to 4
   */
  workers?: number | undefined;
  /**
   * The longest a `POST` request may take in its worker, in milliseconds;
   * then the worker is replaced and the answer is 503.
   * @defaultValue 30,000 (30 s)
   */
  timeLimit?: number | undefined;
  /**
   * The most members and opinions a meeting record may hold; more is a 422.
   * @defaultValue 500 members and 2,000 opinions
   */
  recordLimits?: Partial<RecordLimits> | undefined;
  /**
   * Where `/meetings` keeps meetings (see `openMeetingStore`: PGlite or
   * PostgreSQL). The host that gives it closes it.
   * @defaultValue an in-memory PGlite, opened on the first `/meetings`
   *   request and closed with the server: nothing is kept after the process
   */
  store?: MeetingStore | undefined;
}

/** The default `bodyLimit`: 2 MiB. */
export const DEFAULT_BODY_LIMIT = 2 * 1024 * 1024;

/** The default `timeLimit`: 30 s. */
export const DEFAULT_TIME_LIMIT = 30_000;

/** The default number of `workers`: the CPUs less one, from 1 to 4. */
export const DEFAULT_WORKERS = Math.min(
  4,
  Math.max(1, availableParallelism() - 1),
);

function checkCount(value: number, min: number, what: LocalizedText): number {
  if (Number.isSafeInteger(value) && value >= min) return value;
  throw new ChiboError('invalid-argument', {
    vi: `${what.vi} phải là số nguyên từ ${min} trở lên, không phải ${value}.`,
    en: `${what.en} must be a whole number of at least ${min}, not ${value}.`,
  });
}

/** The options with their defaults, checked. */
export interface ResolvedServerOptions {
  bodyLimit: number;
  onError: (error: unknown) => void;
  token: string | undefined;
  workers: number;
  timeLimit: number;
  limits: RecordLimits;
}

/**
 * Check `createChiboServer`'s options and fill in the defaults.
 *
 * @param options - the options given.
 * @returns every option.
 * @throws ChiboError `invalid-argument` for a number out of range or a
 *   token that is empty or has white space.
 */
export function resolveServerOptions(
  options: ChiboServerOptions,
): ResolvedServerOptions {
  const bodyLimit = checkCount(options.bodyLimit ?? DEFAULT_BODY_LIMIT, 1, {
    vi: 'Giới hạn nội dung (bodyLimit, tính bằng byte)',
    en: 'bodyLimit (bytes)',
  });
  const workers = checkCount(options.workers ?? DEFAULT_WORKERS, 0, {
    vi: 'Số luồng xử lý (workers)',
    en: 'workers',
  });
  const timeLimit = checkCount(options.timeLimit ?? DEFAULT_TIME_LIMIT, 1, {
    vi: 'Giới hạn thời gian (timeLimit, tính bằng mili giây)',
    en: 'timeLimit (milliseconds)',
  });
  const limits: RecordLimits = {
    maxMembers: checkCount(
      options.recordLimits?.maxMembers ?? DEFAULT_RECORD_LIMITS.maxMembers,
      1,
      { vi: 'Số đảng viên tối đa (maxMembers)', en: 'maxMembers' },
    ),
    maxOpinions: checkCount(
      options.recordLimits?.maxOpinions ?? DEFAULT_RECORD_LIMITS.maxOpinions,
      1,
      { vi: 'Số ý kiến tối đa (maxOpinions)', en: 'maxOpinions' },
    ),
  };
  const { token } = options;
  if (token !== undefined && !/^[^\s]+$/.test(token)) {
    throw new ChiboError('invalid-argument', {
      vi: 'Mã truy cập (token) phải khác rỗng và không chứa khoảng trắng.',
      en: 'The token must be non-empty, with no white space.',
    });
  }
  return {
    bodyLimit,
    onError: options.onError ?? ((error) => console.error(error)),
    token,
    workers,
    timeLimit,
    limits,
  };
}
