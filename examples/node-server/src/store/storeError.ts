import type { LocalizedText } from '@chibo/core';

/** Every kind of error the meeting store raises. */
export type StoreErrorCode =
  /** Another writer appended first: reload, then send again (HTTP 409). */
  | 'version-conflict'
  /** No meeting has this id (HTTP 404). */
  | 'meeting-not-found'
  /** A meeting with this id is already stored (HTTP 409). */
  | 'meeting-exists'
  /** PostgreSQL cannot keep a value of the event, e.g. a NUL character in `meta` (HTTP 422). */
  | 'unstorable-value'
  /** The stored log is refused by the machine on replay: a bug or another machine (HTTP 500). */
  | 'log-mismatch';

/** The options of `StoreError`. */
export interface StoreErrorOptions {
  /** The meeting's version when the error happened, if it exists. */
  currentVersion?: number | undefined;
  /** The error this one wraps (ES2022). */
  cause?: unknown;
}

/**
 * An error of the meeting store, shaped like core's `ChiboError`: a literal
 * `code`, the message in Vietnamese and English, the meeting, and for a
 * conflict the version the meeting is at now.
 *
 * @example
 * ```ts
 * try {
 *   await store.append('sh-2027-03', event, { expectedVersion: 4 });
 * } catch (error) {
 *   if (error instanceof StoreError && error.code === 'version-conflict') {
 *     console.log(error.currentVersion); // reload from here
 *   }
 * }
 * ```
 */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly currentVersion: number | undefined;

  constructor(
    readonly code: StoreErrorCode,
    readonly messages: LocalizedText,
    readonly meetingId: string,
    options: StoreErrorOptions = {},
  ) {
    super(`${messages.vi} / ${messages.en}`, { cause: options.cause });
    this.currentVersion = options.currentVersion;
  }
}

/**
 * The conflict of two writers at one version.
 *
 * @param meetingId - the meeting.
 * @param expected - the version the writer expected.
 * @param current - the version the meeting is at.
 * @returns the error.
 */
export function versionConflict(
  meetingId: string,
  expected: number,
  current: number,
): StoreError {
  return new StoreError(
    'version-conflict',
    {
      vi: `Cuộc họp "${meetingId}" đã ở phiên bản ${current}, không phải ${expected}: một nơi khác vừa ghi trước. Hãy tải lại rồi gửi lại sự kiện.`,
      en: `Meeting "${meetingId}" is at version ${current}, not ${expected}: another writer got there first. Reload it, then send the event again.`,
    },
    meetingId,
    { currentVersion: current },
  );
}

/**
 * No meeting with this id.
 *
 * @param meetingId - the id asked for.
 * @returns the error.
 */
export function meetingNotFound(meetingId: string): StoreError {
  return new StoreError(
    'meeting-not-found',
    {
      vi: `Không có cuộc họp "${meetingId}" trong kho lưu trữ.`,
      en: `No meeting "${meetingId}" in the store.`,
    },
    meetingId,
  );
}
